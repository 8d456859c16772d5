/// What a caller asked for that the console filters calls by, beside the call's outcome (a call
/// that was out of scope and then handed off has the outcome `hand-off`, and was still out of scope).
public enum CallAsk: String, Sendable, CaseIterable, Codable {
    case emergency
    case outOfScope = "out-of-scope"
    /// Asked to speak to a person.
    case person
    /// Spoke, or asked for, a language Loop AI does not speak.
    case otherLanguage = "other-language"

    /// True when one of the call's turns asked for this.
    public func matches(_ record: CallRecord) -> Bool {
        switch self {
        case .emergency: return record.intents.contains("emergency")
        // Out of scope with an agent to take it is a hand-off turn (intent `handoff`; asking for a
        // person is `human-agent`), without one an `out-of-scope` outcome.
        case .outOfScope: return record.intents.contains("handoff") || record.turns.contains { $0.outcome == .outOfScope }
        case .person: return record.intents.contains("human-agent")
        case .otherLanguage: return record.intents.contains("other-language")
        }
    }
}
