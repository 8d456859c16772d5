import Shared

/// A question from the web page or `POST /converse`: answered with ``ConverseReply`` JSON,
/// counted in the web's summary, never recorded or texted.
struct WebTurnHandler: Sendable {
    let engine: DialogEngine
    let turn: Turn
    let situation: TurnSituation

    func answer(_ text: String, language: Language?) -> TurnEffects {
        guard case .webSession(let session) = turn.conversation else {
            return .leftUnanswered("Left a web question unanswered: it came outside a web conversation")
        }
        var context = situation.context
        context.texting = .unavailable
        let answer = engine.answer(.typed(text, language: language), state: situation.snapshot.state, context: context)
        let decision = answer.decision
        return TurnEffects(
            reply: engine.reply(to: answer, on: .web(session)).body, session: decision.state,
            job: decision.outboundJob(turn: turn, replyNumber: nil, at: situation.now),
            tally: TurnEffects.Tally(
                channel: .web, event: CallEvent(turn: turn, decision: decision, at: situation.now), startsConversation: ConversationCount.starts(turn, previous: situation.snapshot.state)),
            ungrounded: decision.heldBack > 0, report: .answered(decision.outcome, decision.action))
    }
}
