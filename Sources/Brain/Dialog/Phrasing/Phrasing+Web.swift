import Shared

/// Decisions put into the JSON of `POST /converse`: the sentences as they would be spoken, and
/// the hospitals named, as cards.
extension Phrasing {
    static func webReply(_ decisions: [DialogDecision], session: WebSessionID, humanAgentNumber: String?) -> ConverseReply {
        let speech = decisions.flatMap { sentences(for: $0) }.joined(separator: " ")
        let items = decisions.flatMap { $0.acts.flatMap(hospitals(in:)) }.map(NetworkSearch.item)
        let last = decisions.last
        var handoff: ConverseReply.Handoff?
        if last?.action == .transferToAgent {
            let language = last?.language ?? .english
            handoff = ConverseReply.Handoff(number: humanAgentNumber, message: language.phraseBook.callAPerson(at: humanAgentNumber))
        }
        return ConverseReply(
            sessionID: session.value, speech: speech, ended: last.map { $0.action != .listen } ?? false, items: items,
            language: (last?.language ?? .english).rawValue, handoff: handoff)
    }
}
