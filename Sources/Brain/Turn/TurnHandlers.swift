import HospitalSearch
import Shared

/// What a brain needs to know to handle a turn, beyond the dialog: what this deployment may do.
struct TurnSettings: Sendable {
    /// SMS is set up and allowed (``BrainConfiguration/canText``).
    var canText: Bool
    /// Which numbers are texted, and the caps.
    var sms: SMSPolicy
    /// `RECORD_CALLS`.
    var recordCalls: Bool
    /// WhatsApp's templates and caps; nil when no WhatsApp sender is set.
    var whatsApp: WhatsAppSettings? = nil
}

/// What the handler knows of the turn's conversation when it handles it.
struct TurnSituation: Sendable {
    var snapshot: SessionStore.Snapshot
    /// When the turn was handled (ms since the epoch): its events and jobs carry it.
    var now: Int64
    /// The SMS cap that refused this turn's text on an earlier try, if one did.
    var refusedText: TextQuota.Outcome?
}

/// A turn in, its effects out: the one switch over ``Turn/Payload`` in the brain. Each kind of
/// turn goes to a small handler (a phone call's turns, a text, a web question, a search); a new
/// payload case fails to compile here until it has one.
struct TurnHandlers: Sendable {
    let engine: DialogEngine
    let settings: TurnSettings

    func effects(for turn: Turn, in situation: TurnSituation) -> TurnEffects {
        let call = CallTurnHandler(engine: engine, settings: settings, turn: turn, situation: situation)
        switch turn.payload {
        case .callStarted(let caller, let relay): return call.answer(.callStarted(relay: relay), caller: caller, on: .gather)
        case .speech(let utterance, let caller): return call.answer(.said(utterance), caller: caller, on: .gather)
        case .fallback(let caller): return call.answer(.fallback, caller: caller, on: .gather)
        case .dialEnded(let result, let caller): return call.answer(.handoffEnded(agentAccepted: result.agentAccepted), caller: caller, on: .gather)
        case .voicemail(_, let caller): return call.messageLeft(caller: caller)
        case .relayPrompt(let utterance, let interrupted, let caller):
            return call.answer(.relayPrompt(utterance, interrupted: interrupted), caller: caller, on: .relay)
        case .relayEnded(let ending, let caller): return call.answer(.relayEnded(ending), caller: caller, on: .gather)
        case .sms(let text, let caller):
            return TextTurnHandler(engine: engine, settings: settings, turn: turn, situation: situation).answer(text, caller: caller)
        case .whatsapp(let text, let caller):
            return WhatsAppTurnHandler(engine: engine, settings: settings, turn: turn, situation: situation).answer(text, caller: caller)
        case .web(let text, let language):
            return WebTurnHandler(engine: engine, turn: turn, situation: situation).answer(text, language: language)
        case .search(let request):
            return SearchTurnHandler(directory: engine.directory).answer(request)
        }
    }
}

extension TurnSituation {
    /// What the conversation can do beyond the list, as far as its session tells.
    var context: CallContext {
        var context = CallContext()
        context.textFailed = snapshot.notice == .textFailed
        context.recordingNotStopped = snapshot.notice == .recordingNotStopped
        switch snapshot.notice {
        case .whatsAppFailed?: context.whatsAppNotice = .failed
        case .whatsAppSentBySMS?: context.whatsAppNotice = .sentBySMSInstead
        default: break
        }
        return context
    }
}

extension DialogDecision {
    /// The REST job the decision asks for; its id is the turn's, so a redone turn queues it once.
    func outboundJob(turn: Turn, replyNumber: String?, at now: Int64) -> OutboundJob? {
        switch outbound {
        case .text(let hospitals)?:
            guard let replyNumber else { return nil }
            return OutboundJob(id: turn.id.value, kind: .sms, call: turn.callSid, to: replyNumber, body: Phrasing.textMessage(hospitals, in: language), createdAt: now)
        case .whatsApp?:
            // Made by the call's handler, which knows the template and whether SMS may stand in.
            return nil
        case .startRecording?:
            // Started by the greeting's `<Start><Recording>` (Phrasing.twiml), not through REST.
            return nil
        case .stopRecording? where state.relay == nil:
            // Stopped by the answer's own `<Stop><Recording>` (Phrasing.twiml), before it is said.
            return nil
        case .stopRecording?:
            // A relay call has no TwiML until its session ends: stopped through REST.
            return OutboundJob(id: turn.id.value, kind: .stopRecording, call: turn.callSid, createdAt: now)
        case nil:
            return nil
        }
    }
}
