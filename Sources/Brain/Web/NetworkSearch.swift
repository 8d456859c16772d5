import HospitalSearch
import Shared

/// The JSON API's two searches (`/search-hospitals`, `/search-by-city`), answered from the
/// directory with the same forgiving matching as calls: "Banglore" is Bengaluru, "Manipaal" is Manipal.
struct NetworkSearch: Sendable {
    let directory: HospitalDirectory

    static let defaultLimit = 10
    static let maximumLimit = 50

    /// A place's network hospitals.
    func byCity(_ city: String, limit: Int) -> SearchReply {
        guard let place = place(city) else {
            return SearchReply(query: nil, city: nil, total: 0, items: [], message: Self.unknownPlace(city))
        }
        let listing = directory.listing(in: place, limit: limit)
        return SearchReply(query: nil, city: Phrasing.name(of: place), total: listing.total, items: listing.hospitals.map(Self.item))
    }

    /// Listed hospitals answering a name, optionally in one place. Only listed hospitals are ever
    /// returned; other branches of the name are not presented as matches.
    func hospitals(query: String, city: String?, limit: Int) -> SearchReply {
        var place: Place?
        if let city, !city.isEmpty {
            guard let found = self.place(city) else {
                return SearchReply(query: query, city: nil, total: 0, items: [], message: Self.unknownPlace(city))
            }
            place = found
        }
        let cityName = place.map { Phrasing.name(of: $0) }
        let words = TextNormalizer.tokens(query).filter { !TextNormalizer.stopWords.contains($0) }
        guard !words.isEmpty else {
            guard let place else { return SearchReply(query: query, city: nil, total: 0, items: [], message: "Give a hospital's name, a city, or both.") }
            return byCity(Phrasing.name(of: place), limit: limit)
        }
        switch directory.confirm(words, in: place) {
        case .one(let hospital):
            return SearchReply(query: query, city: cityName ?? hospital.city, total: 1, items: [Self.item(hospital)])
        case .several(let city, let total, let named):
            return SearchReply(query: query, city: cityName ?? city.name, total: total, items: named.prefix(limit).map(Self.item))
        case .inCities(let cities):
            var items: [HospitalItem] = []
            var total = 0
            for city in cities {
                switch directory.confirm(words, in: .city(city)) {
                case .one(let hospital):
                    total += 1
                    items.append(Self.item(hospital))
                case .several(_, let count, let named):
                    total += count
                    items += named.map(Self.item)
                default:
                    break
                }
            }
            return SearchReply(
                query: query, city: cityName, total: total, items: Array(items.prefix(limit)),
                message: "Found in \(cities.count) cities: \(cities.map(\.name).joined(separator: ", ")).")
        case .notFound(_, let elsewhere):
            let label = Phrasing.label(words)
            var message = "No listed hospital answers \"\(label)\"\(cityName.map { " in \($0)" } ?? "")."
            if !elsewhere.isEmpty { message += " It is in the network in \(elsewhere.map(\.name).joined(separator: ", "))." }
            return SearchReply(query: query, city: cityName, total: 0, items: [], message: message)
        }
    }

    private static func unknownPlace(_ city: String) -> String { "No network city or area is called \"\(city)\"." }

    private func place(_ text: String) -> Place? {
        directory.placeMentions(in: TextNormalizer.tokens(text)).first?.place
    }

    /// A hospital as a card shows it: the address as the list writes it (a card is read, not heard:
    /// "Rd." stays "Rd.", not the spoken "Road").
    static func item(_ hospital: SpokenHospital) -> HospitalItem {
        HospitalItem(name: Speech.clean(hospital.name), address: hospital.address, city: hospital.city)
    }
}
