import Foundation

/// Listing and describing hospitals: by city, by area, one at a time.
extension HospitalIndex {
    /// The hospitals of a city, in list order.
    func hospitals(inCity city: Int) -> Range<Int> {
        self.city(city).hospitals
    }

    /// Hospitals whose address (or name) has every word of `area`, allowing mis-hearing,
    /// optionally only in some cities. In list order.
    func hospitals(inArea area: [String], cities: [Int] = []) -> [Int] {
        // Only close spellings name an area: a weak sound-alike would pull in another place.
        // One place spelt several ways is one place: "Jayanagar" counts "Jaya Nagar" too, and
        // "Dombivli" counts "Dombivali" (same consonants, within two letters).
        let terms = self.terms(for: area).filter { !$0.generic }.map { term in
            var alternatives = term.alternatives.filter { $0.quality >= 0.8 }
            // Short words have too many neighbours ("Powai", "Mira"): only longer ones gather variants.
            if alternatives.contains(where: { $0.kind == .exact && $0.words.count == 1 }), term.said.utf8.count >= 6,
                Skeleton.key(term.said).utf8.count >= 3
            {
                alternatives += splits(of: term.said)
                let bytes = Array(term.said.utf8)
                alternatives += vocabulary.heardAlikes(of: term.said).filter { alike in
                    !placePostings[Int(alike.word)].isEmpty && EditDistance.within(bytes, vocabulary.utf8[Int(alike.word)], limit: 2) != nil
                }.map { Term.Alternative(words: [$0.word], quality: 0.8, kind: .spelling) }
            }
            return Term(said: term.said, alternatives: alternatives, generic: false, weight: term.weight)
        }
        guard !terms.isEmpty, terms.allSatisfy(\.known) else { return [] }
        let ranges = cities.isEmpty ? [0..<count] : cities.map { city($0).hospitals }
        let seed = terms.min { postingCount($0, in: ranges) < postingCount($1, in: ranges) }!
        return hospitals(carrying: seed, in: ranges).filter { hospital in
            terms.allSatisfy { $0.said == seed.said || carries(hospital, $0) }
        }
    }

    /// True when the word names a place in some hospital's address.
    func isPlaceWord(_ word: String) -> Bool {
        guard let id = vocabulary.id(of: word) else { return false }
        return !placePostings[Int(id)].isEmpty
    }

    /// True when the list knows the word (exactly) in a name or alias.
    func isNameWord(_ word: String) -> Bool {
        guard let id = vocabulary.id(of: word) else { return false }
        return !namePostings[Int(id)].isEmpty
    }

    /// The hospital's name as Loop AI says it ("Manipal Hospitals").
    func spokenName(_ hospital: Int) -> String {
        spoken(hospital).name
    }

    /// The area a caller would recognise ("Sarjapur Road"), when the address has one.
    func area(_ hospital: Int) -> String? {
        spoken(hospital).areas.first
    }

    /// A second area naming the hospital's place more narrowly (to tell two branches apart).
    func narrowerArea(_ hospital: Int) -> String? {
        spoken(hospital).areas.dropFirst().first
    }

    /// How a hospital is said, worked out the first time it is needed and kept: parsing every
    /// name and address at start-up would cost seconds for a million-hospital list.
    func spoken(_ hospital: Int) -> SpokenForm {
        if let cached = spokenCache.withLock({ $0[hospital] }) { return cached }
        let record = hospitals[hospital]
        let parts = NameParts(record.name)
        var areas = AddressArea.areas(of: record.address, cityWords: cityPhrases)
        if areas.isEmpty, let place = parts.places.first {
            areas = AddressArea.areas(of: place, cityWords: cityPhrases)
        }
        if areas.isEmpty, places.isLocality(TextNormalizer.phrase(record.cityColumn)) {
            areas = [NameParts.speakable(record.cityColumn.capitalized)]
        }
        let form = SpokenForm(name: parts.spoken, areas: areas)
        spokenCache.withLock { $0[hospital] = form }
        return form
    }

    /// The canonical city name of a hospital ("Bengaluru").
    func cityName(_ hospital: Int) -> String {
        city(hospitals[hospital].city).name
    }

    /// Groups hospitals by city, largest group first, then by city order.
    func groupedByCity(_ hospitals: [Int]) -> [(city: Int, hospitals: [Int])] {
        var groups: [Int: [Int]] = [:]
        for hospital in hospitals { groups[self.hospitals[hospital].city, default: []].append(hospital) }
        return groups.map { (city: $0.key, hospitals: $0.value) }
            .sorted { $0.hospitals.count != $1.hospitals.count ? $0.hospitals.count > $1.hospitals.count : $0.city < $1.city }
    }
}
