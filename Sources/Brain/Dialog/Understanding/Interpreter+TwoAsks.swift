import HospitalSearch

/// Two questions in one breath: "one hospital in Pune and one in Kolkata", "how many in Pune and
/// how many in Mumbai", "is Jehangir covered, and how many hospitals in Mumbai", "Apollo Gleneagles
/// Kolkata network mein hai kya, aur Peerless bhi".
///
/// The utterance is cut at a word that joins clauses (``Lexicon/clauseJoiners``); each side is
/// understood alone, and the second keeps from the first what it leaves unsaid (a frame: "one in
/// Kolkata" is a listing like the first, "and Peerless" a question in the first's place). A cut
/// counts only when each side asks on its own, so "Mother and Child Hospital" stays one name.
extension Interpreter {
    /// True when the name has words on both sides of a joining word: "Institute for Orthopaedics
    /// and Rehabilitation" is one name, "Woodland Hospital …, and is Ruby General …" two asks.
    private func nameRunsAcrossAJoiner(_ name: [String], in tokens: [String]) -> Bool {
        tokens.indices.contains { cut in
            Lexicon.clauseJoiners.contains(tokens[cut]) && tokens[..<cut].contains(where: name.contains)
                && tokens[(cut + 1)...].contains(where: name.contains)
        }
    }

    func twoAsks(in tokens: [String], heardIn: Script) -> Understanding? {
        guard tokens.contains(where: Lexicon.clauseJoiners.contains) else { return nil }
        // A name with "and" in it that the list has whole ("Institute for Orthopaedics and
        // Rehabilitation") is one question.
        let whole = understand(tokens: tokens, heardIn: heardIn).understanding
        if whole.intent == .confirm, !whole.name.isEmpty,
            case .notFound = directory.confirm(whole.name, in: whole.place, heardIn: heardIn)
        {
        } else if whole.intent == .confirm, nameRunsAcrossAJoiner(whole.name, in: tokens) {
            return nil
        }
        for cut in tokens.indices where Lexicon.clauseJoiners.contains(tokens[cut]) && cut > 0 && cut + 1 < tokens.count {
            var rightStart = cut + 1
            while rightStart < tokens.count, Lexicon.clauseJoiners.contains(tokens[rightStart]) { rightStart += 1 }
            guard rightStart < tokens.count else { continue }
            var leftReading = self, rightReading = self
            leftReading.breaks = breaks.filter { $0 < cut }
            rightReading.breaks = Set(breaks.filter { $0 > rightStart }.map { $0 - rightStart })
            leftReading.writtenInLatin = writtenInLatin.filter { $0 < cut }
            rightReading.writtenInLatin = Set(writtenInLatin.filter { $0 >= rightStart }.map { $0 - rightStart })
            let (left, leftClues) = leftReading.understand(tokens: Array(tokens[..<cut]), heardIn: heardIn)
            let (right, rightClues) = rightReading.understand(tokens: Array(tokens[rightStart...]), heardIn: heardIn)
            // "Janak Puri और Bommasandra में कितने", "both Jamuna Bazar and Bengaluru, how many": two
            // places sharing one question, asked of each.
            // "नोएडा में एक और फरीदाबाद में एक": two places, each with a count, are a listing of each.
            // A number said last on a side ("… mein ek") is how many of that place's hospitals.
            let leftCount = left.count ?? Self.trailingNumber(tokens[..<cut])
            let rightCount = right.count ?? Self.trailingNumber(tokens[rightStart...])
            if left.intent == .placeOnly, right.intent == .placeOnly, let place = left.place, let other = right.place, other != place,
                leftCount != nil || rightCount != nil
            {
                var first = left, second = right
                first.intent = .list
                first.count = leftCount ?? rightCount
                second.intent = .list
                second.count = rightCount ?? leftCount
                first.also = [second]
                return first
            }
            if left.intent == .placeOnly, let place = left.place, [.list, .count].contains(right.intent), let other = right.place, other != place {
                var first = right
                first.place = place
                first.also = [right]
                return first
            }
            guard Self.asking.contains(left.intent), let second = Self.following(right, rightClues, after: left, leftClues) else { continue }
            var first = left
            first.also = [second]
            return first
        }
        return nil
    }

    static func trailingNumber(_ tokens: ArraySlice<String>) -> Int? {
        guard let last = tokens.last else { return nil }
        return Int(last) ?? Lexicon.numbers[last]
    }

    /// What the network is asked on each side of a cut.
    static let asking: Set<Understanding.Intent> = [.list, .count, .confirm]

    /// The second side as a question of its own, with what it leaves unsaid taken from the first;
    /// nil when it asks nothing of its own (then there was no second question).
    private static func following(_ right: Understanding, _ rightClues: Clues, after left: Understanding, _ leftClues: Clues) -> Understanding? {
        var second = right
        let ownAsk = rightClues.asksSomething || rightClues.asksAboutNetwork || rightClues.count != nil
        switch right.intent {
        case .list, .count, .confirm:
            // "… and how many in Mumbai": a question of its own, about its own place or name.
            guard ownAsk || right.place != left.place, right.place != nil || !right.name.isEmpty else { return nil }
            guard leftClues.asksSomething || leftClues.asksAboutNetwork || left.place != right.place else { return nil }
        case .placeOnly:
            // "… and one in Kolkata": the first question, for another place.
            guard let place = right.place, place != left.place, left.intent != .confirm else { return nil }
            second.intent = left.intent
            second.count = right.count ?? left.count
        default:
            return nil
        }
        // "… and Peerless too": a name asked about where the first was.
        if second.intent == .confirm, second.place == nil { second.place = left.place }
        if second.intent == .list, right.intent == .list, second.count == nil { second.count = left.count }
        return second
    }
}
