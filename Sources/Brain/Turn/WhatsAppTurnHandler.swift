import Shared

/// A WhatsApp message: answered by the text dialog as a free-form `<Message>` (the member's
/// message has just opened WhatsApp's 24-hour customer-service window), in its own key space
/// and under WhatsApp's caps. WhatsApp has no carrier-level STOP, so Loop AI keeps and confirms
/// the member's STOP and START itself.
struct WhatsAppTurnHandler: Sendable {
    let engine: DialogEngine
    let settings: TurnSettings
    let turn: Turn
    let situation: TurnSituation

    func answer(_ text: String, caller: Turn.Caller) -> TurnEffects {
        guard let whatsApp = settings.whatsApp, whatsApp.policy.perNumberDaily > 0 else {
            return .leftUnanswered("Left a WhatsApp message unanswered: WhatsApp is not set up")
        }
        guard let number = caller.replyNumber, whatsApp.policy.allows(number) else {
            return .leftUnanswered("Left a WhatsApp message unanswered: Loop AI does not message this sender")
        }
        let snapshot = situation.snapshot
        if let keyword = SMSKeyword(message: text), keyword != .help {
            let state = snapshot.state ?? DialogState()
            let act: WhatsAppAct = keyword == .optOut ? .stopped : .started
            let said = DialogDecision(
                acts: [.whatsApp(act)], prompt: .none, action: .listen, state: state, outcome: .smsKeyword, language: state.language ?? engine.defaultLanguage)
            var effects = answered(said, reply: engine.reply(to: DialogEngine.Answered(decision: said), on: .text).body)
            effects.optOut = TurnEffects.OptOut(keyword: keyword, number: number, channel: .whatsapp)
            return effects
        }
        guard !snapshot.whatsAppOptedOut else { return .leftUnanswered("Left a WhatsApp message unanswered: the number sent STOP on WhatsApp") }
        if let refused = situation.refusedText { return .leftUnanswered("Left a WhatsApp message unanswered: a WhatsApp cap was reached (\(refused))") }
        var context = situation.context
        // The answer is already a message: "text me" or "on WhatsApp" here says so.
        context.texting = .alreadyByText
        context.whatsApp = .alreadyByText
        let answer = engine.answer(.texted(text), state: snapshot.state, context: context)
        var effects = answered(answer.decision, reply: engine.reply(to: answer, on: .text).body)
        effects.textClaim = TurnEffects.TextClaim(number: number, segments: 1, channel: .whatsapp)
        return effects
    }

    private func answered(_ decision: DialogDecision, reply: TurnReply.Body) -> TurnEffects {
        TurnEffects(
            reply: reply, session: decision.state,
            tally: TurnEffects.Tally(
                channel: .whatsapp, event: CallEvent(turn: turn, decision: decision, at: situation.now),
                startsConversation: ConversationCount.starts(turn, previous: situation.snapshot.state)),
            ungrounded: decision.heldBack > 0, report: .answered(decision.outcome, decision.action))
    }
}
