/// "Send it on WhatsApp": the hospitals just given go to the caller's own number as an approved
/// template, once the caller has agreed to be messaged there (asked once per call).
extension DialogPolicy {
    func whatsAppMe(pending: Pending?, state: DialogState, context: CallContext) -> DialogDecision {
        var state = state
        state.pending = pending ?? .anythingElse
        let prompt = pending == nil ? Prompt.anythingElse : repeatedQuestion(state)
        guard !state.mentioned.isEmpty else {
            state.pending = pending
            return decision([.nothingToText], .howCanIHelp, state: state, outcome: .whatsAppMe)
        }
        switch context.whatsApp {
        case .available where state.whatsAppConsent == true:
            return sendOnWhatsApp(state: state, prompt: prompt)
        case .available:
            state.pending = .whatsAppConsent
            return decision([.whatsApp(.askConsent)], .whatsAppConsent, state: state, outcome: .whatsAppMe)
        case .limitReached:
            return decision([.whatsApp(.limitReached)], prompt, state: state, outcome: .whatsAppMe)
        case .alreadyByText:
            return decision([.alreadyByText], prompt, state: state, outcome: .whatsAppMe)
        case .unavailable:
            return decision([.whatsApp(.unavailable)], prompt, state: state, outcome: .whatsAppMe)
        case .optedOut:
            return decision([.whatsApp(.optedOut)], prompt, state: state, outcome: .whatsAppMe)
        }
    }

    /// The answer to "may I message you on WhatsApp?": yes sends, and is the consent the call's
    /// record keeps; no sends nothing.
    func whatsAppConsent(_ given: Bool, state: DialogState, context: CallContext) -> DialogDecision {
        var state = state
        state.whatsAppConsent = given
        state.pending = .anythingElse
        guard given else { return decision([.whatsApp(.declined)], .anythingElse, state: state, outcome: .whatsAppConsent) }
        // The allowance may have been spent since the question (a cap reached at commit).
        guard context.whatsApp == .available else { return whatsAppMe(pending: nil, state: state, context: context) }
        var answer = sendOnWhatsApp(state: state, prompt: .anythingElse)
        answer.outcome = .whatsAppConsent
        answer.whatsAppConsentGiven = true
        return answer
    }

    private func sendOnWhatsApp(state: DialogState, prompt: Prompt) -> DialogDecision {
        var answer = decision([.whatsApp(.sending(count: state.mentioned.count))], prompt, state: state, outcome: .whatsAppMe)
        answer.outbound = .whatsApp(state.mentioned)
        return answer
    }

    /// Where "I can text them to you" is said, WhatsApp is offered beside it when it can be sent.
    func withWhatsAppOffer(_ decision: DialogDecision, context: CallContext) -> DialogDecision {
        guard context.whatsApp == .available, decision.acts.contains(.nothingToText) else { return decision }
        var decision = decision
        decision.acts.append(.whatsApp(.offer))
        decision.state.said = decision.acts
        return decision
    }
}
