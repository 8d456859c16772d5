import Hummingbird

extension Router<GatewayRequestContext> {
    /// A group of routes that only Twilio calls: form decoded once, signature checked when a token is set.
    func twilioWebhooks(_ configuration: GatewayConfiguration) -> RouterGroup<GatewayRequestContext> {
        group().add(
            middleware: TwilioWebhookMiddleware(
                authToken: configuration.authToken, publicURL: configuration.publicURL, maxBodyBytes: configuration.maxBodyBytes))
    }
}
