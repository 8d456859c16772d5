/// Finds the place a caller named in an utterance: a city, a region ("Delhi NCR") or an area.
struct PlaceFinder: Sendable {
    /// A place mention and the words it took up.
    struct Mention: Sendable, Equatable {
        enum Place: Sendable, Equatable {
            case city(Int)
            case region([Int])
            /// Words of a locality within some city ("whitefield", "sarjapur").
            case area([String])
        }
        let place: Place
        /// Positions of the words in the utterance's token list.
        let words: Range<Int>
        /// True when the words only sound or are spelt like the city's name ("Banglore").
        var fuzzy = false
        /// The list's phrase the words were matched to when it is not the words themselves ("janak
        /// puri" is "janakpuri", "rohoni" is "rohini"): what tells a locality of the CITY column.
        var matched: String?
    }

    let places: Places
    private let singleWordAliases: [(phrase: [UInt8], city: Int)]
    /// First words of every city phrase and region: only these can start a mention.
    private let phraseStarts: Set<Substring>

    init(places: Places) {
        self.places = places
        self.phraseStarts = Set((places.allPhrases.map { $0 } + CityDirectory.regions.map(\.phrase)).compactMap { $0.split(separator: " ").first })
        self.singleWordAliases = places.allPhrases
            .filter { !$0.contains(" ") && $0.utf8.count >= 5 }
            .sorted()
            .compactMap { phrase in places.city(named: phrase).map { (Array(phrase.utf8), $0) } }
    }

    /// Every city or region named in `tokens`, longest phrases first, without overlaps.
    func cities(in tokens: [String]) -> [Mention] {
        var mentions: [Mention] = []
        var taken = Set<Int>()
        let longest = max(places.longestPhrase, 3)
        for length in stride(from: min(longest, tokens.count), through: 1, by: -1) {
            guard length > 0 else { continue }
            for start in 0...(tokens.count - length) where phraseStarts.contains(Substring(tokens[start])) {
                let range = start..<(start + length)
                if range.contains(where: taken.contains) { continue }
                let phrase = tokens[range].joined(separator: " ")
                if let region = CityDirectory.regions.first(where: { $0.phrase == phrase }) {
                    let cities = region.cities.compactMap { places.city(named: TextNormalizer.phrase($0)) }
                    mentions.append(Mention(place: .region(cities), words: range))
                    taken.formUnion(range)
                } else if let city = places.city(named: phrase) {
                    mentions.append(Mention(place: .city(city), words: range))
                    taken.formUnion(range)
                }
            }
        }
        // A city name the recogniser split in two: "noi da", "guru gram", "ghazia bad".
        for position in tokens.indices.dropLast() where !taken.contains(position) && !taken.contains(position + 1) {
            let joined = tokens[position] + tokens[position + 1]
            guard joined.utf8.count >= 5, tokens[position].utf8.count >= 2, tokens[position + 1].utf8.count >= 2,
                let city = places.city(named: joined)
            else { continue }
            // Only a whole name, exactly: two ordinary words that merely sound like a city are not one.
            mentions.append(Mention(place: .city(city), words: position..<(position + 2), fuzzy: true, matched: joined))
            taken.formUnion([position, position + 1])
        }
        // Mis-heard city names: "Banglore", "Kolkatta".
        for (position, token) in tokens.enumerated() where !taken.contains(position) {
            if let (city, phrase) = fuzzyCity(token) {
                mentions.append(Mention(place: .city(city), words: position..<(position + 1), fuzzy: true, matched: phrase))
                taken.insert(position)
            }
        }
        return mentions.sorted { $0.words.lowerBound < $1.words.lowerBound }
    }

    /// A single word that is a near spelling or a sound-alike of a one-word city name, with the
    /// name (or locality of the CITY column) it is near.
    func fuzzyCity(_ word: String) -> (city: Int, phrase: String)? {
        let bytes = Array(word.utf8)
        guard bytes.count >= 5, !TextNormalizer.stopWords.contains(word), !TextNormalizer.genericWords.contains(word) else { return nil }
        let key = Phonetic.key(word)
        var best: (distance: Int, city: Int, phrase: [UInt8])?
        for alias in singleWordAliases where abs(alias.phrase.count - bytes.count) <= 2 {
            let limit = EditDistance.tolerance(forLength: max(alias.phrase.count, bytes.count))
            if let distance = EditDistance.within(bytes, alias.phrase, limit: limit) {
                if distance < best?.distance ?? Int.max { best = (distance, alias.city, alias.phrase) }
            } else if Phonetic.key(String(decoding: alias.phrase, as: UTF8.self)) == key {
                if best == nil { best = (3, alias.city, alias.phrase) }
            }
        }
        return best.map { ($0.city, String(decoding: $0.phrase, as: UTF8.self)) }
    }
}
