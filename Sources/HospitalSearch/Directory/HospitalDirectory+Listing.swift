/// The hospitals of a place, counted and a page at a time.
extension HospitalDirectory {
    /// How many network hospitals the place has.
    public func count(in place: Place) -> Int {
        listing(in: place, limit: 0).total
    }

    /// Up to `limit` of the place's hospitals from `offset` on, in list order.
    public func listing(in place: Place, from offset: Int = 0, limit: Int) -> Listing {
        let (cities, area) = filters(for: place)
        // A city's hospitals are a range of ids: only the page is taken from them, never the whole city.
        let ranges = cities.map(index.hospitals(inCity:))
        let inArea: [Int]? = area.isEmpty ? nil : index.hospitals(inArea: area, cities: cities)
        let total = inArea?.count ?? ranges.reduce(0) { $0 + $1.count }
        let start = min(max(offset, 0), total), length = min(max(limit, 0), total - start)
        let page = inArea.map { Array($0[start..<(start + length)]) } ?? Array(ranges.joined().dropFirst(start).prefix(length))
        return Listing(total: total, hospitals: spoken(page))
    }

    /// Where an area the caller named lies: the cities whose hospitals' addresses name it, most
    /// hospitals first. A city holding at least four in five of them is the only answer (lists
    /// carry the odd mistyped address); an area the list does not know has none.
    public func cities(ofArea words: [String]) -> [City] {
        var counts: [Int: Int] = [:]
        let hospitals = index.hospitals(inArea: words)
        for hospital in hospitals { counts[index.hospitals[hospital].city, default: 0] += 1 }
        let ranked = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        guard let top = ranked.first else { return [] }
        if top.value * 5 >= hospitals.count * 4 { return [city(top.key)] }
        return ranked.prefix(3).map { city($0.key) }
    }

    /// The cities (indexes) and area words a place stands for.
    func filters(for place: Place?) -> (cities: [Int], area: [String]) {
        let city = { (city: City) in self.index.places.city(canonicalName: city.name) }
        switch place {
        case .city(let name)?: return (city(name).map { [$0] } ?? [], [])
        case .region(_, let cities)?: return (cities.compactMap(city), [])
        case .area(let words, let name)?: return (name.flatMap(city).map { [$0] } ?? [], words)
        case nil: return ([], [])
        }
    }
}
