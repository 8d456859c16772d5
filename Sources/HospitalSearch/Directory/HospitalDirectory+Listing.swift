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
        let inArea: [Int]? = area.isEmpty ? nil : hospitals(inArea: area, cities: cities)
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
        let hospitals = self.hospitals(inArea: words, cities: [])
        for hospital in hospitals { counts[index.hospitals[hospital].city, default: 0] += 1 }
        let ranked = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        guard let top = ranked.first else { return [] }
        if top.value * 5 >= hospitals.count * 4 { return [city(top.key)] }
        return ranked.prefix(3).map { city($0.key) }
    }

    /// Hospitals whose address names the area: its words, or its PIN code exactly (a PIN one
    /// digit off is another place, never a near spelling).
    func hospitals(inArea area: [String], cities: [Int]) -> [Int] {
        guard area.count == 1, PinCodes.isPIN(area[0]) else {
            return onRoad(index.hospitals(inArea: area, cities: cities), area).filter { carriesTogether($0, area) }
        }
        let all = pinCodes.hospitals[area[0]] ?? []
        return cities.isEmpty ? all : all.filter { cities.contains(index.hospitals[$0].city) }
    }

    /// Words that make the word before them a road's name.
    static let roadWords: Set<String> = ["road", "marg"]

    /// Of hospitals found by an area's words, those on the road it names ("Karve Road"): "road" is
    /// in so many addresses that the search does not weigh it, but Karve Road is not Karve Nagar.
    private func onRoad(_ hospitals: [Int], _ area: [String]) -> [Int] {
        guard let road = area.indices.first(where: { $0 > 0 && Self.roadWords.contains(area[$0]) }) else { return hospitals }
        let phrase = [area[road - 1], area[road]]
        return hospitals.filter { hospital in
            let words = writtenWords[hospital]
            return words.indices.dropLast().contains { words[$0] == phrase[0] && words[$0 + 1] == phrase[1] }
        }
    }

    /// True when every area word is in the hospital's address or name as one word, spelt within
    /// two letters, or as two neighbours written apart a letter off at most ("Jaya Nagar"): "Srinagar" is not Sri
    /// Maruthi Hospital in Maruthi Nagar, though it holds both halves.
    private func carriesTogether(_ hospital: Int, _ area: [String]) -> Bool {
        let words = writtenWords[hospital]
        return area.allSatisfy { said in
            guard Int(said) == nil, !TextNormalizer.stopWords.contains(said) else { return true }
            // A short word ("New Alipore", "Hsg Society") must be there as said.
            if said.utf8.count < 6 { return words.contains(said) }
            let bytes = Array(said.utf8)
            let near = { (written: String, limit: Int) in written == said || EditDistance.within(Array(written.utf8), bytes, limit: limit) != nil }
            return words.contains { near($0, 2) } || zip(words, words.dropFirst()).contains { near($0 + $1, 1) }
        }
    }

    /// The place a caller means by a PIN code: the hospitals whose address carries it, in the city
    /// most of them are in; when none does, the nearest PIN code of the same postal district that
    /// has some (`exact` false). Nil for digits that are no PIN code, or a district without hospitals.
    public func place(forPIN pin: String) -> (place: Place, exact: Bool)? {
        guard PinCodes.isPIN(pin), let listed = pinCodes.hospitals[pin] != nil ? pin : pinCodes.nearest(to: pin),
            let hospitals = pinCodes.hospitals[listed]
        else { return nil }
        var counts: [Int: Int] = [:]
        for hospital in hospitals { counts[index.hospitals[hospital].city, default: 0] += 1 }
        let city = counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }.map { self.city($0.key) }
        return (.area(words: [listed], city: city), listed == pin)
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
