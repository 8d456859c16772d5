import Foundation
import HospitalSearch
import Redis
import Shared
import Twilio

extension TurnProcessor {
    /// The dialog's decision on a turn, the reply to deliver (TwiML for calls and texts,
    /// ``ConverseReply`` JSON for the web) and, for a call, the sentences said.
    func respond(
        to turn: Turn, snapshot: SessionStore.Snapshot, engine: DialogEngine, on connection: ReconnectingRedisConnection
    ) async throws(RedisError) -> (DialogDecision, TurnReply.Body, [String]?) {
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
            return (silent, .twiml(#"<?xml version="1.0" encoding="UTF-8"?><Response></Response>"#), nil)
        }
        func decide(_ context: CallContext) -> DialogEngine.Answered {
            engine.answer(to: turn, state: snapshot.state, context: context)
        }
        var answer = decide(context)
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
                if outcome != .numberLimit {
                    // The service-wide caps stop pumping through many numbers: someone must look.
                    metrics.smsCapReached(outcome)
                    logger.error("An SMS cap was reached; texts are refused until it resets", metadata: ["cap": "\(outcome)"])
                }
                // Decided again, knowing the allowance is spent: the caller hears why nothing comes.
                context.texting = .limitReached
                answer = decide(context)
            }
        }
        return (answer.decision, answer.body, answer.sentences)
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
