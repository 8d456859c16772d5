import HospitalSearch

/// What the caller takes back in the same breath: "the one in Brookefield, not Jayanagar",
/// "Kalyan Nagar in Bangalore, not the Mumbai one", "वर्सोवा नहीं, दादर".
extension Interpreter {
    /// Words that take back what they stand next to: English puts them before ("not Jayanagar"),
    /// others after ("Versova nahi").
    static let takenBackBefore = Set(Lexicon.words(.takenBackBefore))
    static let takenBackAfter = Set(Lexicon.words(.takenBackAfter))
    /// Words between "not" and what it takes back: "not the Mumbai one", "not in Pune".
    static let takenBackFiller = Set(Lexicon.words(.takenBackFiller))

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
}
