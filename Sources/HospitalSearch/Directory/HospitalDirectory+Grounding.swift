/// The list asked again about facts the dialog is about to state: the checks behind the brain's
/// grounding stage, so nothing is ever said that the list does not support.
extension HospitalDirectory {
    /// The listed hospital a spoken one stands for, if the list has it.
    func listedHospital(_ hospital: SpokenHospital) -> Int? {
        byAddress[hospital.address]?.first { index.spokenName($0) == hospital.name && index.cityName($0) == hospital.city }
    }

    /// True when the list has this hospital, under this name, at this address, in this city.
    public func isListed(_ hospital: SpokenHospital) -> Bool {
        listedHospital(hospital) != nil
    }

    /// For each hospital, true when the list has it and it lies in `place`: in one of its cities,
    /// and, for an area, with the area's words in its address.
    public func lie(_ hospitals: [SpokenHospital], in place: Place) -> [Bool] {
        let (cities, area) = filters(for: place)
        // An area said with no city the list knows it in has no hospitals to vouch for.
        if case .area(_, let city?) = place, cities.isEmpty, !city.name.isEmpty { return hospitals.map { _ in false } }
        if case .city = place, cities.isEmpty { return hospitals.map { _ in false } }
        let inArea: Set<Int>? = area.isEmpty ? nil : Set(self.hospitals(inArea: area, cities: cities))
        return hospitals.map { hospital in
            guard let listed = listedHospital(hospital) else { return false }
            if !cities.isEmpty, !cities.contains(index.hospitals[listed].city) { return false }
            return inArea?.contains(listed) ?? true
        }
    }
}
