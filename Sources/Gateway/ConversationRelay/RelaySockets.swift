import HTTPTypes
import Hummingbird
import HummingbirdWebSocket
import Logging
import Metrics
import NIOCore
import Shared
import Twilio

/// ConversationRelay's WebSocket (`/twilio/relay?call=…&n=…&t=…`): the handshake is checked as
/// Twilio documents (`X-Twilio-Signature` over the `wss://` URL with its query, no parameters) and
/// must carry a call's ticket (``RelayTicket``), then each socket is one ``RelayCall``. A
/// handshake that fails either check is not upgraded (400); a plain `GET` gets 426.
struct RelaySockets: Sendable {
    let relay: TurnRelay
    let configuration: GatewayConfiguration
    let conversations: ConversationKeys
    private let signature: TwilioSignature?
    private let rejections = Counter(label: "loopai_signature_rejections_total")

    init(relay: TurnRelay, configuration: GatewayConfiguration, conversations: ConversationKeys) {
        self.relay = relay
        self.configuration = configuration
        self.conversations = conversations
        self.signature = configuration.authToken.map(TwilioSignature.init(authToken:))
    }

    typealias Handler = WebSocketDataHandler<HTTP1WebSocketUpgradeChannel.Context>

    /// Whether an upgrade request becomes a relay socket.
    func shouldUpgrade(_ request: HTTPRequest, logger: Logger) -> ShouldUpgradeResult<Handler> {
        let path = request.path ?? ""
        let parts = path.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.first.map(String.init) == TwilioRoutes.relaySocket else { return .dontUpgrade }
        guard isSigned(request, path: path, logger: logger) else { return .dontUpgrade }
        guard let ticket = parts.count == 2 ? RelayTicket(query: parts[1]) : nil else {
            rejections.increment()
            logger.notice("Refused a ConversationRelay socket whose URL names no call: each call's URL comes from its own /twilio/voice answer")
            return .dontUpgrade
        }
        if conversations.verifyRelayTokenNow(ticket.token, call: ticket.call, nonce: ticket.nonce) == false {
            rejections.increment()
            logger.notice("Refused a ConversationRelay socket whose URL this deployment did not issue", metadata: ["call": "\(ticket.call)"])
            return .dontUpgrade
        }
        let relay = self.relay, configuration = self.configuration, conversations = self.conversations
        return .upgrade([:]) { inbound, outbound, context in
            await RelayCall(relay: relay, configuration: configuration, conversations: conversations, ticket: ticket, logger: context.logger)
                .run(inbound: inbound, outbound: outbound)
        }
    }

    private func isSigned(_ request: HTTPRequest, path: String, logger: Logger) -> Bool {
        guard let signature else {
            if configuration.allowUnsignedWebhooks { return true }
            rejections.increment()
            logger.warning("Refused a ConversationRelay socket: this gateway has no TWILIO_AUTH_TOKEN")
            return false
        }
        let url = TwilioWebhookMiddleware.socketBase(publicURL: configuration.publicURL, headers: request.headerFields, authority: request.authority) + path
        let given = request.headerFields[.twilioSignature] ?? ""
        guard signature.isValid(signature: given, url: url, parameters: []) else {
            rejections.increment()
            logger.notice(
                "Refused a ConversationRelay socket with a bad or missing X-Twilio-Signature",
                metadata: ["signature_present": "\(!given.isEmpty)", "signed_url": "\(url)"])
            return false
        }
        return true
    }

    /// The route a request for the socket reaches when it is not upgraded.
    func addRoutes(to router: Router<GatewayRequestContext>) {
        let configuration = self.configuration
        router.get(RouterPath(TwilioRoutes.relaySocket)) { _, _ -> Response in
            throw HTTPError(
                .upgradeRequired,
                message: configuration.voiceMode == .relay
                    ? "This is the WebSocket Twilio's ConversationRelay connects to, with a signed upgrade request.\n"
                    : "This gateway runs with VOICE_MODE=gather: ConversationRelay's socket is served only with VOICE_MODE=relay.\n")
        }
    }
}
