/// Finding hospitals by what a caller called them.
///
/// Rules, in order:
/// 1. Each word the caller said becomes a term: the word itself, or near spellings and
///    sound-alikes when the list does not have it, or a split/joined form ("cloud nine" and
///    "cloudnine" are the same term).
/// 2. Terms are distinctive ("manipal", "sarjapur") or generic ("hospital", "eye").
///    A hospital answers only if every distinctive term is in its name, aliases or places, and
///    at least one is in its name or aliases: an address alone never makes a match.
/// 3. Words the list does not know at all may be ignored only when at least two, and at least
///    as many, distinctive words matched; otherwise nothing matches. So "Apollo Sarjapur" in a list
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
        let result = search(query, spellingVariants: false)
        // Lists misspell long place names ("Kormangla"); only when the words as said find nothing
        // are long words also tried against their misspellings.
        if result.matches.isEmpty, (query.words + query.area).contains(where: { $0.utf8.count >= 8 && vocabulary.id(of: $0) != nil }) {
            let retry = search(query, spellingVariants: true)
            if !retry.matches.isEmpty { return retry }
        }
        return result
    }

    private func search(_ query: HospitalQuery, spellingVariants: Bool) -> HospitalSearchResult {
        var terms = self.terms(for: query.words.filter { !TextNormalizer.legalWords.contains($0) }, spellingVariants: spellingVariants)
        // Hospitals named only with generic words, when the caller said exactly those words.
        let genericNamed = self.genericNamed(saying: terms)
        let areaTerms = self.terms(for: query.area, spellingVariants: spellingVariants)
        let nameOnly = !terms.contains(where: { $0.known && !$0.generic }) && terms.filter(\.known).count >= 2
        if nameOnly {
            // A name made only of generic words ("City Hospital", "Shree Hospital") is still a
            // name: then every one of its words must be there.
            terms = terms.map { $0.known ? Term(said: $0.said, alternatives: $0.alternatives, generic: false, weight: $0.weight) : $0 }
        }
        let distinctive = terms.filter { $0.known && !$0.generic }
        let unknown = terms.filter { !$0.known && !$0.generic }
        guard !distinctive.isEmpty, areaTerms.allSatisfy(\.known) else {
            return HospitalSearchResult(matches: [], nearMisses: [], unknownWords: unknown.map(\.said))
        }
        let ranges = query.cities.isEmpty ? [0..<count] : query.cities.map { city($0).hospitals }

        // Candidates must carry every distinctive and area term: start from the rarest term's
        // hospitals and keep those that have all the others (binary searches, nothing scanned).
        // A match also needs a distinctive term in its name, so when the terms' name postings
        // are fewer than the rarest term's postings, they are the smaller place to start.
        let required = distinctive + areaTerms
        let seed = required.min { postingCount($0, in: ranges) < postingCount($1, in: ranges) }!
        // Hospitals whose names are only generic words ("Eye Care Nursing Home") can match without
        // a distinctive word in their name when two generic words were said, so they join in then.
        let genericInRange = genericNamed.map(Int.init).filter { hospital in ranges.contains { $0.contains(hospital) } }
        let namedCount = distinctive.reduce(0) { $0 + namePostingCount($1, in: ranges) }
        let useNames = nameOnly || namedCount < postingCount(seed, in: ranges) || !genericInRange.isEmpty
        let candidates: [Int]
        if nameOnly {
            candidates = genericInRange
        } else if useNames {
            var named: [Int] = genericInRange
            for term in distinctive { named += hospitals(carrying: term, in: ranges, namesOnly: true) }
            candidates = named.count > 1 && (distinctive.count > 1 || !genericInRange.isEmpty) ? Array(Set(named)).sorted() : named
        } else {
            candidates = hospitals(carrying: seed, in: ranges)
        }
        var scoredMatches: [Scored] = []
        let plan = ScoringPlan(terms)
        var scratch: [UInt32] = []
        scratch.reserveCapacity(16)
        // The term the candidates were drawn from needs no second check.
        let seededBy = useNames ? (distinctive.count == 1 && areaTerms.isEmpty && genericInRange.isEmpty ? seed.said : nil) : seed.said
        // Beyond `scoringLimit` matches (a very common brand in a very large city), the rest are
        // only checked, not scored: they follow the ranked ones in list order.
        var unranked: [Int] = []
        for hospital in candidates {
            guard required.allSatisfy({ $0.said == seededBy || carries(hospital, $0) }) else { continue }
            if scoredMatches.count >= Self.scoringLimit, unknown.isEmpty, !nameOnly {
                if distinctive.contains(where: { carriesInName(hospital, $0) }) { unranked.append(hospital) }
                continue
            }
            guard let scored = score(hospital, plan: plan, areaTerms: areaTerms, matched: &scratch) else { continue }
            if isMatch(scored, distinctive: distinctive, unknown: unknown), !nameOnly || scored.distinctiveInName == distinctive.count {
                scoredMatches.append(scored)
            }
        }
        // "Narayana Nethralaya": when some matches have every word said, the others are not it.
        if let most = scoredMatches.map(\.genericMatched).max(), most > 0 {
            scoredMatches.removeAll { $0.genericMatched < most }
        }
        scoredMatches = Self.rankedFirst(scoredMatches, limit: Self.rankedResults)
        // Reasons are spelled out for the results anyone will hear or read.
        let matches = scoredMatches.enumerated().map { position, scored in
            HospitalMatch(hospital: scored.hospital, tier: scored.tier, score: scored.score,
                          evidence: position < Self.explainedResults ? evidence(for: scored.hospital, terms: terms) : [])
        } + unranked.map { HospitalMatch(hospital: $0, tier: .fuzzy, score: 0, evidence: []) }

        // Near misses (other branches of the brand) matter only when nothing matched.
        var nearMisses: [HospitalMatch] = []
        if matches.isEmpty {
            // The brand is the rarest said word that names some hospital here ("Fortis", not "Sarjapur").
            let named = distinctive.filter { namePostingCount($0, in: ranges) > 0 }
            let brand = named.min { namePostingCount($0, in: ranges) < namePostingCount($1, in: ranges) } ?? distinctive[0]
            var scored: [Scored] = []
            for hospital in self.hospitals(carrying: brand, in: ranges, namesOnly: true).prefix(Self.nearMissLimit) {
                if let candidate = score(hospital, plan: plan, areaTerms: areaTerms, matched: &scratch) { scored.append(candidate) }
            }
            nearMisses = scored.sorted(by: Self.ranking).map {
                HospitalMatch(hospital: $0.hospital, tier: $0.tier, score: $0.score, evidence: evidence(for: $0.hospital, terms: terms))
            }
        }
        return HospitalSearchResult(matches: matches, nearMisses: nearMisses, unknownWords: unknown.map(\.said))
    }

    /// Generic-only names ("Health Care & Research Centre") whose words are exactly the generic
    /// words said; a joined word ("healthcare") is tried both joined and split.
    private func genericNamed(saying terms: [Term]) -> [UInt32] {
        let choices = terms.filter { $0.known && $0.generic && !TextNormalizer.stopWords.contains($0.said) }.map { term in
            term.alternatives.filter { $0.kind == .exact && $0.words.allSatisfy { genericWord[Int($0)] } }.map(\.words)
        }
        guard choices.count >= 2, !choices.contains(where: \.isEmpty) else { return [] }
        var keys: [[UInt32]] = [[]]
        for options in choices {
            keys = keys.flatMap { key in options.map { key + $0 } }
            if keys.count > 8 { return [] }
        }
        var found = Set<UInt32>()
        for key in keys { found.formUnion(genericNames[Array(Set(key)).sorted()] ?? []) }
        return found.sorted()
    }

    /// How many matches are scored and ranked; more only happen for a brand with thousands of
    /// branches in one city, where the first thousand in list order are ranked.
    static let scoringLimit = 1000

    /// True when the hospital has the term in its name or aliases (not only its address).
    private func carriesInName(_ hospital: Int, _ term: Term) -> Bool {
        term.alternatives.contains { alternative in
            alternative.words.allSatisfy { Self.contains(namePostings[Int($0)], hospital) }
        }
    }

    /// How many other branches are looked at when nothing matched.
    static let nearMissLimit = 20
    /// How many results carry their reasons (``HospitalMatch/evidence``); the rest only rank.
    static let explainedResults = 20
    /// How many results are put in rank order; any beyond follow in list order. A caller hears
    /// at most a handful, and ranking ten thousand "Sai Hospital"s would cost more than the answer.
    static let rankedResults = 50

    /// The best `limit` in rank order, then the rest in list order (the input is in list order).
    private static func rankedFirst(_ scored: [Scored], limit: Int) -> [Scored] {
        guard scored.count > limit else { return scored.sorted(by: ranking) }
        var best: [Scored] = []
        best.reserveCapacity(limit + 1)
        for candidate in scored {
            if best.count == limit, let worst = best.last, !ranking(candidate, worst) { continue }
            let position = best.firstIndex { ranking(candidate, $0) } ?? best.count
            best.insert(candidate, at: position)
            if best.count > limit { best.removeLast() }
        }
        let chosen = Set(best.map(\.hospital))
        return best + scored.filter { !chosen.contains($0.hospital) }
    }

    private func isMatch(_ scored: Scored, distinctive: [Term], unknown: [Term]) -> Bool {
        let allDistinctive = scored.distinctiveMatched == distinctive.count
        let unknownAllowed = unknown.isEmpty || (scored.distinctiveMatched >= 2 && unknown.count <= scored.distinctiveMatched)
        return scored.namedByName && allDistinctive && unknownAllowed && scored.areaMatched
    }

    /// True when the hospital has every word of some alternative of the term (name, alias or place).
    func carries(_ hospital: Int, _ term: Term) -> Bool {
        term.alternatives.contains { alternative in
            alternative.words.allSatisfy { word in
                Self.contains(namePostings[Int(word)], hospital) || Self.contains(placePostings[Int(word)], hospital)
            }
        }
    }

    /// The hospitals in `ranges` carrying the term, ascending and without repeats.
    func hospitals(carrying term: Term, in ranges: [Range<Int>], namesOnly: Bool = false) -> [Int] {
        var result: [Int] = []
        for alternative in term.alternatives {
            guard let rarest = alternative.words.min(by: { documentFrequency[Int($0)] < documentFrequency[Int($1)] }) else { continue }
            for range in ranges {
                let names = Self.slice(namePostings[Int(rarest)], in: range)
                let places = namesOnly ? [][...] : Self.slice(placePostings[Int(rarest)], in: range)
                for hospital in Self.merged(names, places) {
                    let others = alternative.words.allSatisfy { word in
                        word == rarest || Self.contains(namePostings[Int(word)], hospital)
                            || (!namesOnly && Self.contains(placePostings[Int(word)], hospital))
                    }
                    if others { result.append(hospital) }
                }
            }
        }
        if term.alternatives.count > 1 || ranges.count > 1 {
            result.sort()
            var unique: [Int] = []
            unique.reserveCapacity(result.count)
            for hospital in result where unique.last != hospital { unique.append(hospital) }
            return unique
        }
        return result
    }

    /// Two ascending posting slices merged into one ascending list without repeats.
    private static func merged(_ a: ArraySlice<UInt32>, _ b: ArraySlice<UInt32>) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(a.count + b.count)
        var i = a.startIndex, j = b.startIndex
        while i < a.endIndex || j < b.endIndex {
            if j == b.endIndex || (i < a.endIndex && a[i] < b[j]) {
                result.append(Int(a[i])); i += 1
            } else if i == a.endIndex || b[j] < a[i] {
                result.append(Int(b[j])); j += 1
            } else {
                result.append(Int(a[i])); i += 1; j += 1
            }
        }
        return result
    }

    static func slice(_ postings: [UInt32], in range: Range<Int>) -> ArraySlice<UInt32> {
        postings[lowerBound(postings, range.lowerBound)..<lowerBound(postings, range.upperBound)]
    }

    static func contains(_ postings: [UInt32], _ hospital: Int) -> Bool {
        let index = lowerBound(postings, hospital)
        return index < postings.count && Int(postings[index]) == hospital
    }

    static func ranking(_ a: HospitalMatch, _ b: HospitalMatch) -> Bool {
        rank(a.tier, a.score, a.hospital, before: b.tier, b.score, b.hospital)
    }

    private static func ranking(_ a: Scored, _ b: Scored) -> Bool {
        rank(a.tier, a.score, a.hospital, before: b.tier, b.score, b.hospital)
    }

    /// Tier first, then score, then list order: deterministic and explainable.
    private static func rank(_ tierA: HospitalMatch.Tier, _ scoreA: Double, _ idA: Int,
                             before tierB: HospitalMatch.Tier, _ scoreB: Double, _ idB: Int) -> Bool {
        if tierA != tierB { return tierA < tierB }
        if abs(scoreA - scoreB) > 1e-9 { return scoreA > scoreB }
        return idA < idB
    }

    /// Turns said words into terms, joining and splitting compounds.
    func terms(for words: [String], spellingVariants: Bool = false) -> [Term] {
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
            if spellingVariants, alternatives.first?.kind == .exact, word.utf8.count >= 8 {
                alternatives += vocabulary.spellingVariants(of: word).map { Term.Alternative(words: [$0.word], quality: $0.quality, kind: $0.kind) }
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
        // A word that could be a generic word ("hosaital" → "hospital") is treated as one: a
        // mis-heard "hospital" must never pick out every hospital of a city.
        let generic = TextNormalizer.genericWords.contains(said) || alternatives.contains { alternative in
            alternative.words.allSatisfy { word in
                TextNormalizer.genericWords.contains(vocabulary.words[Int(word)]) || isCommon(word)
            }
        }
        return Term(said: said, alternatives: alternatives, generic: generic, weight: weights.max() ?? 0)
    }

    /// A candidate's standing, computed without allocating (it runs for every candidate).
    /// A word in more than a fifth of a sizeable list says little about which hospital is meant
    /// (in a list of three, every word is in a third of it, and still names its hospital).
    private func isCommon(_ word: UInt32) -> Bool {
        count >= 100 && Double(documentFrequency[Int(word)]) > Double(count) * 0.2
    }

    private struct Scored {
        let hospital: Int
        let tier: HospitalMatch.Tier
        let score: Double
        let areaMatched: Bool
        /// How many distinctive terms it carries, and whether one of them is in its name or aliases.
        let distinctiveMatched: Int
        /// True when a distinctive term is in its name or aliases, or, for a hospital whose name is
        /// nothing but generic words ("Eye Care Nursing Home"), when two or more of them were said.
        let namedByName: Bool
        /// How many distinctive terms it carries in its name or aliases (not only its address).
        let distinctiveInName: Int
        /// How many generic terms ("eye", "hospital") it carries: among matches, those carrying
        /// more of what the caller said are preferred.
        let genericMatched: Int
    }

    /// The terms flattened into plain arrays, so scoring a candidate touches no reference counts.
    struct ScoringPlan {
        struct Alternative {
            let quality: Double
            let exact: Bool
            let words: Range<Int>
        }

        let weights: [Double]
        let generic: [Bool]
        /// Term index → its alternatives in ``flatAlternatives``.
        let alternatives: [Range<Int>]
        let flatAlternatives: [Alternative]
        let words: [UInt32]

        init(_ terms: [Term]) {
            var words: [UInt32] = []
            var flat: [Alternative] = []
            var ranges: [Range<Int>] = []
            for term in terms {
                let start = flat.count
                for alternative in term.alternatives {
                    let first = words.count
                    words.append(contentsOf: alternative.words)
                    flat.append(Alternative(quality: alternative.quality, exact: alternative.kind == .exact, words: first..<words.count))
                }
                ranges.append(start..<flat.count)
            }
            weights = terms.map(\.weight)
            generic = terms.map(\.generic)
            alternatives = ranges
            flatAlternatives = flat
            self.words = words
        }
    }

    /// Scores one hospital against the terms; `nil` when no term matches it at all.
    /// `matched` is scratch space for the word ids matched (kept to avoid an allocation per call).
    private func score(_ hospital: Int, plan: ScoringPlan, areaTerms: [Term], matched: inout [UInt32]) -> Scored? {
        var score = 0.0
        var allExact = true, allInName = true, any = false, wholeName = true
        var distinctiveMatched = 0, namedByName = false, genericMatched = 0, distinctiveInName = 0, genericInName = 0
        nameWords.withList(hospital) { name in
            aliasWords.withList(hospital) { alias in
                placeWords.withList(hospital) { place in
                    plan.words.withUnsafeBufferPointer { words in
                    plan.flatAlternatives.withUnsafeBufferPointer { alternatives in
                    plan.weights.withUnsafeBufferPointer { weights in
                    plan.generic.withUnsafeBufferPointer { generic in
                    plan.alternatives.withUnsafeBufferPointer { termAlternatives in
                        // Name words matched so far, to tell whether the whole name was said.
                        var nameMatched: UInt64 = 0
                        for term in 0..<weights.count {
                            var bestValue = -1.0, bestField = 0, bestAlternative = -1
                            for index in termAlternatives[term] {
                                let alternative = alternatives[index]
                                // 1: all in the name, 2: name or aliases, 3: anywhere including places.
                                var field = 1
                                for position in alternative.words {
                                    let word = words[position]
                                    if name.contains(word) { continue }
                                    if alias.contains(word) { field = max(field, 2); continue }
                                    if place.contains(word) { field = 3; continue }
                                    field = 0
                                    break
                                }
                                guard field > 0 else { continue }
                                let value = weights[term] * alternative.quality * (field == 1 ? 1 : field == 2 ? 0.9 : 0.75)
                                if value > bestValue { bestValue = value; bestField = field; bestAlternative = index }
                            }
                            guard bestAlternative >= 0 else {
                                if !generic[term] { allExact = false; allInName = false }
                                continue
                            }
                            any = true
                            let alternative = alternatives[bestAlternative]
                            for position in alternative.words {
                                if let at = name.firstIndex(of: words[position]), at < 64 { nameMatched |= 1 << UInt64(at) }
                            }
                            score += generic[term] ? bestValue * 0.3 : bestValue
                            if !generic[term] {
                                distinctiveMatched += 1
                                if bestField != 3 { namedByName = true; distinctiveInName += 1 }
                            } else {
                                genericMatched += 1
                                if bestField != 3 { genericInName += 1 }
                            }
                            if !alternative.exact { allExact = false }
                            if bestField != 1 { allInName = false }
                        }
                        var allGeneric = true
                        for (at, word) in name.enumerated() where !genericWord[Int(word)] {
                            allGeneric = false
                            if at >= 64 || nameMatched & (1 << UInt64(at)) == 0 { wholeName = false }
                        }
                        if !namedByName, genericInName >= 2, allGeneric { namedByName = true }
                    }
                    }
                    }
                    }
                    }
                }
            }
        }
        guard any else { return nil }
        var areaMatched = true
        if !areaTerms.isEmpty {
            let name = nameWords[hospital], alias = aliasWords[hospital], place = placeWords[hospital]
            for term in areaTerms {
                let found = term.alternatives.contains { alternative in
                    alternative.words.allSatisfy { place.contains($0) || name.contains($0) || alias.contains($0) }
                }
                if found { score += term.weight * 0.5 } else { areaMatched = false }
            }
        }
        let tier: HospitalMatch.Tier = allExact ? (allInName && wholeName ? .exactName : .nameAndPlace) : .fuzzy
        return Scored(hospital: hospital, tier: tier, score: score, areaMatched: areaMatched,
                      distinctiveMatched: distinctiveMatched, namedByName: namedByName, distinctiveInName: distinctiveInName,
                      genericMatched: genericMatched)
    }

    private func field(of alternative: Term.Alternative, name: ArraySlice<UInt32>, alias: ArraySlice<UInt32>, place: ArraySlice<UInt32>) -> HospitalMatch.Evidence.Field? {
        if alternative.words.allSatisfy(name.contains) { return .name }
        if alternative.words.allSatisfy({ name.contains($0) || alias.contains($0) }) { return .alias }
        if alternative.words.allSatisfy({ name.contains($0) || alias.contains($0) || place.contains($0) }) { return .place }
        return nil
    }

    private static func fieldWeight(_ field: HospitalMatch.Evidence.Field) -> Double {
        switch field {
        case .name: return 1
        case .alias: return 0.9
        case .place: return 0.75
        }
    }

    /// Why a hospital matched: for each said word, the list words it matched, where and how.
    func evidence(for hospital: Int, terms: [Term]) -> [HospitalMatch.Evidence] {
        let name = nameWords[hospital], alias = aliasWords[hospital], place = placeWords[hospital]
        return terms.compactMap { term in
            var best: (value: Double, evidence: HospitalMatch.Evidence)?
            for alternative in term.alternatives {
                guard let field = self.field(of: alternative, name: name, alias: alias, place: place) else { continue }
                let value = alternative.quality * Self.fieldWeight(field)
                if best == nil || value > best!.value {
                    best = (value, .init(said: term.said, matched: alternative.words.map { vocabulary.words[Int($0)] }, field: field, kind: alternative.kind))
                }
            }
            return best?.evidence
        }
    }

    func postingCount(_ term: Term, in ranges: [Range<Int>]) -> Int {
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
}
