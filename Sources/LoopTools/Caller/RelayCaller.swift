import Foundation
import Shared
import Twilio

/// Plays Twilio's side of a ConversationRelay call against a running gateway: the voice webhook,
/// the signed socket with Twilio's messages (`setup`, `prompt`, `dtmf`, `interrupt`), and the
/// `<Connect action>` callback when the session ends — reconnecting when that callback answers
/// with a new `<ConversationRelay>`.
///
/// Used by `loop call --relay`, the relay benchmark and the end-to-end tests.
final class RelayCaller {
    /// What Loop AI said in answer to one message.
    struct Reply: Sendable {
        var said: [String] = []
        /// The language Loop AI switched the session to (`hi-IN`), when it did.
        var language: String?
        /// Set when Loop AI closed the session: its `handoffData` ("" without any).
        var ending: String?
        /// Seconds from the message to the first and to the last text token.
        var firstToken: Double?
        var lastToken: Double?

        /// The tokens as Twilio speaks them: joined as sent (they carry their own spacing); the
        /// welcome greeting, said on its own, is set apart by a space.
        var text: String {
            said.reduce(into: "") { text, token in
                if !text.isEmpty, text.last?.isWhitespace == false { text += " " }
                text += token
            }.trimmingCharacters(in: .whitespaces)
        }
    }

    let webhooks: CallSimulator
    private var socket: RelaySocket?
    private(set) var connect: TwiMLDocument.RelayConnect?
    /// The language the session listens in now (`en-IN`).
    private(set) var language = "en-IN"
    /// How long to wait for Loop AI's answer.
    var timeout: Duration = .seconds(20)
    /// The `from` the `setup` message claims, when not the webhooks' caller (a forged setup).
    var setupFrom: String?

    init(webhooks: CallSimulator) {
        self.webhooks = webhooks
    }

    /// The call connects: the voice webhook's `<ConversationRelay>`, then the socket.
    func start() async throws -> Reply {
        let exchange = try await webhooks.start()
        guard case .relay(let connect) = exchange.next else {
            throw TwiMLError(message: "/twilio/voice did not answer with <Connect><ConversationRelay>", xml: exchange.documents.last?.xml ?? "")
        }
        return await open(connect)
    }

    /// The caller says `text`; `heard`: first they cut Loop AI short, having heard this much.
    /// `endWait`: how long after the last token to look for an `end` (Loop AI closing the
    /// session writes it right behind; nothing is lost by not waiting, it is read next).
    func say(_ text: String, interruptingAfter heard: String? = nil, endWait: Duration = .milliseconds(150)) async throws -> Reply {
        guard let socket else { throw TwiMLError(message: "no socket", xml: "") }
        if let heard { socket.send(["type": "interrupt", "utteranceUntilInterrupt": heard, "durationUntilInterruptMs": 1200]) }
        let started = ContinuousClock.now
        socket.send(["type": "prompt", "voicePrompt": text, "lang": language, "last": true])
        return try await reply(since: started, endWait: endWait)
    }

    /// The caller presses `digit`.
    func press(_ digit: String, endWait: Duration = .milliseconds(150)) async throws -> Reply {
        guard let socket else { throw TwiMLError(message: "no socket", xml: "") }
        let started = ContinuousClock.now
        socket.send(["type": "dtmf", "digit": digit])
        return try await reply(since: started, endWait: endWait)
    }

    /// Sends a frame as is, and what Loop AI said within `wait` (often nothing).
    func sendRaw(_ text: String, wait: Duration = .milliseconds(300)) async -> [String: any Sendable]? {
        socket?.sendRaw(text)
        return await socket?.next(timeout: wait)
    }

