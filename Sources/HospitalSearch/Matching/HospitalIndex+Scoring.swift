/// Scoring and ranking a candidate against the terms, and explaining why it matched.
extension HospitalIndex {
    static func ranking(_ a: HospitalMatch, _ b: HospitalMatch) -> Bool {
        rank(a.tier, a.score, a.hospital, before: b.tier, b.score, b.hospital)
    }

    static func ranking(_ a: Scored, _ b: Scored) -> Bool {
        rank(a.tier, a.score, a.hospital, before: b.tier, b.score, b.hospital)
    }

    /// Tier first, then score, then list order: deterministic and explainable.
    static func rank(
        _ tierA: HospitalMatch.Tier, _ scoreA: Double, _ idA: Int,
        before tierB: HospitalMatch.Tier, _ scoreB: Double, _ idB: Int
    ) -> Bool {
        if tierA != tierB { return tierA < tierB }
        if abs(scoreA - scoreB) > 1e-9 { return scoreA > scoreB }
        return idA < idB
    }

    /// A candidate's standing, computed without allocating (it runs for every candidate).
    struct Scored {
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
    func score(_ hospital: Int, plan: ScoringPlan, areaTerms: [Term], matched: inout [UInt32]) -> Scored? {
        let nameWeight = HospitalMatch.Evidence.Field.name.weight, aliasWeight = HospitalMatch.Evidence.Field.alias.weight
        let placeWeight = HospitalMatch.Evidence.Field.place.weight
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
                                                    if alias.contains(word) {
                                                        field = max(field, 2)
                                                        continue
                                                    }
                                                    if place.contains(word) {
                                                        field = 3
                                                        continue
                                                    }
                                                    field = 0
                                                    break
                                                }
                                                guard field > 0 else { continue }
                                                let value =
                                                    weights[term] * alternative.quality * (field == 1 ? nameWeight : field == 2 ? aliasWeight : placeWeight)
                                                if value > bestValue {
                                                    bestValue = value
                                                    bestField = field
                                                    bestAlternative = index
                                                }
                                            }
                                            guard bestAlternative >= 0 else {
                                                if !generic[term] {
                                                    allExact = false
                                                    allInName = false
                                                }
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
                                                if bestField != 3 {
                                                    namedByName = true
                                                    distinctiveInName += 1
                                                }
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
        return Scored(
            hospital: hospital, tier: tier, score: score, areaMatched: areaMatched,
            distinctiveMatched: distinctiveMatched, namedByName: namedByName, distinctiveInName: distinctiveInName,
            genericMatched: genericMatched)
    }

    func field(
        of alternative: Term.Alternative, name: ArraySlice<UInt32>, alias: ArraySlice<UInt32>, place: ArraySlice<UInt32>
    ) -> HospitalMatch.Evidence.Field? {
        if alternative.words.allSatisfy(name.contains) { return .name }
        if alternative.words.allSatisfy({ name.contains($0) || alias.contains($0) }) { return .alias }
        if alternative.words.allSatisfy({ name.contains($0) || alias.contains($0) || place.contains($0) }) { return .place }
        return nil
    }

    /// Why a hospital matched: for each said word, the list words it matched, where and how.
    func evidence(for hospital: Int, terms: [Term]) -> [HospitalMatch.Evidence] {
        let name = nameWords[hospital], alias = aliasWords[hospital], place = placeWords[hospital]
        return terms.compactMap { term in
            var best: (value: Double, evidence: HospitalMatch.Evidence)?
            for alternative in term.alternatives {
                guard let field = self.field(of: alternative, name: name, alias: alias, place: place) else { continue }
                let value = alternative.quality * field.weight
                if best == nil || value > best!.value {
                    best = (value, .init(said: term.said, matched: alternative.words.map { vocabulary.words[Int($0)] }, field: field, kind: alternative.kind))
                }
            }
            return best?.evidence
        }
    }
}
