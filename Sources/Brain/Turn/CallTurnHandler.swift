import HospitalSearch
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
        let language = situation.snapshot.state?.language ?? engine.defaultLanguage
        if let whatsApp = settings.whatsApp, let number = caller.replyNumber, whatsApp.canSend(to: number, in: language) {
            context.whatsApp = situation.snapshot.whatsAppOptedOut ? .optedOut : .available
        }
        context.recording = settings.recordCalls
        if situation.refusedText != nil {
            // Decided again, knowing the allowance is spent: the caller hears why nothing comes.
            context.texting = .limitReached
            if context.whatsApp == .available { context.whatsApp = .limitReached }
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
        if case .whatsApp(let hospitals)? = decision.outbound, let number = caller.replyNumber {
            effects.job = whatsAppJob(hospitals, to: number, in: decision.language)
            effects.textClaim = effects.job == nil ? nil : TurnEffects.TextClaim(number: number, segments: 1, channel: .whatsapp)
        }
        if decision.whatsAppConsentGiven {
            // The caller's yes, kept with the call: asked once, before anything is sent there.
            effects.laterEvent = CallEvent(kind: .whatsappConsent, at: situation.now, language: decision.language.rawValue, caller: caller.masked)
        }
        if decision.outbound == .stopRecording, decision.state.relay == nil {
            // The answer's <Stop><Recording> stops it: noted as a REST stop would be.
            effects.laterEvent = CallEvent(kind: .recording, at: situation.now, status: .stoppedByCaller)
        }
        return (effects, decision)
    }

    /// The template job for `hospitals`, with the SMS to send instead if it fails, where this
    /// number may be texted.
    private func whatsAppJob(_ hospitals: [SpokenHospital], to number: String, in language: Language) -> OutboundJob? {
        guard let template = settings.whatsApp?.templates[language] else { return nil }
        let textable = settings.canText && settings.sms.allows(number) && !situation.snapshot.optedOut
        return OutboundJob(
            id: turn.id.value, kind: .whatsapp, call: turn.callSid, to: number, contentSid: template,
            contentVariables: Phrasing.contentVariables(hospitals), fallbackBody: textable ? Phrasing.textMessage(hospitals, in: language) : nil,
            createdAt: situation.now)
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
