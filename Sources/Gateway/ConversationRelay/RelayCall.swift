import Foundation
import HummingbirdWebSocket
import Logging
import Metrics
import Shared
import Synchronization
import Twilio

/// One ConversationRelay socket: Twilio's messages in, the brains' answers out.
///
/// The gateway keeps only the socket. Each prompt becomes a turn queued to the brains under the
/// call's CallSid exactly like a webhook's, so any brain answers it and the session stays in
/// Redis; a socket lost with its gateway costs the call nothing but a reconnect.
///
/// A socket opens only the call its URL was issued for (``RelayTicket``): the token must be this
/// deployment's, the setup must name that call, the ticket must not have opened a socket already,
/// and the caller's number is the one Twilio's signed webhook gave, never the setup's `from`.
struct RelayCall: Sendable {
    let relay: TurnRelay
    let configuration: GatewayConfiguration
    let conversations: ConversationKeys
    let ticket: RelayTicket
    let logger: Logger

    /// Where a socket is: waiting for Twilio's `setup`, carrying a call, or past the `end` Loop AI
    /// sent (Twilio closes it; anything still arriving is not answered).
    enum State: Sendable {
        case awaitingSetup
        case live(Call)
        case ended
    }

    /// How long a socket may stay open without Twilio's `setup`.
    static let setupDeadline = Duration.seconds(10)

    /// What a live socket knows of its call.
    struct Call: Sendable {
        var sid: CallSid
        var caller: Turn.Caller
        /// The language the session speaks and listens in now.
        var language: Language
        /// The caller spoke over the last answer: what they had heard, sent with their next turn.
        var interruption: Turn.Interruption?
    }

    /// A message larger than this is not Twilio's: the socket is closed.
    static let maximumMessage = 64 * 1024

    private static let replyTime = Timer(label: "loopai_relay_reply_seconds")

    func run(inbound: WebSocketInboundStream, outbound: WebSocketOutboundWriter) async {
        // Checked at the upgrade when the secret was at hand; otherwise here, before anything is read.
        do {
            guard try await conversations.verifyRelayToken(ticket.token, call: ticket.call, nonce: ticket.nonce) else {
                logger.notice("Closed a ConversationRelay socket whose URL this deployment did not issue", metadata: ["call": "\(ticket.call)"])
                return
            }
        } catch {
            logger.warning("Closed a ConversationRelay socket: its URL could not be checked", metadata: ["call": "\(ticket.call)", "error": "\(error)"])
            return
        }
        let setUp = SetUp()
        // A socket that never says which call it carries is closed, not kept open for anyone.
        await withTaskGroup(of: Bool.self) { group in
            group.addTask {
                await self.serve(inbound: inbound, outbound: outbound, setUp: setUp)
                return true
            }
            group.addTask {
                try? await Task.sleep(for: Self.setupDeadline)
                return false
            }
            while let served = await group.next() {
                if served { break }
                if !setUp.done {
                    logger.notice("Closed a ConversationRelay socket that sent no setup in time", metadata: ["call": "\(ticket.call)"])
                    break
                }
            }
            group.cancelAll()
        }
    }

    /// Whether the socket's setup has come, for the deadline.
    final class SetUp: Sendable {
        private let flag = Mutex(false)
        var done: Bool { flag.withLock { $0 } }
        func mark() { flag.withLock { $0 = true } }
    }

    private func serve(inbound: WebSocketInboundStream, outbound: WebSocketOutboundWriter, setUp: SetUp) async {
        var state = State.awaitingSetup
        do {
            for try await message in inbound.messages(maxSize: Self.maximumMessage) {
                guard case .text(let text) = message else {
                    logger.notice("Ignored a binary ConversationRelay frame")
                    continue
                }
                let parsed: RelayMessage
                do {
                    parsed = try RelayMessage(json: text)
                } catch {
                    // Never a reason to drop the call: the next message may be fine.
                    logger.warning("Ignored a malformed ConversationRelay message", metadata: ["error": "\(error)", "bytes": "\(text.utf8.count)"])
                    continue
                }
                guard let next = try await handle(parsed, in: state, outbound: outbound) else { return }
                if case .live = next { setUp.mark() }
                state = next
            }
        } catch {
            logger.info("ConversationRelay socket closed", metadata: ["error": "\(error)"])
        }
    }

