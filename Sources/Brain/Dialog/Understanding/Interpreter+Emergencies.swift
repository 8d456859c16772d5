/// Emergencies described rather than named, and an emergency denied ("emergency nahi hai, bas
/// pooch raha hoon").
extension Interpreter {
    /// Signs of an emergency in every language, as they reach the rules.
    static let emergencySigns = PhraseSet(
        Lexicon.emergencySigns + LanguageRegistry.all.flatMap { profile in profile.emergencySigns.map { tokens(of: $0, in: profile.language).joined(separator: " ") } })

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
