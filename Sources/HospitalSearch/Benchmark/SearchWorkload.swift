/// The queries a search benchmark runs: what callers ask, drawn deterministically from the list.
///
/// A quarter each: a hospital's own name in its city, a brand plus a locality word, a mis-heard
/// name (one letter changed, or a doubled vowel), and a name that is not in the network; plus
/// city listings.
struct SearchWorkload {
    enum Query {
        case find(HospitalQuery)
        case listCity(Int)
    }

    let queries: [Query]

    init(index: HospitalIndex, count: Int, seed: UInt64 = 1) {
        var state = seed
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        let missing = ["lilavati", "kokilaben", "zydus", "aiims", "pgimer", "breach candy", "hiranandani powai", "sterling"]
        var queries: [Query] = []
        queries.reserveCapacity(count)
        for i in 0..<count {
            let hospital = index.hospitals[next() % index.count]
            let words = TextNormalizer.tokens(hospital.name).filter { !TextNormalizer.legalWords.contains($0) }
            let place = TextNormalizer.tokens(hospital.address).filter { $0.count >= 5 && $0.allSatisfy(\.isLetter) }
            switch i % 5 {
            case 0:
                queries.append(.find(HospitalQuery(words: words, cities: [hospital.city])))
            case 1:
                let brand = Array(words.prefix(1))
                queries.append(.find(HospitalQuery(words: brand + place.suffix(1), cities: [hospital.city])))
            case 2:
                var word = Array(words.first(where: { $0.count >= 5 }) ?? words.first ?? "hospital")
                if word.count >= 5 {
                    let position = 1 + next() % (word.count - 2)
                    word[position] = word[position] == "a" ? "e" : "a"
                }
                queries.append(.find(HospitalQuery(words: [String(word)], cities: [hospital.city])))
            case 3:
                queries.append(.find(HospitalQuery(words: TextNormalizer.tokens(missing[next() % missing.count]), cities: [hospital.city])))
            default:
                queries.append(.listCity(hospital.city))
            }
        }
        self.queries = queries
    }

    /// Runs one query the way the dialog would (for a listing: the first three names spoken).
    static func run(_ query: Query, on index: HospitalIndex) -> Int {
        switch query {
        case .find(let query):
            return index.find(query).matches.count
        case .listCity(let city):
            return index.hospitals(inCity: city).prefix(3).map(index.spokenName).count
        }
    }
}
