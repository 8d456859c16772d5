import Foundation
import Synchronization

/// A network list made searchable: built once at start-up, then read-only and shared by every
/// consumer thread of a brain.
///
/// Hospitals are numbered in city order (then list order), so "the hospitals of a city" is a
/// range of ids and every result has a stable, explainable order. Each hospital keeps three
/// word lists: its name, its aliases (former names, operators), and its places (address,
/// localities), which the matcher weighs differently (see ``HospitalIndex/find(_:)``).
final class HospitalIndex: Sendable {
    /// One hospital as the list gives it, plus its canonical city.
    struct Hospital: Sendable, Equatable {
        let name: String
        let address: String
        /// The CITY column as written ("GGN", "Bangalore Rural").
        let cityColumn: String
        /// Index into ``Places/cities``.
        let city: Int
    }

    let hospitals: [Hospital]
    let places: Places
    let vocabulary: Vocabulary
    let nameWords: TokenLists
    let aliasWords: TokenLists
    let placeWords: TokenLists
    /// Word id → hospitals with it in their name or aliases, ascending.
    let namePostings: [[UInt32]]
    /// Word id → hospitals with it among their places, ascending.
    let placePostings: [[UInt32]]
    /// Word id → how many hospitals use it anywhere.
    let documentFrequency: [UInt32]
    /// Word id → whether the word only says what kind of place a hospital is (``TextNormalizer/genericWords``).
    let genericWord: [Bool]
    /// Hospitals whose names are nothing but generic words ("City Hospital", "Eye Care Nursing
    /// Home"), by the sorted set of those words: such a hospital is found only by its whole name.
    let genericNames: [[UInt32]: [UInt32]]
    /// A short digest of the list, so operators can see every brain serves the same one.
    let fingerprint: String
    /// Every phrase naming a city (to keep city names out of spoken areas).
    let cityPhrases: Set<String>
    /// Initials of the first words of each name → hospitals ("blk" → B L Kapur Memorial Hospital,
    /// "rgci" → Rajiv Gandhi Cancer Institute), see ``Initialisms``.
    let initialisms: HashedPostings
    /// Spoken names and areas already worked out (see ``spoken(_:)``).
    let spokenCache = Mutex<[Int: SpokenForm]>([:])

