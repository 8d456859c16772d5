import Shared

/// A text message: answered by text, under the SMS policy and caps that hold for "text me
/// that"; STOP, START and HELP are Twilio's to answer, and only remembered.
struct TextTurnHandler: Sendable {
    let engine: DialogEngine
    let settings: TurnSettings
    let turn: Turn
    let situation: TurnSituation

    func answer(_ text: String, caller: Turn.Caller) -> TurnEffects {
        let snapshot = situation.snapshot
        if let keyword = SMSKeyword(message: text) {
            // Twilio answers the keyword; Loop AI says nothing, and remembers an opt-out.
            let state = snapshot.state ?? DialogState()
            let silent = DialogDecision(acts: [], prompt: .none, action: .listen, state: state, outcome: .smsKeyword, language: state.language ?? .english)
            var effects = answered(silent, reply: .twiml(TurnEffects.emptyTwiML), caller: caller)
            effects.optOut = caller.replyNumber.map { TurnEffects.OptOut(keyword: keyword, number: $0) }
            return effects
        }
        // A reply to a text is a text: the SMS policy and caps hold for it as for "text me that".
        guard let number = caller.replyNumber, settings.sms.allows(number) else {
            return .leftUnanswered("Left a text unanswered: Loop AI does not text this sender")
        }
        guard !snapshot.optedOut else { return .leftUnanswered("Left a text unanswered: the number texted STOP") }
        if let refused = situation.refusedText { return .leftUnanswered("Left a text unanswered: an SMS cap was reached (\(refused))") }
        var context = situation.context
        context.texting = .alreadyByText
        let answer = engine.answer(.texted(text), state: snapshot.state, context: context)
        var effects = answered(answer.decision, reply: engine.reply(to: answer, on: .text).body, caller: caller)
        effects.textClaim = TurnEffects.TextClaim(number: number, segments: SMSSegments.count(Phrasing.textReply(for: answer.decision)))
        return effects
    }

    private func answered(_ decision: DialogDecision, reply: TurnReply.Body, caller: Turn.Caller) -> TurnEffects {
        TurnEffects(
            reply: reply, session: decision.state, job: decision.outboundJob(turn: turn, replyNumber: caller.replyNumber, at: situation.now),
            tally: TurnEffects.Tally(
                channel: .sms, event: CallEvent(turn: turn, decision: decision, at: situation.now), startsConversation: ConversationCount.starts(turn, previous: situation.snapshot.state)),
            ungrounded: decision.heldBack > 0, report: .answered(decision.outcome, decision.action))
    }
}
