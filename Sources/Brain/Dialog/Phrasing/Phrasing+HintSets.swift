import HospitalSearch
import Shared
import Synchronization
import Twilio

/// The recogniser hints every answer shares, prepared once per language, city context and list.
///
/// A `<Gather>`'s hints are the language's short answers, the hospitals just mentioned, the brands
/// of the cities asked about, then every city and locality of the list. All but the hospitals
/// mentioned depend only on the language, the cities of the last request and the list, so those
/// are cleaned, capped and escaped once (``TwiML/HintSet``) and each answer adds its own few.
/// The sets belong to the list they were made from: when another list is served (a reload or an
/// upload swaps in a new ``HospitalDirectory``), the first answer from it starts a new cache.
final class HintSets: Sendable {
    struct Key: Hashable {
        let language: Language
        let cities: [Int]
    }

    private struct Generation {
        let directory: HospitalDirectory
        var sets: [Key: TwiML.HintSet] = [:]
    }

    /// Places name a bounded number of city sets (one per city and region) in a few languages;
    /// past this many the cache starts over rather than grow.
    static let limit = 4096
    private let generation = Mutex<Generation?>(nil)

    static let shared = HintSets()

    /// The shared hints of an answer in `language` after a request in `place`, from `directory`.
    func set(in language: Language, place: Place?, directory: HospitalDirectory) -> TwiML.HintSet {
        let key = Key(language: language, cities: directory.hintCities(for: place))
        let cached = generation.withLock { generation -> TwiML.HintSet? in
            guard let generation, generation.directory === directory else { return nil }
            return generation.sets[key]
        }
        if let cached { return cached }
        // Worked out outside the lock: two answers racing to make a set both make it, one is kept.
        let made = Self.make(key, directory: directory)
        return generation.withLock { generation in
            if generation?.directory !== directory || (generation?.sets.count ?? 0) >= Self.limit {
                generation = Generation(directory: directory)
            }
            if let kept = generation?.sets[key] { return kept }
            generation?.sets[key] = made
            return made
        }
    }

    /// The set for `key`, in the order ``Phrasing/hints(for:directory:in:)`` gives.
    static func make(_ key: Key, directory: HospitalDirectory) -> TwiML.HintSet {
        let profile = key.language.profile
        var rest = directory.brandHints(inCities: key.cities)
        rest.append(contentsOf: directory.cities.flatMap(profile.cityNames))
        rest.append(contentsOf: directory.placeHints)
        return TwiML.HintSet(leading: profile.phraseBook.answerHints, rest: rest)
    }
}

extension Phrasing {
    /// A turn's own hints: the names and areas of the hospitals just mentioned.
    static func mentionedHints(_ state: DialogState) -> [String] {
        var hints: [String] = []
        for hospital in state.mentioned {
            hints.append(hospital.name)
            if let area = hospital.area { hints.append(area) }
        }
        return hints
    }

    /// The usual reply with its hints: the shared set from `cache`, and this turn's own.
    static func ask(_ sentences: [String], state: DialogState, directory: HospitalDirectory, in language: Language, cache: HintSets) -> TwiML {
        var twiml = TwiML.ask(sentences, hints: mentionedHints(state))
        if case .gather(var gather) = twiml.verbs.first {
            gather.hintSet = cache.set(in: language, place: state.lastRequest?.place, directory: directory)
            twiml.verbs[0] = .gather(gather)
        }
        return twiml
    }
}
