import HospitalSearch

/// How a name the list lacks is noted on a turn's event (and so in every summary and channel):
/// the name and, in brackets, the city it was asked for in — "Zyxwv Galactic (Pune)" — so the
/// network team knows where members want it. Names the list holds elsewhere, or other branches
/// of in the place asked, are not "not in the list" and are not noted at all.
enum NotInListLabel {
    static func label(words: [String], asked: Place?, sameNameHere: [SpokenHospital], otherCities: [City]) -> String? {
        guard sameNameHere.isEmpty, otherCities.isEmpty else { return nil }
        let name = Phrasing.label(words)
        guard let city = asked.flatMap(city(of:)) else { return name }
        return "\(name) (\(city))"
    }

    /// The city of a place asked about: an area's city, a region's name.
    private static func city(of place: Place) -> String? {
        switch place {
        case .city(let city): return city.name
        case .region(let name, _): return name
        case .area(_, let city): return city?.name
        }
    }
}
