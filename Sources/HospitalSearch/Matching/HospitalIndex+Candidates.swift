/// Which hospitals carry a term, found in the posting lists without scanning the list.
extension HospitalIndex {
    /// True when the hospital has the term in its name or aliases (not only its address).
    func carriesInName(_ hospital: Int, _ term: Term) -> Bool {
        term.alternatives.contains { alternative in
            alternative.words.allSatisfy { Self.contains(namePostings[Int($0)], hospital) }
        }
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

    func postingCount(_ term: Term, in ranges: [Range<Int>]) -> Int {
        term.alternatives.reduce(0) { total, alternative in
            total
                + (alternative.words.map { word in
                    ranges.reduce(0) { $0 + Self.count(namePostings[Int(word)], in: $1) + Self.count(placePostings[Int(word)], in: $1) }
                }.min() ?? 0)
        }
    }

    func namePostingCount(_ term: Term, in ranges: [Range<Int>]) -> Int {
        term.alternatives.reduce(0) { total, alternative in
            total
                + (alternative.words.map { word in
                    ranges.reduce(0) { $0 + Self.count(namePostings[Int(word)], in: $1) }
                }.min() ?? 0)
        }
    }
}
