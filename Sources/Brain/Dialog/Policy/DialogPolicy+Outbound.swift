/// What Loop AI does through Twilio beyond answering: texting the caller what it just said,
/// stopping the recording, and what follows a hand-off to a person.
extension DialogPolicy {
    /// "Text me that": the hospitals just named or confirmed go to the caller's own number, when
    /// the line can send them; the call goes on with what it was asking.
    func textMe(pending: Pending?, state: DialogState, context: CallContext, elsewhere: Bool = false) -> DialogDecision {
        var state = state
        state.pending = pending ?? .anythingElse
        let prompt = pending == nil ? Prompt.anythingElse : repeatedQuestion(state)
        // "Send it to 98…", "text my wife": only the number calling is ever texted.
        if elsewhere { return decision([.textOnlyToCaller], prompt, state: state, outcome: .textMe) }
        guard !state.mentioned.isEmpty else {
            state.pending = pending
            return decision([.nothingToText], .howCanIHelp, state: state, outcome: .textMe)
        }
        switch context.texting {
        case .available:
            var answer = decision([.textSent(count: state.mentioned.count)], prompt, state: state, outcome: .textMe)
            answer.outbound = .text(state.mentioned)
            return answer
        case .limitReached:
            return decision([.textLimitReached], prompt, state: state, outcome: .textMe)
        case .alreadyByText:
            return decision([.alreadyByText], prompt, state: state, outcome: .textMe)
        case .unavailable:
            return decision([.textUnavailable], prompt, state: state, outcome: .textMe)
        case .optedOut:
            return decision([.textOptedOut], prompt, state: state, outcome: .textMe)
        }
    }

    /// "Don't record": stopped if it was recording; the conversation goes on where it was.
    func stopRecording(pending: Pending?, state: DialogState, context: CallContext) -> DialogDecision {
        var state = state
        state.pending = pending
        guard context.recording else { return decision([.notRecording], repeatedQuestion(state), state: state, outcome: .stopRecording) }
        state.recordingStopped = true
        // A <Gather> call's answer stops it in its own TwiML before the words; a relay call's stop
        // goes through REST after them, so it is said as under way, and a failure is said next turn.
        let act: DialogAct = state.relay == nil ? .recordingStopped : .recordingStopping
        var answer = decision([act], repeatedQuestion(state), state: state, outcome: .stopRecording)
        answer.outbound = .stopRecording
        return answer
    }

    /// Twilio reports how the hand-off's `<Dial>` ended: an agent who pressed 1 and took the call
    /// leaves nothing to say; otherwise (no answer, busy, a voicemail box, an agent who did not
    /// press 1) the caller is offered to leave a message.
    func handoffEnded(agentTookIt: Bool, state: DialogState) -> DialogDecision {
        var state = state
        state.ended = true
        if agentTookIt { return decision([], .none, action: .hangUp, state: state, outcome: .dialEnded) }
        return decision([.agentUnavailable], .none, action: .recordMessage, state: state, outcome: .dialEnded)
    }

    /// The caller's message is recorded.
    func messageLeft(state: DialogState) -> DialogDecision {
        var state = state
        state.ended = true
        return decision([.messageRecorded], .none, action: .hangUp, state: state, outcome: .voicemail)
    }
}
