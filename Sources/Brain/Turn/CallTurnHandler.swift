import Shared

/// A phone call's turns: the call connected, the caller spoke or pressed keys, a hand-off or a
/// relay session ended, a message was left. Each is answered, recorded in the call's record,
/// and may text the caller or stop a recording.
struct CallTurnHandler: Sendable {
    let engine: DialogEngine
    let settings: TurnSettings
    let turn: Turn
    let situation: TurnSituation

    func answer(_ input: DialogInput, caller: Turn.Caller, on channel: DialogEngine.Channel) -> TurnEffects {
        handle(input, caller: caller, on: channel).effects
    }

    private func handle(_ input: DialogInput, caller: Turn.Caller, on channel: DialogEngine.Channel) -> (effects: TurnEffects, decision: DialogDecision) {
        var context = situation.context
        if settings.canText, let number = caller.replyNumber, settings.sms.allows(number) { context.texting = .available }
        context.recording = settings.recordCalls
        if situation.refusedText != nil {
            // Decided again, knowing the allowance is spent: the caller hears why nothing comes.
            context.texting = .limitReached
        }
        var answered = engine.answer(input, state: situation.snapshot.state, context: context)
        if case .text? = answered.decision.outbound, situation.snapshot.optedOut {
            // A number that texted STOP is never texted: the caller hears why.
            context.texting = .optedOut
            answered = engine.answer(input, state: situation.snapshot.state, context: context)
        }
        let decision = answered.decision
        let (body, sentences) = engine.reply(to: answered, on: channel)
        var effects = TurnEffects(
            reply: body, session: decision.state, event: CallEvent(turn: turn, decision: decision, at: situation.now, said: sentences),
            job: decision.outboundJob(turn: turn, replyNumber: caller.replyNumber, at: situation.now), ungrounded: decision.heldBack > 0,
            report: .answered(decision.outcome, decision.action))
        if case .text(let hospitals)? = decision.outbound, let number = caller.replyNumber {
            effects.textClaim = TurnEffects.TextClaim(number: number, segments: SMSSegments.count(Phrasing.textMessage(hospitals, in: decision.language)))
        }
        if decision.outbound == .stopRecording, decision.state.relay == nil {
            // The answer's <Stop><Recording> stops it: noted as a REST stop would be.
            effects.laterEvent = CallEvent(kind: .recording, at: situation.now, status: .stoppedByCaller)
        }
        return (effects, decision)
    }

    /// A message left after a hand-off nobody took: answered like any turn, and listed for the
    /// agents at once, not only when the call's record closes.
    func messageLeft(caller: Turn.Caller) -> TurnEffects {
        var (effects, decision) = handle(.messageLeft, caller: caller, on: .gather)
        guard let event = effects.event else { return effects }
        let voicemail = Voicemail(
            call: turn.callSid.value, caller: caller.masked, event: event, language: decision.language.rawValue, hasCallbackNumber: caller.replyNumber != nil)
        effects.voicemail = TurnEffects.VoicemailListing(voicemail: voicemail, callbackNumber: caller.replyNumber)
        return effects
    }
}
