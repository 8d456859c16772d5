import Foundation

/// The canonical cities of one index, and the phrases that name them.
///
/// Built from ``CityDirectory`` plus whatever else the network list's CITY column says, so a
/// list with a city the directory does not know still works (under its own name).
struct Places: Sendable {
    /// A canonical city and where its hospitals sit in the index.
    struct City: Sendable, Equatable {
        let name: String
        /// Hospitals are sorted by city, so a city's hospitals are one range of ids.
        var hospitals: Range<Int>
    }

    private(set) var cities: [City] = []
    /// Normalised phrase (alias, locality or CITY-column value) → city index.
    private(set) var phrases: [String: Int] = [:]
    /// CITY-column phrases that name a locality of a city rather than the city itself.
    private(set) var localityPhrases: Set<String> = []
    /// The longest phrase, in words, for scanning utterances.
    private(set) var longestPhrase = 1
    /// Canonical name → city index.
    private var byName: [String: Int] = [:]

    init() {
        for entry in CityDirectory.entries + CityDirectory.otherKnownCities {
            let index = add(name: entry.name)
            for alias in entry.aliases + [entry.name] { register(TextNormalizer.phrase(alias), city: index) }
            for local in CityNames.aliases[entry.name] ?? [] { register(local, city: index) }
            for locality in entry.localities {
                let phrase = TextNormalizer.phrase(locality)
                register(phrase, city: index)
                localityPhrases.insert(phrase)
            }
        }
    }

    /// The city a CITY-column value belongs to, adding an unknown one under its own name.
    mutating func city(forColumn value: String) -> Int {
        let phrase = TextNormalizer.phrase(value)
        if let known = phrases[phrase] { return known }
        let index = add(name: NameParts.speakable(value.trimmingCharacters(in: .punctuationCharacters)))
        register(phrase, city: index)
        return index
    }

    mutating func setRange(_ range: Range<Int>, of city: Int) {
        cities[city].hospitals = range
    }

    func city(named phrase: String) -> Int? { phrases[phrase] }

    /// The index of the city Loop AI calls `name` ("Bengaluru").
    func city(canonicalName name: String) -> Int? { byName[name] }

    func isLocality(_ phrase: String) -> Bool { localityPhrases.contains(phrase) }

    /// Every word used in a city name, alias or locality (to keep them out of spoken areas).
    var allPhrases: Set<String> { Set(phrases.keys) }

    private mutating func add(name: String) -> Int {
        if let existing = byName[name] { return existing }
        cities.append(City(name: name, hospitals: 0..<0))
        byName[name] = cities.count - 1
        return cities.count - 1
    }

    private mutating func register(_ phrase: String, city: Int) {
        guard !phrase.isEmpty, phrases[phrase] == nil else { return }
        phrases[phrase] = city
        longestPhrase = max(longestPhrase, phrase.split(separator: " ").count)
    }
}
