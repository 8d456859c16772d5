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

    /// True when one clause names a part of the body and what has just happened to it ("his leg
    /// is crushed", "lips have swollen up and her throat is tight", "गर्दन अकड़ गई है"), and does
    /// not say it has long been so ("her throat keeps swelling up"): an injury or an attack now.
    func describesInjury(_ tokens: [String]) -> Bool {
        clauses(of: tokens.count).contains { range in
            let clause = Array(tokens[range])
            return clause.contains(where: Self.bodyParts.contains) && Self.injuries.matches(clause) && !Self.longStanding.matches(clause)
                && !Self.longAgo.matches(clause)
        }
    }

    static let bodyParts = Set(Lexicon.words(.bodyParts).flatMap { heard($0) })
    static let injuries = PhraseSet(Lexicon.words(.injuries).map { tokens(of: $0).joined(separator: " ") })
    static let longStanding = PhraseSet(Lexicon.words(.longStanding).map { tokens(of: $0).joined(separator: " ") })

    /// The clauses of an utterance of `count` tokens, between the pauses the recogniser wrote.
    func clauses(of count: Int) -> [Range<Int>] {
        let starts = [0] + breaks.filter { $0 > 0 && $0 < count }.sorted()
        return zip(starts, starts.dropFirst() + [count]).map { $0..<$1 }
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

    /// Said as something long past ("had a stroke some time back and now needs physiotherapy",
    /// "पिछले साल हार्ट अटैक आया था"): history, not an emergency now. True when every clause that
    /// names an emergency also says it was long ago; "collapsed ten minutes ago" is still one.
    func emergencyIsHistory(_ tokens: [String]) -> Bool {
        guard let emergencies = Self.phraseLists[.emergency] else { return false }
        var start = 0
        var found = false
        while start < tokens.count, let match = emergencies.firstMatch(in: Array(tokens[start...])) {
            let at = start + match.lowerBound
            let clauseStart = breaks.filter { $0 <= at }.max() ?? 0
            let clauseEnd = breaks.filter { $0 > at }.min() ?? tokens.count
            guard Self.longAgo.matches(Array(tokens[clauseStart..<clauseEnd])) else { return false }
            found = true
            start += match.upperBound
        }
        return found
    }

    /// The tokens without the clauses that say they tell of long ago.
    func clausesNotLongAgo(_ tokens: [String]) -> [String] {
        clauses(of: tokens.count).flatMap { range in
            let clause = Array(tokens[range])
            return Self.longAgo.matches(clause) ? [] : clause
        }
    }

    static let longAgo = PhraseSet(
        Lexicon.longAgo + LanguageRegistry.all.flatMap { profile in profile.longAgo.map { tokens(of: $0, in: profile.language).joined(separator: " ") } })
}
