import Shared

/// How many hospitals the caller asks for, and which one of a list they point at.
extension Interpreter {
    /// "five hospitals", "tell me 3", "a few hospitals".
    func count(in tokens: [String]) -> (value: Int, position: Int)? {
        for (index, token) in tokens.enumerated() {
            guard let value = Int(token) ?? Self.numberWords[token], (1...50).contains(value) else { continue }
            // A number word that is also another language's word ("do", two) counts only before
            // what is counted ("do hospital", "do ke naam"): "do you have…" is not a number.
            let next = Array(tokens[(index + 1)..<min(tokens.count, index + 3)])
            if Self.ambiguousNumbers.contains(token), !Self.countsSomething(next) { continue }
            let following = tokens[(index + 1)..<min(tokens.count, index + 4)]
            let before = index > 0 ? tokens[index - 1] : ""
            // "four of them", "chaar ke naam", "do teen aur": a count of hospitals, named or more.
            if following.contains(where: Self.countFollowers.contains) || Self.countLeaders.contains(before) {
                return (value, index)
            }
        }
        return nil
    }

    /// "the second one" → 2, "the last one" → -1, "number two" → 2.
    func ordinal(in tokens: [String]) -> Int? {
        for (index, token) in tokens.enumerated() {
            if let value = Self.ordinalWords[token], value != 0 { return value }
            if token == "number", index + 1 < tokens.count, let value = Int(tokens[index + 1]) ?? Self.numberWords[tokens[index + 1]] {
                return value
            }
        }
        // "any one of them", "kisi ek ka": the first named.
        for (index, token) in tokens.enumerated() where Self.anyOf.contains(token) && index + 1 < tokens.count {
            if Self.oneWords.contains(tokens[index + 1]) { return 1 }
        }
        // "it", "that one", "uska" (its): the hospital just named.
        if tokens.contains(where: Self.thatOne.contains) || (tokens.contains("that") && tokens.contains("one")) {
            return 0
        }
        return nil
    }

    /// True when the words after a number say what it counts: a hospital, names ("naam"), or
    /// a genitive and then one of them ("ke naam").
    private static func countsSomething(_ next: [String]) -> Bool {
        guard let first = next.first else { return false }
        if countedNouns.contains(first) { return true }
        return next.count == 2 && genitives.contains(first) && countedNouns.contains(next[1])
    }

    private static let ambiguousNumbers = Set(Lexicon.words(.ambiguousNumbers))
    private static let countedNouns = Set(Lexicon.words(.countedNouns))
    private static let countFollowers = Set(Lexicon.words(.countFollowers))
    private static let countLeaders = Set(Lexicon.words(.countLeaders))
    private static let anyOf = Set(Lexicon.words(.anyOf))
    private static let oneWords = Set(Lexicon.words(.oneWords))
    private static let thatOne = Set(Lexicon.words(.thatOne))
}
