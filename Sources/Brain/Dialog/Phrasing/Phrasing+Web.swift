import Shared

/// Decisions put into the JSON of `POST /converse`: the sentences as they would be spoken, and
/// the hospitals named, as cards.
extension Phrasing {
    static func webReply(_ decisions: [DialogDecision], session: WebSessionID, humanAgentNumber: String?) -> ConverseReply {
        var speech = decisions.flatMap(webSentences).joined(separator: " ")
        let items = decisions.flatMap { $0.acts.flatMap(hospitals(in:)) }.map(NetworkSearch.item)
        let last = decisions.last
        var handoff: ConverseReply.Handoff?
        if last?.action == .transferToAgent {
            let language = last?.language ?? .english
            handoff = ConverseReply.Handoff(number: humanAgentNumber, message: language.phraseBook.callAPerson(at: humanAgentNumber))
            // "Let me talk to a person": the answer is how to reach one.
            if speech.isEmpty, let handoff { speech = handoff.message }
        }
        var reply = ConverseReply(
            sessionID: session.value, speech: speech, ended: last.map { $0.action != .listen } ?? false, items: items,
            language: (last?.language ?? .english).rawValue, handoff: handoff)
        // An emergency answer names 112 and 108: the page makes them one tap away.
        if decisions.contains(where: { $0.acts.contains { if case .emergency = $0 { return true } else { return false } } }) { reply.emergency = true }
        return reply
    }

    /// A decision's words on the page: nobody called, so no "thank you for calling"; nobody is
    /// transferred, so no "I'm connecting you" (the page shows how to reach a person instead).
    static func webSentences(for decision: DialogDecision) -> [String] {
        let book = decision.language.phraseBook
        var sentences = decision.acts.flatMap { act -> [String] in
            switch act {
            case .goodbye: return [book.webGoodbye]
            case .outOfScope: return [book.webCannotHelp]
            case .connectingToAgent: return []
            default: return Self.sentences(for: act, in: decision.language)
            }
        }
        if let question = question(for: decision.prompt, in: decision.language) { sentences.append(question) }
        return sentences
    }
}
