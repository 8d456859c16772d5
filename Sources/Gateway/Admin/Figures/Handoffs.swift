import Shared

/// What a hand-off is, once, for every tile, chart and report: a call Loop AI put through to a
/// person (its `<Dial>` ended with a status) — answered when the agent took it (`completed`),
/// unanswered otherwise (a voicemail may follow). A caller who asked for a person where nobody
/// could be put through (no agent's number, the line down) is not a hand-off: `askedWithoutAgent`.
struct Handoffs: Codable, Sendable, Equatable {
    var total: Int
    var answered: Int
    var unanswered: Int
    var askedWithoutAgent: Int

    init(_ summary: CallSummary) {
        total = summary.handoffs.values.reduce(0, +)
        answered = summary.handoffs["completed"] ?? 0
        unanswered = total - answered
        // Calls whose outcome is a person (hand-off, or the voicemail after one) but with no dial.
        let wantedPerson = (summary.outcomes[CallOutcome.handoff.rawValue] ?? 0) + (summary.outcomes[CallOutcome.voicemail.rawValue] ?? 0)
        askedWithoutAgent = max(0, wantedPerson - total)
    }

    /// Calls that ended without a person: neither put through nor asking for one.
    func withoutPerson(calls: Int) -> Int { max(0, calls - total - askedWithoutAgent) }
}