    /// The session ended (Loop AI's `end`, or the socket lost with `status: "failed"`): Twilio
    /// posts the `<Connect action>` and follows its TwiML. A new `<ConversationRelay>` opens a
    /// new socket, whose greeting is returned; other TwiML is returned as it came.
    func sessionEnded(handoffData: String?, status: String = "completed", errorCode: String? = nil) async throws -> (TwiMLDocument, Reply?) {
        await socket?.close()
        socket = nil
        var fields = [("SessionId", "VX" + String(repeating: "0", count: 32)), ("SessionStatus", status), ("SessionDuration", "42")]
        if let handoffData { fields.append(("HandoffData", handoffData)) }
        if let errorCode { fields.append(("ErrorCode", errorCode)) }
        let (status, body) = try await webhooks.callback(connect?.action ?? TwilioRoutes.relayEnded, fields)
        guard status == 200 else { throw TwiMLError(message: "the <Connect action> answered HTTP \(status)", xml: body) }
        let document = try TwiMLDocument(xml: body)
        if case .relay(let connect) = document.next { return (document, await open(connect)) }
        return (document, nil)
    }

    /// Twilio's side hangs up: the socket closes, no callback follows.
    func hangUp() async {
        await socket?.close()
        socket = nil
    }

    /// True once the gateway closed the socket (or it was never open).
    func socketClosed(within wait: Duration) async -> Bool {
        guard let socket else { return true }
        return await socket.closed.next(timeout: wait) != nil
    }

    /// The URL of the socket `connect` names (its path and the call's ticket in the query), on the
    /// gateway that sent it, and its signature as Twilio makes it.
    func socketTarget(_ connect: TwiMLDocument.RelayConnect) -> (url: String, signature: String?) {
        let components = URLComponents(string: connect.url)
        let path = (components?.path ?? TwilioRoutes.relaySocket) + (components?.percentEncodedQuery.map { "?" + $0 } ?? "")
        let gateway = webhooks.lastTarget
        let target = (gateway.hasPrefix("https://") ? "wss://" + gateway.dropFirst(8) : "ws://" + gateway.dropFirst(7)) + path
        return (target, webhooks.signer.socketSignature(url: connect.url))
    }

    /// Opens the socket `connect` names on the gateway that sent it, signed for its URL as Twilio
    /// signs it, and sends `setup`; the greeting's offers of other languages are read here.
    private func open(_ connect: TwiMLDocument.RelayConnect) async -> Reply {
        self.connect = connect
        language = connect.language
        let target = socketTarget(connect)
        let socket = RelaySocket(url: target.url, signature: target.signature)
        self.socket = socket
        socket.send([
            "type": "setup", "sessionId": "VX" + TurnID.random().value, "accountSid": webhooks.accountSid, "callSid": webhooks.callSid,
            "from": setupFrom ?? webhooks.from, "to": webhooks.to, "direction": "inbound", "callType": "PSTN", "callStatus": "IN-PROGRESS", "callerName": "",
            "parentCallSid": "", "forwardedFrom": "", "customParameters": connect.parameters,
        ])
        var reply = Reply(said: connect.welcomeGreeting.isEmpty ? [] : [connect.welcomeGreeting])
        for _ in connect.parameters.keys.filter({ RelayReply.offered(byParameter: $0) != nil }) {
            if let message = await socket.next(timeout: timeout), let token = message["token"] as? String { reply.said.append(token) }
        }
        return reply
    }

    /// Messages until the last text token (and an `end` right behind it); read again after a hold
    /// for the answer that follows it.
    func reply(since started: ContinuousClock.Instant, endWait: Duration) async throws -> Reply {
        guard let socket else { throw TwiMLError(message: "no socket", xml: "") }
        var reply = Reply()
        while true {
            guard let message = await socket.next(timeout: timeout) else {
                throw TwiMLError(message: "no answer on the socket within \(timeout) (heard so far: \(reply.text))", xml: "")
            }
            switch message["type"] as? String {
            case "language":
                language = message["transcriptionLanguage"] as? String ?? language
                reply.language = language
            case "text":
                let elapsed = (ContinuousClock.now - started).seconds
                if reply.firstToken == nil { reply.firstToken = elapsed }
                reply.said.append(message["token"] as? String ?? "")
                guard message["last"] as? Bool == true else { continue }
                reply.lastToken = elapsed
                // An `end` follows the last token at once when Loop AI closes the session.
                if endWait > .zero, let end = await socket.next(timeout: endWait), end["type"] as? String == "end" {
                    reply.ending = end["handoffData"] as? String ?? ""
                }
                return reply
            case "end":
                reply.ending = message["handoffData"] as? String ?? ""
                return reply
            default:
                continue
            }
        }
    }
}
