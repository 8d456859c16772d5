/// What a turn, or a whole call, came to: the labels call records and the dashboard count by.
public enum CallOutcome: String, Codable, Sendable, CaseIterable, Comparable {
    /// Nothing asked yet (a greeting, small talk, help).
    case other
    /// Loop AI asked which city, which area, or "did you say …?".
    case clarified
    /// The question was answered from the list (hospitals named, counted or confirmed).
    case found
    /// The list holds nothing that answers the question.
    case notFound = "not-found"
    /// Not about network hospitals.
    case outOfScope = "out-of-scope"
    /// Transferred (or offered) to a person.
    case handoff = "hand-off"
    /// The caller left a message for the agents.
    case voicemail

    /// How much a turn's outcome says about the call: a call's outcome is its turns' highest.
    var weight: Int {
        switch self {
        case .other: return 0
        case .clarified: return 1
        case .notFound: return 2
        case .found: return 3
        case .outOfScope: return 4
        case .handoff: return 5
        case .voicemail: return 6
        }
    }

    public static func < (lhs: CallOutcome, rhs: CallOutcome) -> Bool { lhs.weight < rhs.weight }

    /// An outcome this version does not know (written by a later one) reads as `other`, as
    /// readers of the stored text always took it.
    public init(from decoder: any Decoder) throws {
        self = CallOutcome(rawValue: try decoder.singleValueContainer().decode(String.self)) ?? .other
    }
}
