/// The hospitals of a place, counted and a page at a time.
extension HospitalDirectory {
    /// How many network hospitals the place has.
    public func count(in place: Place) -> Int {
        hospitals(in: place).count
    }

    /// Up to `limit` of the place's hospitals from `offset` on, in list order.
    public func listing(in place: Place, from offset: Int = 0, limit: Int) -> Listing {
        let all = hospitals(in: place)
        let start = min(max(offset, 0), all.count)
        let page = Array(all[start..<min(all.count, start + max(limit, 0))])
        return Listing(total: all.count, hospitals: spoken(page))
    }

    /// Hospital ids of a place, in list order.
    func hospitals(in place: Place) -> [Int] {
        let (cities, area) = filters(for: place)
        if !area.isEmpty { return index.hospitals(inArea: area, cities: cities) }
        return cities.flatMap { Array(index.hospitals(inCity: $0)) }
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
