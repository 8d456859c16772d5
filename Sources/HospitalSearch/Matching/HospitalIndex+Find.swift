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
    func find(_ query: HospitalQuery) -> HospitalSearchResult {
        let result = search(query, spellingVariants: false, hearing: query.heardIn.isTransliterated ? .spellings : .asSpelt)
        // A name heard in another script is first looked for as ICU spells it, give or take what
        // Devanagari cannot show ("jeevan" is Jeewan too); when that finds nothing, or only near
        // spellings, by its consonants ("apolo" → Apollo, "maiks" → Max, "sury" → Surya).
        if query.heardIn.isTransliterated, result.matches.allSatisfy({ $0.tier == .fuzzy }) {
            let retry = search(query, spellingVariants: false, hearing: .consonants)
            if !retry.matches.isEmpty { return retry }
        }
        if result.matches.isEmpty, let byInitials = initialsMatch(query), !byInitials.matches.isEmpty { return byInitials }
        // Lists misspell long place names ("Kormangla"); only when the words as said find nothing
        // are long words also tried against their misspellings.
        if result.matches.isEmpty, (query.words + query.area).contains(where: { $0.utf8.count >= 8 && vocabulary.id(of: $0) != nil }) {
            let retry = search(query, spellingVariants: true, hearing: query.heardIn.isTransliterated ? .spellings : .asSpelt)
            if !retry.matches.isEmpty { return retry }
        }
        return result
    }

    /// "BLK Delhi", "is RGCI covered": one said word the list does not have, read as a name's
    /// initials (``Initialisms``); every other word said must be generic or in that hospital's
    /// name ("BL Kapur"). Matches are fuzzy.
    func initialsMatch(_ query: HospitalQuery) -> HospitalSearchResult? {
        let words = query.words.filter { !TextNormalizer.legalWords.contains($0) }
        let unknown = words.filter { vocabulary.id(of: $0) == nil }
        guard unknown.count == 1, let said = unknown.first, (2...5).contains(said.utf8.count) else { return nil }
        let hospitals = initialisms[said]
        guard !hospitals.isEmpty else { return nil }
        let others = self.terms(for: words.filter { $0 != said }).filter { !$0.generic }
        let ranges = query.cities.isEmpty ? [0..<count] : query.cities.map { city($0).hospitals }
        let area = self.terms(for: query.area)
        let found = hospitals.map(Int.init).filter { hospital in
            ranges.contains { $0.contains(hospital) } && area.allSatisfy { carries(hospital, $0) }
                && others.allSatisfy { carriesInName(hospital, $0) }
        }
        let evidence = [HospitalMatch.Evidence(said: said, matched: [said], field: .name, kind: .spelling)]
        return HospitalSearchResult(
            matches: found.map { HospitalMatch(hospital: $0, tier: .fuzzy, score: 0, evidence: evidence) }, nearMisses: [], unknownWords: [])
    }

    func search(_ query: HospitalQuery, spellingVariants: Bool, hearing: HospitalQuery.Hearing = .asSpelt) -> HospitalSearchResult {
        var terms = self.terms(
            for: query.words.filter { !TextNormalizer.legalWords.contains($0) }, spellingVariants: spellingVariants, hearing: hearing)
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
        let matches =
            scoredMatches.enumerated().map { position, scored in
                HospitalMatch(
                    hospital: scored.hospital, tier: scored.tier, score: scored.score,
                    evidence: position < Self.explainedResults ? evidence(for: scored.hospital, terms: terms) : [])
            } + unranked.map { HospitalMatch(hospital: $0, tier: .fuzzy, score: 0, evidence: []) }

        // Near misses (other branches of the brand) matter only when nothing matched.
        let nearMisses =
            matches.isEmpty
            ? self.nearMisses(distinctive: distinctive, terms: terms, areaTerms: areaTerms, plan: plan, in: ranges, scratch: &scratch) : []
        return HospitalSearchResult(matches: matches, nearMisses: nearMisses, unknownWords: unknown.map(\.said))
    }

    /// Other branches of the brand said, when nothing matched: the brand is the rarest said word
    /// that names some hospital here ("Fortis", not "Sarjapur").
    private func nearMisses(
        distinctive: [Term], terms: [Term], areaTerms: [Term], plan: ScoringPlan, in ranges: [Range<Int>],
        scratch: inout [UInt32]
    ) -> [HospitalMatch] {
        let named = distinctive.filter { namePostingCount($0, in: ranges) > 0 }
        let brand = named.min { namePostingCount($0, in: ranges) < namePostingCount($1, in: ranges) } ?? distinctive[0]
        var scored: [Scored] = []
        for hospital in self.hospitals(carrying: brand, in: ranges, namesOnly: true).prefix(Self.nearMissLimit) {
            if let candidate = score(hospital, plan: plan, areaTerms: areaTerms, matched: &scratch) { scored.append(candidate) }
        }
        return scored.sorted(by: Self.ranking).map {
            HospitalMatch(hospital: $0.hospital, tier: $0.tier, score: $0.score, evidence: evidence(for: $0.hospital, terms: terms))
        }
    }

    /// Generic-only names ("Health Care & Research Centre") whose words are exactly the generic
    /// words said; a joined word ("healthcare") is tried both joined and split.
    func genericNamed(saying terms: [Term]) -> [UInt32] {
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

    /// How many other branches are looked at when nothing matched.
    static let nearMissLimit = 20
    /// How many results carry their reasons (``HospitalMatch/evidence``); the rest only rank.
    static let explainedResults = 20
    /// How many results are put in rank order; any beyond follow in list order. A caller hears
    /// at most a handful, and ranking ten thousand "Sai Hospital"s would cost more than the answer.
    static let rankedResults = 50

    /// The best `limit` in rank order, then the rest in list order (the input is in list order).
    static func rankedFirst(_ scored: [Scored], limit: Int) -> [Scored] {
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

    func isMatch(_ scored: Scored, distinctive: [Term], unknown: [Term]) -> Bool {
        let allDistinctive = scored.distinctiveMatched == distinctive.count
        let unknownAllowed = unknown.isEmpty || (scored.distinctiveMatched >= 2 && unknown.count <= scored.distinctiveMatched)
        return scored.namedByName && allDistinctive && unknownAllowed && scored.areaMatched
    }
}
