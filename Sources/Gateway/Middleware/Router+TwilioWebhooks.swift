import Hummingbird

extension Router<GatewayRequestContext> {
    /// A group of routes that only Twilio calls: form decoded once, signature checked (without a
    /// token, unsigned webhooks are refused unless `ALLOW_UNSIGNED_WEBHOOKS=true`).
    func twilioWebhooks(_ configuration: GatewayConfiguration) -> RouterGroup<GatewayRequestContext> {
        group().add(
            middleware: TwilioWebhookMiddleware(
                authToken: configuration.authToken, allowUnsigned: configuration.allowUnsignedWebhooks, publicURL: configuration.publicURL,
                maxBodyBytes: configuration.maxBodyBytes))
    }
}
