import Foundation
import HospitalSearch
import Redis
import Shared
import Twilio

extension TurnProcessor {
    /// An answer that sends nothing: a text Loop AI does not answer.
    static let emptyTwiML = #"<?xml version="1.0" encoding="UTF-8"?><Response></Response>"#

    /// The dialog's decision on a turn, the reply to deliver (TwiML for calls and texts,
    /// ``ConverseReply`` JSON for the web) and, for a call, the sentences said; nil for a text
    /// that gets no reply (``leaveTextUnanswered(_:raw:on:)``).
    func respond(
        to turn: Turn, snapshot: SessionStore.Snapshot, engine: DialogEngine, on connection: ReconnectingRedisConnection
    ) async throws(RedisError) -> (DialogDecision, TurnReply.Body, [String]?)? {
        var context = callContext(turn, snapshot: snapshot)
        if case .web(let session) = turn.conversation {
            var language: Language?
            if case .web(_, let chosen) = turn.payload { language = chosen }
            let decisions = engine.decideWeb(speech: turn.speech, state: snapshot.state, language: language, context: context)
            let reply = Phrasing.webReply(decisions, session: session, humanAgentNumber: configuration.humanAgentNumber)
            // decideWeb always decides at least the greeting.
            guard let last = decisions.last else { throw .unexpectedReply("no web decision") }
            return (last, .json(DialogEngine.json(reply)), nil)
        }
        let optOuts = SMSOptOuts(keys: configuration.keys)
        if turn.kind == .sms, let keyword = SMSKeyword(message: turn.speech) {
            // STOP, START, HELP: Twilio answers them; Loop AI only remembers an opt-out, and says nothing.
            if let number = turn.caller?.replyNumber, let command = optOuts.command(for: keyword, number: number) {
                _ = try await connection.pipeline([command])
            }
            let state = snapshot.state ?? DialogState()
            let silent = DialogDecision(acts: [], prompt: .none, action: .listen, state: state, outcome: .smsKeyword, language: state.language ?? .english)
            return (silent, .twiml(Self.emptyTwiML), nil)
        }
        // A reply to a text is a text: the SMS policy and caps hold for it as for "text me that".
        var texter: String?
        if turn.kind == .sms {
            guard let number = turn.caller?.replyNumber, configuration.sms.allows(number) else {
                logger.notice("Left a text unanswered: Loop AI does not text this sender", metadata: ["caller": "\(turn.caller?.masked ?? "-")"])
                return nil
            }
            guard try await !optOuts.isOptedOut(number, on: connection) else {
                logger.notice("Left a text unanswered: the number texted STOP", metadata: ["caller": "\(turn.caller?.masked ?? "-")"])
                return nil
            }
            texter = number
        }
        func decide(_ context: CallContext) -> DialogEngine.Answered {
            engine.answer(to: turn, state: snapshot.state, context: context)
        }
        var answer = decide(context)
        if let texter {
            let segments = SMSSegments.count(Phrasing.textReply(for: answer.decision))
            let outcome = try await TextQuota(keys: configuration.keys, policy: configuration.sms).take(
                number: texter, segments: segments, turn: turn.id, on: connection)
            guard outcome == .allowed else {
                noteRefusedText(outcome)
                logger.notice("Left a text unanswered: an SMS cap was reached", metadata: ["caller": "\(turn.caller?.masked ?? "-")", "cap": "\(outcome)"])
                return nil
            }
        }
        if case .text? = answer.decision.outbound, let number = turn.caller?.replyNumber, try await optOuts.isOptedOut(number, on: connection) {
            // A number that texted STOP is never texted: the caller hears why.
            context.texting = .optedOut
            answer = decide(context)
        }
        if case .text(let hospitals)? = answer.decision.outbound, let number = turn.caller?.replyNumber {
            let segments = SMSSegments.count(Phrasing.textMessage(hospitals, in: answer.decision.language))
            let outcome = try await TextQuota(keys: configuration.keys, policy: configuration.sms).take(
                number: number, segments: segments, turn: turn.id, on: connection)
            if outcome != .allowed {
                noteRefusedText(outcome)
                // Decided again, knowing the allowance is spent: the caller hears why nothing comes.
                context.texting = .limitReached
                answer = decide(context)
            }
        }
        return (answer.decision, answer.body, answer.sentences)
    }

    /// A service-wide or range cap refusing a text stops pumping through many numbers: someone must look.
    private func noteRefusedText(_ outcome: TextQuota.Outcome) {
        guard outcome != .allowed, outcome != .numberLimit else { return }
        metrics.smsCapReached(outcome)
        logger.error("An SMS cap was reached; texts are refused until it resets", metadata: ["cap": "\(outcome)"])
    }

    /// A text that gets no reply: an empty answer, delivered and kept like any reply, and the
    /// session left as it was.
    func leaveTextUnanswered(_ turn: Turn, raw: [UInt8], on connection: ReconnectingRedisConnection) async throws(RedisError) {
        _ = try await connection.pipeline(
            [SET(configuration.keys.reply(turn: turn.id), Self.emptyTwiML, expiry: .seconds(TurnReplies.replyTTL))]
                + replies.redeliverCommands(turn: turn, rawTurn: raw, reply: .twiml(Self.emptyTwiML), processingList: processingList))
        metrics.unanswered(.refusedText, .dropped)
    }

    /// A search needs no session: answered from the directory and delivered at once (and kept
    /// briefly, like every reply, for a gateway that picks it up late).
    func answerSearch(_ turn: Turn, raw: [UInt8], on connection: ReconnectingRedisConnection) async throws(RedisError) {
        let search = NetworkSearch(directory: holder.directory)
        guard case .search(let request) = turn.payload else { throw .unexpectedReply("a search turn without a search") }
        let limit = request.limit.map { min(max($0, 1), NetworkSearch.maximumLimit) } ?? NetworkSearch.defaultLimit
        let reply: SearchReply
        if let query = request.query {
            reply = search.hospitals(query: query, city: request.city, limit: limit)
        } else {
            reply = search.byCity(request.city ?? "", limit: limit)
        }
        let json = DialogEngine.json(reply)
        _ = try await connection.pipeline(
            [SET(configuration.keys.reply(turn: turn.id), json, expiry: .seconds(TurnReplies.replyTTL))]
                + replies.redeliverCommands(turn: turn, rawTurn: raw, reply: .json(json), processingList: processingList))
        metrics.answered(.search, .answered)
    }
}
