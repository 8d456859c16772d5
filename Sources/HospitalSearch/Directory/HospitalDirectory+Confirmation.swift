/// Whether a named hospital is in the network.
extension HospitalDirectory {
    /// How many branches a ``Confirmation/several(city:total:named:)`` names.
    public static let branchesNamed = 5

    /// Looks for the hospital the caller named (`name`: their words, tokenised) in `place`, or
    /// anywhere when no place was given. A yes comes only from a listed hospital matching.
    /// `heardIn`: the script the name was said in; in any but Latin the words are ICU's Latin for it.
    public func confirm(_ name: [String], in place: Place?, heardIn: Script = .latin) -> Confirmation {
        confirmWithSpelling(name, in: place, heardIn: heardIn).confirmation
    }

    /// ``confirm(_:in:heardIn:)`` and, from the same search, the caller's name words as
    /// the list spells the hospitals found (`["maiks"]` → `["max"]`, `["klaud", "nain"]` →
    /// `["cloudnine"]`), so Loop AI says back the listed name, not its guess at a spelling.
    public func confirmWithSpelling(_ name: [String], in place: Place?, heardIn: Script = .latin) -> (confirmation: Confirmation, spelling: [String]) {
        let (cities, area) = filters(for: place)
        let result = index.find(HospitalQuery(words: name, cities: cities, area: area, heardIn: heardIn))
        return (confirmation(of: result, name: name, in: place, cities: cities, heardIn: heardIn), listedSpelling(of: name, in: result))
    }

    private func confirmation(of result: HospitalSearchResult, name: [String], in place: Place?, cities: [Int], heardIn: Script) -> Confirmation {
        if result.matches.isEmpty {
            // "Bangalore Hospital": a city word that is really part of a hospital's name.
            if case .city(let city)? = place, name.allSatisfy(TextNormalizer.genericWords.contains) {
                let retry = index.find(HospitalQuery(words: TextNormalizer.tokens(city.name) + name, cities: cities))
                if let first = retry.matches.first, retry.matches.count == 1 {
                    return .one(spoken(first.hospital))
                }
            }
            return .notFound(
                nearMisses: spoken(result.nearMisses.prefix(3).map(\.hospital)),
                elsewhere: elsewhere(name, besides: place, heardIn: heardIn))
        }
        var matches = result.matches
        if name.count > 1 {
            if result.matches[0].tier == .exactName && result.matches.filter({ $0.tier == .exactName }).count == 1 {
                // A whole-name match outranks partial ones: "Fortis Mulund" is that hospital, not all Fortis.
                matches = [result.matches[0]]
            } else {
                // Of the names holding every word said, the one they begin: "Bombay Hospital" is
                // Bombay Hospital & Medical Research Centre, not New Bombay Hospital.
                let begun = result.matches.filter { TextNormalizer.tokens(index.hospitals[$0.hospital].name).starts(with: name) }
                if begun.count == 1 { matches = begun }
            }
        }
        let groups = index.groupedByCity(matches.map(\.hospital))
        if groups.count > 1 {
            return .inCities(groups.map { city($0.city) })
        }
        let hospitals = groups[0].hospitals
        if hospitals.count == 1 { return .one(spoken(hospitals[0])) }
        return .several(city: city(groups[0].city), total: hospitals.count, named: spoken(Array(hospitals.prefix(Self.branchesNamed))))
    }

    /// Cities where the name is in the network, other than the city asked about.
    private func elsewhere(_ name: [String], besides place: Place?, heardIn: Script) -> [City] {
        guard let place else { return [] }
        let anywhere = index.find(HospitalQuery(words: name, heardIn: heardIn))
        return index.groupedByCity(anywhere.matches.map(\.hospital)).map { city($0.city) }
            .filter { place != .city($0) }
    }
}