    init(records: [HospitalRecord]) {
        var places = Places()
        let cityOf = records.map { places.city(forColumn: $0.city) }
        let order = records.indices.sorted { cityOf[$0] != cityOf[$1] ? cityOf[$0] < cityOf[$1] : $0 < $1 }

        var hospitals: [Hospital] = []
        hospitals.reserveCapacity(records.count)
        var vocabulary = Vocabulary()
        var nameWords = TokenLists(), aliasWords = TokenLists(), placeWords = TokenLists()
        nameWords.reserve(lists: records.count, tokens: records.count * 4)
        aliasWords.reserve(lists: records.count, tokens: records.count / 4)
        placeWords.reserve(lists: records.count, tokens: records.count * 10)
        var namePostings: [[UInt32]] = []
        var placePostings: [[UInt32]] = []
        var frequency: [UInt32] = []
        var digest = StableDigest()

        func ids(_ words: [String]) -> [UInt32] {
            words.compactMap { word -> UInt32? in
                guard !TextNormalizer.legalWords.contains(word) else { return nil }
                let id = vocabulary.intern(word)
                if Int(id) == namePostings.count {
                    namePostings.append([])
                    placePostings.append([])
                    frequency.append(0)
                }
                return id
            }
        }

        var cityStart = 0
        for (position, recordIndex) in order.enumerated() {
            let record = records[recordIndex]
            let city = cityOf[recordIndex]
            if position > 0, cityOf[order[position - 1]] != city {
                places.setRange(cityStart..<position, of: cityOf[order[position - 1]])
                cityStart = position
            }
            hospitals.append(Hospital(name: record.name, address: record.address, cityColumn: record.city, city: city))
            digest.combine(record.name, record.address, record.city)

            let words = HospitalWords(record, cityIsLocality: places.isLocality(TextNormalizer.phrase(record.city)))
            let name = ids(words.name), alias = ids(words.aliases), place = ids(words.places)
            nameWords.append(name)
            aliasWords.append(alias)
            placeWords.append(place)
            let id = UInt32(position)
            let nameSlice = nameWords[position], aliasSlice = aliasWords[position]
            for word in nameSlice {
                namePostings[Int(word)].append(id)
                frequency[Int(word)] += 1
            }
            for word in aliasSlice where !nameSlice.contains(word) {
                namePostings[Int(word)].append(id)
                frequency[Int(word)] += 1
            }
            for word in placeWords[position] {
                placePostings[Int(word)].append(id)
                if !nameSlice.contains(word) && !aliasSlice.contains(word) { frequency[Int(word)] += 1 }
            }
        }
        if let last = order.last {
            places.setRange(cityStart..<order.count, of: cityOf[last])
        }
        vocabulary.prepareFuzzyLookup()

        self.hospitals = hospitals
        self.initialisms = Initialisms.table(names: hospitals.map(\.name))
        self.places = places
        self.cityPhrases = places.allPhrases
        self.vocabulary = vocabulary
        self.nameWords = nameWords
        self.aliasWords = aliasWords
        self.placeWords = placeWords
        self.namePostings = namePostings
        self.placePostings = placePostings
        self.documentFrequency = frequency
        let genericWord = vocabulary.words.map { TextNormalizer.genericWords.contains($0) }
        self.genericWord = genericWord
        var genericNames: [[UInt32]: [UInt32]] = [:]
        for hospital in 0..<hospitals.count {
            let words = nameWords[hospital]
            if !words.isEmpty, words.allSatisfy({ genericWord[Int($0)] }) {
                // Keyed without "and", "the"…: callers drop them, the query drops them too.
                let key = Set(words.filter { !TextNormalizer.stopWords.contains(vocabulary.words[Int($0)]) }).sorted()
                if !key.isEmpty { genericNames[key, default: []].append(UInt32(hospital)) }
            }
        }
        self.genericNames = genericNames
        self.fingerprint = "\(records.count)-\(digest.hex)"
    }

    var count: Int { hospitals.count }

    /// Inverse document frequency: rare words identify a hospital, common ones barely.
    func weight(of word: UInt32) -> Double {
        let frequency = Double(max(documentFrequency[Int(word)], 1))
        return log(1 + Double(max(count, 1)) / frequency)
    }

    /// The city's name and hospital range, by index.
    func city(_ index: Int) -> Places.City { places.cities[index] }
}

/// How Loop AI says a hospital: its name, and the areas of its address from widest to narrowest.
struct SpokenForm: Sendable, Equatable {
    let name: String
    let areas: [String]
}

/// The words a hospital is found by, sorted into name, aliases and places.
struct HospitalWords {
    var name: [String]
    var aliases: [String]
    var places: [String]

    init(_ record: HospitalRecord, cityIsLocality: Bool) {
        let simple = !record.name.contains(where: { $0 == "(" || $0 == "[" || $0 == "," })
        if simple {
            name = TextNormalizer.tokens(record.name)
            aliases = []
            places = []
        } else {
            let parts = NameParts(record.name)
            name = TextNormalizer.tokens(parts.nameText)
            aliases = parts.searchableAliases.flatMap(TextNormalizer.tokens)
            places = parts.places.flatMap(TextNormalizer.tokens)
        }
        places += TextNormalizer.tokens(record.address)
        // "Dwarka" in the CITY column is a locality of New Delhi: keep it findable by name.
        if cityIsLocality { places += TextNormalizer.tokens(record.city) }
    }
}

/// FNV-1a over strings, identical in every process (Swift's `Hasher` is seeded per process).
struct StableDigest {
    private var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func combine(_ parts: String...) {
        for part in parts {
            for byte in part.utf8 { value = (value ^ UInt64(byte)) &* 0x100_0000_01b3 }
            value = (value ^ 0x1f) &* 0x100_0000_01b3
        }
    }

    var hex: String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: 16 - text.count) + text
    }
}
