import HospitalSearch

/// What the caller takes back in the same breath: "the one in Brookefield, not Jayanagar",
/// "Kalyan Nagar in Bangalore, not the Mumbai one", "वर्सोवा नहीं, दादर" — and an emergency
/// denied ("emergency nahi hai, bas pooch raha hoon").
extension Interpreter {
    /// Words that take back what they stand next to: English puts them before ("not Jayanagar"),
    /// Hindi after ("Versova nahi").
    static let takenBackBefore: Set<String> = ["not"]
    static let takenBackAfter: Set<String> = ["nahi", "nahin"]
    /// Words between "not" and what it takes back: "not the Mumbai one", "not in Pune".
    static let takenBackFiller: Set<String> = ["the", "in", "at", "near", "from", "that"]

    /// Positions of the places or names taken back, when something else is left to mean; empty
    /// when the take-back is all there is ("not Pune" alone answers a question, see the policy).
    func takenBack(in tokens: [String]) -> [Int] {
        var taken: [Int] = []
        for (index, token) in tokens.enumerated() {
            if Self.takenBackBefore.contains(token) {
                var position = index + 1
                while position < tokens.count, Self.takenBackFiller.contains(tokens[position]) { position += 1 }
                var run: [Int] = []
                while position < tokens.count, run.count < 3, namesSomething(tokens[position]) {
                    run.append(position)
                    position += 1
                }
                if !run.isEmpty, position < tokens.count, tokens[position] == "one" { run.append(position) }
                taken += run
            } else if Self.takenBackAfter.contains(token), index + 1 < tokens.count {
                // "Versova nahi, Dadar": only a correction, with something named after it.
                guard tokens[(index + 1)...].contains(where: namesSomething) else { continue }
                var position = index - 1
                var run: [Int] = []
                while position >= 0, run.count < 3, namesSomething(tokens[position]) {
                    run.append(position)
                    position -= 1
                }
                taken += run
            }
        }
        guard !taken.isEmpty else { return [] }
        let left = tokens.indices.filter { !taken.contains($0) && namesSomething(tokens[$0]) }
        return left.isEmpty ? [] : taken.sorted()
    }

    /// A word that could name a place or a hospital: not a word of requests, not ordinary.
    private func namesSomething(_ word: String) -> Bool {
        guard !Self.requestWords.contains(word), !TextNormalizer.stopWords.contains(word), !Self.filler.contains(word), Int(word) == nil
        else { return false }
        if !directory.placeMentions(in: [word]).isEmpty || isAreaWord(word) { return true }
        return !Self.commonWords.contains(word) && directory.nameLink(for: word).evidence >= .spelt
    }

    /// Signs of an emergency in every language, as they reach the rules.
    static let emergencySigns = PhraseSet(
        Lexicon.emergencySigns + LanguageRegistry.all.flatMap { $0.emergencySigns.map { tokens(of: $0).joined(separator: " ") } })

    /// True when two different signs of an emergency are described ("boiling water … skin peeling").
    static func describesEmergency(_ tokens: [String]) -> Bool {
        var found: Set<String> = []
        var start = 0
        while start < tokens.count, let match = emergencySigns.firstMatch(in: Array(tokens[start...])) {
            found.insert(tokens[(start + match.lowerBound)..<(start + match.upperBound)].joined(separator: " "))
            start += match.upperBound
        }
        return found.count >= 2
    }

    /// True when every emergency the utterance names is denied: "no emergency", "not an
    /// emergency", "emergency nahi hai", "koi emergency nahi".
    static func deniesEmergency(_ tokens: [String]) -> Bool {
        // Only the word itself is denied this way: "koi jawab nahi de rahi" (no answer at all) is one.
        guard let found = tokens.firstIndex(where: { $0 == "emergency" }).map({ $0..<($0 + 1) }) else { return false }
        let before = tokens[max(0, found.lowerBound - 2)..<found.lowerBound]
        let after = tokens[found.upperBound..<min(tokens.count, found.upperBound + 2)]
        return before.contains { ["no", "not", "koi", "nothing"].contains($0) } || after.contains { takenBackAfter.contains($0) }
    }
}
