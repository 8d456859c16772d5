import Shared

/// One turn in, TwiML out: understanding, policy and phrasing put together for the worker.
struct DialogEngine: Sendable {
    let network: LoadedNetwork
    let voice: VoiceSettings
    let humanAgentNumber: String?

    /// The dialog's decision and the TwiML that speaks it.
    struct Answer: Sendable {
        let outcome: DialogOutcome
        let twiml: TwiML
    }

    func answer(kind: Turn.Kind, speech: String, confidence: Double?, state: DialogState?) -> Answer {
        let outcome = DialogPolicy(network: network).respond(kind: kind, speech: speech, confidence: confidence, state: state)
        return Answer(outcome: outcome, twiml: Self.twiml(for: outcome, humanAgentNumber: humanAgentNumber))
    }

    static func twiml(for outcome: DialogOutcome, humanAgentNumber: String?) -> TwiML {
        var sentences = outcome.replies.flatMap(Phrasing.sentences)
        if let question = Phrasing.question(for: outcome.prompt) { sentences.append(question) }
        switch outcome.action {
        case .listen:
            return .ask(sentences, hints: outcome.hints)
        case .hangUp:
            return .goodbye(sentences)
        case .transferToAgent:
            if let humanAgentNumber { return TwiML(sentences.map(TwiML.Verb.say) + [.dial(humanAgentNumber)]) }
            return .goodbye(sentences)
        }
    }
}
