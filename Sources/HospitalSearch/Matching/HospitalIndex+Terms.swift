/// Turning the caller's words into terms: each said word (or two, joined) with the list words
/// it may stand for — itself, near spellings, sound-alikes, split or joined compounds.
extension HospitalIndex {
    /// One said word (or two, joined) and the list words it can stand for.
    struct Term {
        /// Each alternative is a set of list words that must all be present.
        struct Alternative {
            let words: [UInt32]
            let quality: Double
            let kind: Vocabulary.MatchKind
        }

        let said: String
        let alternatives: [Alternative]
        let generic: Bool
        let weight: Double

        var known: Bool { !alternatives.isEmpty }
    }

    /// Turns said words into terms, joining and splitting compounds.
    /// - Parameter hearing: for words that are ICU's Latin for names said in another script (a guess
    ///   at the spelling), the other spellings they may stand for (``HospitalQuery/Hearing``).
    func terms(for words: [String], spellingVariants: Bool = false, hearing: HospitalQuery.Hearing = .asSpelt) -> [Term] {
        let heardAsSaid = hearing == .consonants
        var terms: [Term] = []
        var index = 0
        while index < words.count {
            let word = words[index]
            // "क्लाउड नाइन" → "klaud nain" → Cloudnine: two heard words that are one listed word.
            if heardAsSaid, index + 1 < words.count, vocabulary.id(of: word + words[index + 1]) == nil,
                vocabulary.id(of: word) == nil, vocabulary.id(of: words[index + 1]) == nil
            {
                let joined = vocabulary.heardAlikes(of: word + words[index + 1])
                if !joined.isEmpty {
                    terms.append(makeTerm(said: word + words[index + 1], joined.map { Term.Alternative(words: [$0.word], quality: $0.quality, kind: $0.kind) }))
                    index += 2
                    continue
                }
            }
            if index + 1 < words.count, let joined = vocabulary.id(of: word + words[index + 1]) {
                var alternatives = [Term.Alternative(words: [joined], quality: 1, kind: .exact)]
                if let first = vocabulary.id(of: word), let second = vocabulary.id(of: words[index + 1]) {
                    alternatives.append(.init(words: [first, second], quality: 1, kind: .exact))
                }
                terms.append(makeTerm(said: word + words[index + 1], alternatives))
                index += 2
                continue
            }
            var alternatives = vocabulary.expansions(of: word).map {
                Term.Alternative(words: [$0.word], quality: $0.quality, kind: $0.kind)
            }
            if spellingVariants, alternatives.first?.kind == .exact, word.utf8.count >= 8 {
                alternatives += vocabulary.spellingVariants(of: word).map { Term.Alternative(words: [$0.word], quality: $0.quality, kind: $0.kind) }
            }
            // Split too when the word is listed only in addresses: "Moolchand" (a station in an
            // address) is the hospital listed as "Mool Chand".
            if alternatives.first?.kind != .exact || !isNameWord(word), word.utf8.count >= 6 {
                alternatives.append(contentsOf: splits(of: word))
            }
            if hearing != .asSpelt {
                let known = Set(alternatives.flatMap(\.words))
                let heard = vocabulary.heardSpellings(of: word) + (heardAsSaid ? vocabulary.heardAlikes(of: word) : [])
                var added = Set<UInt32>()
                alternatives += heard.filter { !known.contains($0.word) && added.insert($0.word).inserted }.map {
                    Term.Alternative(words: [$0.word], quality: $0.quality, kind: $0.kind)
                }
            }
            terms.append(makeTerm(said: word, alternatives))
            index += 1
        }
        return terms
    }

    /// "cloudnine" → "cloud" + "nine" when both are words of the list.
    func splits(of word: String) -> [Term.Alternative] {
        let characters = Array(word)
        guard characters.count >= 6 else { return [] }
        var result: [Term.Alternative] = []
        for cut in 3...(characters.count - 3) {
            if let left = vocabulary.id(of: String(characters[..<cut])), let right = vocabulary.id(of: String(characters[cut...])) {
                result.append(.init(words: [left, right], quality: 0.95, kind: .exact))
            }
        }
        return result
    }

    func makeTerm(said: String, _ alternatives: [Term.Alternative]) -> Term {
        let weights = alternatives.map { alternative in
            alternative.words.map(weight(of:)).reduce(0, +) / Double(max(alternative.words.count, 1))
        }
        // A word that could be a generic word ("hosaital" → "hospital") is treated as one: a
        // mis-heard "hospital" must never pick out every hospital of a city.
        let generic =
            TextNormalizer.genericWords.contains(said)
            || alternatives.contains { alternative in
                alternative.words.allSatisfy { word in
                    TextNormalizer.genericWords.contains(vocabulary.words[Int(word)]) || isCommon(word)
                }
            }
        return Term(said: said, alternatives: alternatives, generic: generic, weight: weights.max() ?? 0)
    }

    /// A word in more than a fifth of a sizeable list says little about which hospital is meant
    /// (in a list of three, every word is in a third of it, and still names its hospital).
    func isCommon(_ word: UInt32) -> Bool {
        count >= 100 && Double(documentFrequency[Int(word)]) > Double(count) * 0.2
    }
}