    /// The state after `message`; nil closes the socket.
    private func handle(_ message: RelayMessage, in state: State, outbound: WebSocketOutboundWriter) async throws -> State? {
        switch (state, message) {
        case (.awaitingSetup, .setup(let setup)):
            guard setup.callSid == ticket.call.value else {
                logger.notice(
                    "Closed a ConversationRelay socket whose setup names another call than its URL",
                    metadata: ["call": "\(ticket.call)", "setup_call": "\(setup.callSid.prefix(40))"])
                return nil
            }
            // One socket per URL: a replayed handshake finds the ticket taken.
            let kept: String?
            do {
                kept = try await relay.redis.run(RelayTicket.Take(ticket: relay.keys.relaySocket(call: ticket.call), nonce: ticket.nonce))
            } catch {
                logger.warning("Closed a ConversationRelay socket: its ticket could not be checked", metadata: ["call": "\(ticket.call)", "error": "\(error)"])
                return nil
            }
            guard let number = kept else {
                logger.notice("Refused a ConversationRelay socket: its URL opened a socket already, or a newer one was issued", metadata: ["call": "\(ticket.call)"])
                return nil
            }
            let form = TwilioForm(body: FormBody(pairs: number.isEmpty ? [] : [("From", number)]))
            let call = Call(
                sid: ticket.call, caller: Turn.Caller(masked: form.maskedCaller, replyNumber: form.replyNumber),
                language: Language(query: setup.customParameters[Language.queryName]))
            // A greeting's offers of the other languages, each in its own voice.
            for (name, offer) in setup.customParameters.sorted(by: { $0.key < $1.key }) {
                guard let offered = RelayReply.offered(byParameter: name) else { continue }
                try await outbound.writeTextMessage(RelayCommand.text(offer, last: true, language: code(offered)).json)
            }
            logger.info("ConversationRelay session started", metadata: ["call": "\(ticket.call)", "session": "\(setup.sessionId.prefix(40))"])
            return .live(call)
        case (.ended, _):
            logger.notice("Ignored a ConversationRelay message after the session's end", metadata: ["call": "\(ticket.call)"])
            return state
        case (.awaitingSetup, _):
            logger.warning("Ignored a ConversationRelay message before its setup")
            return state
        case (.live, .setup):
            logger.notice("Ignored a second ConversationRelay setup")
            return state
        case (.live(let call), .prompt(let text, _, let last)):
            // Partial results of one utterance come before its last; only the last is a turn.
            guard last else { return state }
            return try await ask(Turn.Utterance(speech: TwilioForm.clean(text)), call: call, outbound: outbound)
        case (.live(let call), .dtmf(let digit)):
            guard digit.count <= 8, digit.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "*" || $0 == "#") }) else {
                logger.notice("Ignored a key that is not one", metadata: ["digit": "\(digit.prefix(8))"])
                return state
            }
            return try await ask(Turn.Utterance(speech: "", digits: digit), call: call, outbound: outbound)
        case (.live(var call), .interrupt(let heard, let milliseconds)):
            call.interruption = Turn.Interruption(heard: TwilioForm.clean(heard), milliseconds: milliseconds)
            return .live(call)
        case (_, .error(let description)):
            logger.warning("ConversationRelay reported an error", metadata: ["description": "\(description.prefix(300))"])
            return state
        case (_, .unknown(let type)):
            logger.notice("Ignored a ConversationRelay message of a type this version does not know", metadata: ["type": "\(type.prefix(40))"])
            return state
        }
    }

    /// Queues the caller's turn, waits for the brain (holding briefly, as webhooks do), and speaks
    /// the answer; the caller always hears something. Ended once Loop AI sent `end`.
    private func ask(_ utterance: Turn.Utterance, call: Call, outbound: WebSocketOutboundWriter) async throws -> State {
        var call = call
        let started = ContinuousClock.now
        let turn = Turn(
            id: .random(), conversation: .phoneCall(call.sid), payload: .relayPrompt(utterance, interrupted: call.interruption, call.caller),
            receivedAt: Date.nowMilliseconds, replyTo: relay.replyList.text)
        call.interruption = nil
        var outcome = await relay.relay(turn, idempotencyKey: nil, budget: configuration.replyBudget)
        await relay.note(outcome)
        var round = 0
        while case .pending(let id) = outcome, round < configuration.maxRedirects {
            round += 1
            let lines = call.language.gatewayLines
            try await say([round == 1 ? lines.firstHold : lines.laterHold], outbound)
            outcome = await relay.pickUp(id, of: turn.conversation, budget: configuration.replyBudget)
            await relay.note(outcome)
        }
        switch outcome {
        case .reply(let body):
            guard let reply = try? JSONDecoder().decode(RelayReply.self, from: Data(body.utf8)) else {
                logger.error("A brain answered a relay prompt with something else", metadata: ["call": "\(call.sid)", "turn": "\(turn.id)"])
                try await say([call.language.gatewayLines.unavailable], outbound)
                return .live(call)
            }
            if reply.language != call.language {
                try await outbound.writeTextMessage(RelayCommand.language(code(reply.language)).json)
                call.language = reply.language
            }
            try await say(
                reply.sentences.map { ($0, nil) } + (reply.voiced ?? []).map { ($0.text, code($0.language)) }, outbound,
                interruptible: reply.uninterruptible == true ? false : nil)
            Self.replyTime.recordNanoseconds((ContinuousClock.now - started).nanoseconds)
            if let ending = reply.ending {
                try await outbound.writeTextMessage(RelayCommand.end(handoffData: ending.handoffData).json)
                return .ended
            }
        case .pending(let id):
            logger.warning("Brain reply still missing after holding; asking the caller again", metadata: ["call": "\(call.sid)", "turn": "\(id)"])
            try await say([call.language.gatewayLines.askAgain], outbound)
        case .unavailable(let reason):
            logger.error("Could not hand the turn to the brains", metadata: ["call": "\(call.sid)", "error": "\(reason)"])
            try await say([call.language.gatewayLines.unavailable], outbound)
        }
        return .live(call)
    }

    /// One text token per sentence, spaced, the last one marked; a sentence with a language code is
    /// said in that language's voice.
    private func say(_ sentences: [(text: String, language: String?)], _ outbound: WebSocketOutboundWriter, interruptible: Bool? = nil) async throws {
        for token in RelayCommand.tokens(sentences, interruptible: interruptible) {
            try await outbound.writeTextMessage(token.json)
        }
    }

    private func say(_ sentences: [String], _ outbound: WebSocketOutboundWriter) async throws {
        try await say(sentences.map { ($0, nil) }, outbound)
    }

    /// The language's code as ConversationRelay names it (`hi-IN`).
    private func code(_ language: Language) -> String {
        (configuration.voices[language] ?? VoiceSettings()).language
    }
}
