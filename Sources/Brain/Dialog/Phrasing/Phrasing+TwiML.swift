import HospitalSearch
import Shared

/// A decision as TwiML: the sentences, the closing question, and what Twilio does next.
extension Phrasing {
    static func twiml(for decision: DialogDecision, cities: [City], humanAgentNumber: String?) -> TwiML {
        var sentences = decision.acts.flatMap(sentences(for:))
        if let question = question(for: decision.prompt) { sentences.append(question) }
        switch decision.action {
        case .listen:
            return .ask(sentences, hints: hints(for: decision.state, cities: cities))
        case .hangUp:
            return .goodbye(sentences)
        case .transferToAgent:
            if let humanAgentNumber { return TwiML(sentences.map(TwiML.Verb.say) + [.dial(humanAgentNumber)]) }
            return .goodbye(sentences)
        }
    }

    /// What the caller may say next, for Twilio's recogniser: short answers, the names and areas
    /// just mentioned, the network's cities.
    static func hints(for state: DialogState, cities: [City]) -> [String] {
        var hints = ["yes", "no", "more", "address"]
        for hospital in state.mentioned {
            hints.append(hospital.name)
            if let area = hospital.area { hints.append(area) }
        }
        hints.append(contentsOf: cities.map(\.name))
        return hints
    }
}
