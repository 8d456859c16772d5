import HospitalSearch

/// How places and the caller's own words for a hospital are said back.
extension Phrasing {
    /// The caller's words for a hospital, as Loop AI repeats them ("Manipal Sarjapur").
    static func label(_ words: [String]) -> String {
        words.filter { !TextNormalizer.stopWords.contains($0) }.map(capitalised).joined(separator: " ")
    }

    /// "Bengaluru", "DELHI NCR", "Whitefield, Bengaluru"; `cityName` says a city in the call's language.
    static func name(of place: Place, cityName: (City) -> String = \.name) -> String {
        switch place {
        case .city(let city): return cityName(city)
        case .region(let name, _): return name
        case .area(let words, let city):
            // A PIN code is said as one, digit by digit: "PIN code 4 1 1 0 3 8", not a large number.
            let isPIN = words.count == 1 && words[0].utf8.count == 6 && words[0].allSatisfy(\.isNumber)
            let area = isPIN ? "PIN code " + words[0].map(String.init).joined(separator: " ") : words.map(capitalised).joined(separator: " ")
            return city.map { "\(area), \(cityName($0))" } ?? area
        }
    }

    static func capitalised(_ word: String) -> String {
        word.prefix(1).uppercased() + word.dropFirst()
    }
}
