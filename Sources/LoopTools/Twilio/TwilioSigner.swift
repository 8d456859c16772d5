import Foundation
import Shared
import Twilio

/// The headers Twilio sends with a webhook, signed with the account's auth token: the one way
/// every Twilio-playing tool (and the tests) signs its requests.
public struct TwilioSigner: Sendable {
    private let signature: TwilioSignature?

    /// `authToken` nil sends unsigned requests (a gateway without `TWILIO_AUTH_TOKEN` accepts them).
    public init(authToken: String?) {
        self.signature = authToken.map(TwilioSignature.init(authToken:))
    }

    public var signs: Bool { signature != nil }

    /// Twilio's headers for `webhook` posted to `url` (the full URL Twilio calls, which is what it signs).
    public func headers(url: String, webhook: TwilioWebhook) -> [(String, String)] {
        var headers = [
            ("Content-Type", "application/x-www-form-urlencoded"),
            ("User-Agent", "TwilioProxy/1.1"),
            ("I-Twilio-Idempotency-Token", TurnID.random().value),
        ]
        if let signature = signature(url: url, webhook: webhook) {
            headers.append(("X-Twilio-Signature", signature))
        }
        return headers
    }

    /// The `X-Twilio-Signature` of a ConversationRelay socket's handshake: the `wss://` URL, no parameters.
    public func socketSignature(url: String) -> String? {
        signature?.signature(url: url, parameters: [])
    }

    /// The `X-Twilio-Signature` for `webhook` posted to `url`; `nil` when not signing.
    public func signature(url: String, webhook: TwilioWebhook) -> String? {
        signature?.signature(url: url, parameters: webhook.parameters)
    }
}
