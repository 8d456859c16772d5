import Logging

/// One loaded network list, and the only way the rest of Loop AI asks it anything.
///
/// The dialog asks in its own terms: what a word or phrase of an utterance is (a city, a
/// locality, a hospital's name), which hospitals a place has, whether a named hospital is in the
/// network, and how to say a hospital. How words are matched (postings, vocabulary, scoring)
/// stays inside this module. Read-only once built, so every consumer of a brain shares it.
public final class HospitalDirectory: Sendable {
    /// The file the list was read from.
    public let path: String
    let index: HospitalIndex
    let finder: PlaceFinder
    /// Cities with network hospitals, largest first (for prompts and recogniser hints).
    public let cities: [City]
    /// Places and brands for the recogniser (``placeHints``, ``brandHints(in:)``).
    let hints: RecognitionHints
    /// Hospitals by address, to find again one the dialog is about to name (``isListed(_:)``).
    let byAddress: [String: [Int]]
    /// The PIN codes of hospitals' addresses, a place a caller can name by number.
    let pinCodes: PinCodes
    /// Neighbouring words of listed names ("rajiv gandhi", "ruby hall"), and how many hospitals'
    /// names hold them.
    let namePairs: [String: Int]
    /// Every pair of words that stand together in an address ("malviya nagar", "karol bagh").
    let addressPairs: Set<String>
    /// Of those, the pairs some address has apart from its own hospital's name: a place, not an
    /// address that begins with the name of the hospital at it (``isPlacePhrase(_:)``).
    let placePairs: Set<String>
    /// Listed names as callers say them whole (``wholeNames(in:)``).
    let wholeNames: WholeNames
    /// Each hospital's address, name and CITY column as words, in order, tokenised once: what an
    /// area or a road the caller names is checked against on every listing.
    let writtenWords: [[String]]
    /// The names of hospitals named after their own city ("Bombay Hospital", "Pune Netralaya"),
    /// as words, by the consonants of that first word (``nameBegunByCity(_:)``).
    let namedAfterCity: [String: [[String]]]
    /// Address words the search folds ("Borges" to "borge", "Hills" to "hill"), as the list most
    /// often writes them: how a place the caller named is said back (``written(_:)``).
    let writtenForms: WrittenForms

    init(path: String, index: HospitalIndex) {
        self.path = path
        self.index = index
        self.finder = PlaceFinder(places: index.places)
        self.cities = index.places.cities.filter { !$0.hospitals.isEmpty }
            .sorted { $0.hospitals.count > $1.hospitals.count }.map { City(name: $0.name) }
        self.hints = RecognitionHints(index: index, cities: cities)
        self.byAddress = Dictionary(grouping: index.hospitals.indices, by: { index.hospitals[$0].address })
        self.pinCodes = PinCodes(addresses: index.hospitals.map(\.address))
        func pairs(_ words: [String]) -> Set<String> { Set(zip(words, words.dropFirst()).map { "\($0) \($1)" }) }
        var namePairs: [String: Int] = [:]
        var addressPairs = Set<String>()
        var placePairs = Set<String>()
        for hospital in index.hospitals {
            let own = pairs(TextNormalizer.tokens(hospital.name))
            for pair in own { namePairs[pair, default: 0] += 1 }
            let written = pairs(TextNormalizer.tokens(hospital.address))
            addressPairs.formUnion(written)
            placePairs.formUnion(written.subtracting(own))
        }
        (self.namePairs, self.addressPairs, self.placePairs) = (namePairs, addressPairs, placePairs)
        self.wholeNames = WholeNames(names: index.hospitals.map(\.name))
        self.writtenWords = index.hospitals.map { TextNormalizer.tokens($0.address + " " + $0.name + " " + $0.cityColumn) }
        // An exact lookup of the first word: the finder's sound-alike search, run for every
        // hospital, would add seconds to every load.
        let places = index.places
        self.namedAfterCity = index.hospitals.reduce(into: [:]) { names, hospital in
            let words = TextNormalizer.tokens(hospital.name)
            guard words.count > 1, places.city(named: words[0]) == hospital.city, !places.isLocality(words[0]) else { return }
            names[Skeleton.key(words[0]), default: []].append(words)
        }
        self.writtenForms = Self.writtenForms(of: index.hospitals.map(\.address))
    }

    /// Indexes `records` (already validated rows of a list).
    public convenience init(path: String, records: [HospitalRecord]) {
        self.init(path: path, index: HospitalIndex(records: records))
    }

    /// How many hospitals the list has.
    public var count: Int { index.count }

    /// A short digest of the list, so operators can see every brain serves the same one.
    public var fingerprint: String { index.fingerprint }

    /// The rows of a list as read and validated, without an index: for judges of the dialog's
    /// answers that must not share the search's way of reading them.
    public static func rows(path: String) throws(NetworkListError) -> [HospitalRecord] {
        try NetworkListLoader.load(path: path).records
    }

    /// Reads, validates and indexes a list, logging one line with what was skipped.
    public static func load(path: String, logger: Logger) -> Result<HospitalDirectory, NetworkListError> {
        let started = ContinuousClock.now
        let loaded: NetworkListLoader.Loaded
        do {
            loaded = try NetworkListLoader.load(path: path)
        } catch {
            return .failure(error)
        }
        let directory = HospitalDirectory(path: path, records: loaded.records)
        let elapsed = ContinuousClock.now - started
        var metadata: Logger.Metadata = [
            "path": "\(path)", "hospitals": "\(directory.count)", "cities": "\(directory.cities.count)",
            "ms": "\(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)",
        ]
        if loaded.skippedCount > 0 {
            metadata["skipped"] = "\(loaded.skippedCount) rows: \(loaded.skippedSummary)"
        }
        logger.notice("Network list loaded", metadata: metadata)
        return .success(directory)
    }
}
