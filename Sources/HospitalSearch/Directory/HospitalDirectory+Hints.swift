/// What Twilio's recogniser should expect to hear: the places of the list in every spelling Loop
/// AI understands, and the names of a city's hospitals.
extension HospitalDirectory {
    /// Every city with network hospitals under its name, its aliases and its names in Devanagari (which
    /// the recognisers of two languages write, and callers mix into English), then the
    /// localities Loop AI knows (of the CITY column and of ``CityDirectory``), largest city first.
    public var placeHints: [String] { hints.places }

    /// The words a caller names a city's hospitals by ("Manipal", "Cloudnine", "Sahyadri"): the
    /// first distinctive word of each name, most hospitals first.
    public func brandHints(in place: Place?) -> [String] {
        brandHints(inCities: hintCities(for: place))
    }

    /// The cities whose brands ``brandHints(in:)`` gives for `place`: all the hints of a place
    /// depend on, so hints can be worked out once per city set rather than per place said.
    public func hintCities(for place: Place?) -> [Int] { filters(for: place).cities }

    /// The brands of the cities ``hintCities(for:)`` gave.
    public func brandHints(inCities cities: [Int]) -> [String] {
        cities.flatMap { hints.brands[$0] ?? [] }
    }

    /// Worked out once per list.
    struct RecognitionHints: Sendable {
        var places: [String] = []
        var brands: [Int: [String]] = [:]

        init(index: HospitalIndex, cities: [City]) {
            var seen = Set<String>()
            func add(_ phrase: String) {
                let key = phrase.lowercased()
                if !phrase.isEmpty, seen.insert(key).inserted { places.append(phrase) }
            }
            let entries = Dictionary((CityDirectory.entries + CityDirectory.otherKnownCities).map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
            for city in cities {
                add(city.name)
                for written in city.names(in: "hi") { add(written) }
                for alias in entries[city.name]?.aliases ?? [] { add(alias.capitalized) }
            }
            for city in cities {
                for locality in entries[city.name]?.localities ?? [] { add(locality.capitalized) }
            }
            for phrase in index.places.localityPhrases.sorted() { add(phrase.capitalized) }
            for (cityIndex, city) in index.places.cities.enumerated() where !city.hospitals.isEmpty {
                var counts: [String: Int] = [:]
                var firstSeen: [String: Int] = [:]
                for hospital in city.hospitals {
                    let name = index.hospitals[hospital].name
                    let words = TextNormalizer.tokens(name.split(separator: "(").first.map(String.init) ?? name)
                    guard let brand = words.first(where: { $0.count >= 3 && !TextNormalizer.genericWords.contains($0) && !TextNormalizer.legalWords.contains($0) })
                    else { continue }
                    counts[brand, default: 0] += 1
                    if firstSeen[brand] == nil { firstSeen[brand] = hospital }
                }
                brands[cityIndex] = counts.sorted { $0.value != $1.value ? $0.value > $1.value : firstSeen[$0.key, default: 0] < firstSeen[$1.key, default: 0] }
                    .prefix(150).map { $0.key.capitalized }
            }
        }
    }
}
