/// Finding hospitals by what a caller called them.
///
/// Rules, in order:
/// 1. Each word the caller said becomes a term: the word itself, or near spellings and
///    sound-alikes when the list does not have it, or a split/joined form ("cloud nine" and
///    "cloudnine" are the same term).
/// 2. Terms are distinctive ("manipal", "sarjapur") or generic ("hospital", "eye").
///    A hospital answers only if every distinctive term is in its name, aliases or places, and
///    at least one is in its name or aliases: an address alone never makes a match.
/// 3. A word the list does not know at all may be ignored only when two or more other
///    distinctive words matched; otherwise nothing matches. So "Apollo Sarjapur" in a list
///    without Apollo is not found, however well "Sarjapur" matches.
/// 4. Order: exact whole name, then exact words in name and places, then fuzzy; within a tier by
///    score (rarer words weigh more, names more than places), then by list order.
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

    func find(_ query: HospitalQuery) -> HospitalSearchResult {
        let terms = self.terms(for: query.words)
        let areaTerms = self.terms(for: query.area)
        let distinctive = terms.filter { $0.known && !$0.generic }
        let unknown = terms.filter { !$0.known && !$0.generic }
        guard !distinctive.isEmpty, areaTerms.allSatisfy(\.known) else {
            return HospitalSearchResult(matches: [], nearMisses: [], unknownWords: unknown.map(\.said))
        }
        let ranges = query.cities.isEmpty ? [0..<count] : query.cities.map { city($0).hospitals }
        let seed = distinctive.min { postingCount($0, in: ranges) < postingCount($1, in: ranges) }!

        var matches: [HospitalMatch] = []
        var nearMisses: [HospitalMatch] = []
        // Near misses come from the name side: hospitals carrying the caller's brand word.
        let brandSeed = distinctive.min { namePostingCount($0, in: ranges) < namePostingCount($1, in: ranges) }!
        var candidates = self.candidates(of: seed, in: ranges, names: true, places: true)
        if brandSeed.said != seed.said {
            candidates.formUnion(self.candidates(of: brandSeed, in: ranges, names: true, places: false))
        }
        for hospital in candidates.sorted() {
            guard let scored = score(Int(hospital), terms: terms, areaTerms: areaTerms) else { continue }
            let matchedDistinctive = scored.match.evidence.filter { evidence in
                distinctive.contains { $0.said == evidence.said }
            }
            let namedByName = matchedDistinctive.contains { $0.field != .place }
            let allDistinctive = matchedDistinctive.count == distinctive.count
            let unknownAllowed = unknown.isEmpty || (matchedDistinctive.count >= 2 && unknown.count < matchedDistinctive.count)
            if namedByName && allDistinctive && unknownAllowed && scored.areaMatched {
                matches.append(scored.match)
            } else if namedByName {
                nearMisses.append(scored.match)
            }
        }
        matches.sort(by: Self.ranking)
        nearMisses.sort(by: Self.ranking)
        return HospitalSearchResult(matches: matches, nearMisses: nearMisses, unknownWords: unknown.map(\.said))
    }

    static func ranking(_ a: HospitalMatch, _ b: HospitalMatch) -> Bool {
        if a.tier != b.tier { return a.tier < b.tier }
        if abs(a.score - b.score) > 1e-9 { return a.score > b.score }
        return a.hospital < b.hospital
    }

    /// Turns said words into terms, joining and splitting compounds.
    func terms(for words: [String]) -> [Term] {
        var terms: [Term] = []
        var index = 0
        while index < words.count {
            let word = words[index]
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
            if alternatives.first?.kind != .exact, word.utf8.count >= 6 {
                alternatives.append(contentsOf: splits(of: word))
            }
            terms.append(makeTerm(said: word, alternatives))
            index += 1
        }
        return terms
    }

    /// "cloudnine" → "cloud" + "nine" when both are words of the list.
    private func splits(of word: String) -> [Term.Alternative] {
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

    private func makeTerm(said: String, _ alternatives: [Term.Alternative]) -> Term {
        let weights = alternatives.map { alternative in
            alternative.words.map(weight(of:)).reduce(0, +) / Double(max(alternative.words.count, 1))
        }
        let commonWord = alternatives.first.map { alternative in
            alternative.words.allSatisfy { Double(documentFrequency[Int($0)]) > Double(count) * 0.2 }
        } ?? false
        let generic = TextNormalizer.genericWords.contains(said) || commonWord
            || alternatives.first.map { $0.words.allSatisfy { TextNormalizer.genericWords.contains(vocabulary.words[Int($0)]) } } ?? false
        return Term(said: said, alternatives: alternatives, generic: generic, weight: weights.max() ?? 0)
    }

    private struct Scored {
        let match: HospitalMatch
        let areaMatched: Bool
    }

    /// Scores one hospital against the terms; `nil` when no term matches it at all.
    private func score(_ hospital: Int, terms: [Term], areaTerms: [Term]) -> Scored? {
        let name = nameWords[hospital], alias = aliasWords[hospital], place = placeWords[hospital]
        var evidence: [HospitalMatch.Evidence] = []
        var score = 0.0
        var allExact = true
        var allInName = true
        for term in terms {
            var best: (value: Double, evidence: HospitalMatch.Evidence)?
            for alternative in term.alternatives {
                let field: HospitalMatch.Evidence.Field
                let fieldWeight: Double
                if alternative.words.allSatisfy(name.contains) {
                    field = .name; fieldWeight = 1
                } else if alternative.words.allSatisfy({ name.contains($0) || alias.contains($0) }) {
                    field = .alias; fieldWeight = 0.9
                } else if alternative.words.allSatisfy({ name.contains($0) || alias.contains($0) || place.contains($0) }) {
                    field = .place; fieldWeight = 0.75
                } else {
                    continue
                }
                let value = term.weight * alternative.quality * fieldWeight
                if best == nil || value > best!.value {
                    let matched = alternative.words.map { vocabulary.words[Int($0)] }
                    best = (value, .init(said: term.said, matched: matched, field: field, kind: alternative.kind))
                }
            }
            guard let best else {
                if !term.generic { allExact = false; allInName = false }
                continue
            }
            score += term.generic ? best.value * 0.3 : best.value
            evidence.append(best.evidence)
            if best.evidence.kind != .exact { allExact = false }
            if best.evidence.field != .name { allInName = false }
        }
        guard !evidence.isEmpty else { return nil }
        var areaMatched = true
        for term in areaTerms {
            let found = term.alternatives.contains { alternative in
                alternative.words.allSatisfy { place.contains($0) || name.contains($0) || alias.contains($0) }
            }
            if found { score += term.weight * 0.5 } else { areaMatched = false }
        }
        let tier: HospitalMatch.Tier
        if allExact && allInName && saidWholeName(hospital, evidence: evidence) {
            tier = .exactName
        } else if allExact {
            tier = .nameAndPlace
        } else {
            tier = .fuzzy
        }
        return Scored(match: HospitalMatch(hospital: hospital, tier: tier, score: score, evidence: evidence), areaMatched: areaMatched)
    }

    /// True when every distinctive word of the hospital's name was said.
    private func saidWholeName(_ hospital: Int, evidence: [HospitalMatch.Evidence]) -> Bool {
        let said = Set(evidence.flatMap(\.matched))
        return nameWords[hospital].allSatisfy { word in
            let text = vocabulary.words[Int(word)]
            return said.contains(text) || TextNormalizer.genericWords.contains(text)
        }
    }

    private func postingCount(_ term: Term, in ranges: [Range<Int>]) -> Int {
        term.alternatives.reduce(0) { total, alternative in
            total + (alternative.words.map { word in
                ranges.reduce(0) { $0 + Self.count(namePostings[Int(word)], in: $1) + Self.count(placePostings[Int(word)], in: $1) }
            }.min() ?? 0)
        }
    }

    private func namePostingCount(_ term: Term, in ranges: [Range<Int>]) -> Int {
        term.alternatives.reduce(0) { total, alternative in
            total + (alternative.words.map { word in
                ranges.reduce(0) { $0 + Self.count(namePostings[Int(word)], in: $1) }
            }.min() ?? 0)
        }
    }

    /// Hospitals in `ranges` that carry any alternative of the term (its rarest word).
    private func candidates(of term: Term, in ranges: [Range<Int>], names: Bool, places: Bool) -> Set<UInt32> {
        var result = Set<UInt32>()
        for alternative in term.alternatives {
            guard let rarest = alternative.words.min(by: { documentFrequency[Int($0)] < documentFrequency[Int($1)] }) else { continue }
            for range in ranges {
                if names { Self.collect(namePostings[Int(rarest)], in: range, into: &result) }
                if places { Self.collect(placePostings[Int(rarest)], in: range, into: &result) }
            }
        }
        return result
    }

    static func lowerBound(_ postings: [UInt32], _ value: Int) -> Int {
        var low = 0, high = postings.count
        while low < high {
            let mid = (low + high) / 2
            if Int(postings[mid]) < value { low = mid + 1 } else { high = mid }
        }
        return low
    }

    static func count(_ postings: [UInt32], in range: Range<Int>) -> Int {
        if range.lowerBound == 0 && range.upperBound >= Int(postings.last ?? 0) + 1 { return postings.count }
        return lowerBound(postings, range.upperBound) - lowerBound(postings, range.lowerBound)
    }

    static func collect(_ postings: [UInt32], in range: Range<Int>, into result: inout Set<UInt32>) {
        var index = lowerBound(postings, range.lowerBound)
        while index < postings.count, Int(postings[index]) < range.upperBound {
            result.insert(postings[index])
            index += 1
        }
    }
}
