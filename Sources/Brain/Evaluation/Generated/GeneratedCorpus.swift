import HospitalSearch
import Shared

/// Caller utterances composed from the list's entities and the phrase banks, each with its gold
/// frame: what a right answer does (lists that place, confirms that hospital, says 112 …).
struct GeneratedCorpus: Sendable {
    /// What a right answer does, in the list's terms.
    enum Frame: Sendable {
        case list(Gold)
        case count(Gold)
        case confirm(CallerEntities.Hospital)
        case unlisted
        case twoPlaces(Gold, Gold)
        case emergency
        case offTopic
    }

    /// A place as the caller named it and as the answer must name it.
    struct Gold: Sendable {
        /// City or area words, in the list's spelling, that the answer's place must carry.
        let words: String
        let city: City
    }

    struct Call: Sendable {
        /// The bank the question came from: the class reported.
        let bank: String
        let language: Language
        /// What the caller says after the greeting, in order; the last is judged.
        let turns: [String]
        let frame: Frame
        /// Words the caller named as a hospital, which alone may be read back as a name.
        let nameWords: Set<String>
    }

    let entities: CallerEntities
    let banks: PhraseBanks
    let language: Language

    /// The question banks, in the order they are reported.
    static let classes = ["list", "count", "confirm", "confirm-unlisted", "pin", "road", "two-places", "correction", "emergency", "offtopic"]

    /// `count` calls from one half of the banks, spread evenly over the classes.
    func calls(_ count: Int, half: PhraseBanks.Half, seed: UInt64) -> [Call] {
        var random = SeededGenerator(seed: seed)
        return (0..<count).compactMap { index in
            call(bank: Self.classes[index % Self.classes.count], half: half, random: &random)
        }
    }

    private func call(bank: String, half: PhraseBanks.Half, random: inout SeededGenerator) -> Call? {
        guard let template = banks.templates(bank, half: half).randomElement(using: &random) else { return nil }
        var slots: [String: String] = [:]
        var frame: Frame
        var nameWords = Set<String>()
        var turns: [String] = []
        switch bank {
        case "list", "count", "correction":
            guard let place = place(&random) else { return nil }
            slots["{place}"] = place.said
            slots["{count}"] = number(Int.random(in: 1...5, using: &random), &random)
            frame = bank == "count" ? .count(place.gold) : .list(place.gold)
            if bank == "correction" {
                guard let first = self.place(&random), first.gold.words != place.gold.words else { return nil }
                turns.append(Self.askList(first.said, in: language))
            }
        case "confirm":
            guard let hospital = entities.hospitals.randomElement(using: &random) else { return nil }
            slots["{hospital}"] = hospital.said
            slots["{place}"] = cityName(hospital.city)
            let words = TextNormalizer.tokens(hospital.said + " " + hospital.listed.name)
            // Two words said apart that the list writes as one ("Eye Care", "eyecare") are said back joined.
            nameWords = Set(words + zip(words, words.dropFirst()).map { $0 + $1 })
            frame = .confirm(hospital)
        case "confirm-unlisted":
            guard let name = entities.unlisted.randomElement(using: &random), let city = entities.cities.randomElement(using: &random) else { return nil }
            slots["{hospital}"] = name + Self.hospitalNoun(in: language)
            slots["{place}"] = cityName(city)
            nameWords = Set(TextNormalizer.tokens(name))
            frame = .unlisted
        case "pin":
            guard let pin = entities.pins.randomElement(using: &random) else { return nil }
            // Said whole, or in two groups of three as people read them.
            slots["{pin}"] = Bool.random(using: &random) ? pin.pin : "\(pin.pin.prefix(3)) \(pin.pin.suffix(3))"
            frame = .list(Gold(words: pin.pin, city: pin.city))
        case "road":
            guard let road = entities.roads.randomElement(using: &random) else { return nil }
            slots["{road}"] = road.said
            let name = road.said.split(separator: " ").first.map(String.init) ?? road.said
            frame = .list(Gold(words: name, city: road.city))
        case "two-places":
            guard let first = place(&random), let second = place(&random), first.gold.words != second.gold.words else { return nil }
            slots["{place}"] = first.said
            slots["{place2}"] = second.said
            frame = .twoPlaces(first.gold, second.gold)
        case "emergency":
            slots["{place}"] = entities.cities.randomElement(using: &random).map(cityName) ?? ""
            frame = .emergency
        default:
            frame = .offTopic
        }
        for wrapper in ["story", "politeness", "filler"] {
            slots["{\(wrapper)}"] = banks.templates(wrapper, half: half).randomElement(using: &random) ?? ""
        }
        var said = template
        // Callers wrap a question in a story or a hesitation as often as not.
        if !said.contains("{story}"), Int.random(in: 0..<3, using: &random) == 0 { said = "{story} " + said }
        if !said.contains("{filler}"), Int.random(in: 0..<4, using: &random) == 0 { said = "{filler} " + said }
        for (slot, value) in slots { said = said.replacingOccurrences(of: slot, with: value) }
        turns.append(said)
        return Call(bank: bank, language: language, turns: turns, frame: frame, nameWords: nameWords)
    }

    /// A city (by any of its names) or a locality, as said, with the place the answer must name.
    private func place(_ random: inout SeededGenerator) -> (said: String, gold: Gold)? {
        if Bool.random(using: &random), let locality = entities.localities.randomElement(using: &random) {
            return (locality.said, Gold(words: locality.said, city: locality.city))
        }
        guard let city = entities.cities.randomElement(using: &random) else { return nil }
        return (cityName(city), Gold(words: city.name, city: city))
    }

    private func cityName(_ city: City) -> String {
        city.name(in: language.rawValue) ?? city.name
    }

    private func number(_ value: Int, _ random: inout SeededGenerator) -> String {
        guard Bool.random(using: &random) else { return "\(value)" }
        let words = Self.numberWords(in: language)
        return words[value - 1]
    }

    /// "tell me hospitals in X", as a caller of the language says it.
    static func askList(_ place: String, in language: Language) -> String {
        LanguageRegistry.profile(language).samples.askList.replacingOccurrences(of: "{place}", with: place)
    }

    static func hospitalNoun(in language: Language) -> String {
        LanguageRegistry.profile(language).samples.hospitalNoun
    }

    static func numberWords(in language: Language) -> [String] {
        LanguageRegistry.profile(language).samples.numbers
    }
}
