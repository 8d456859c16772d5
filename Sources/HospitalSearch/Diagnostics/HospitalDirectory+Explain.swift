import Foundation

/// A question the diagnostic search cannot answer, with why.
public struct SearchQuestionError: Error, CustomStringConvertible {
    public let description: String
}

/// The search's reasoning, spelled out for people (`brain search`).
extension HospitalDirectory {
    /// Lines describing a city listing (`list` given) or a name search, with why each hospital matched.
    public func explain(name: String?, city: String?, area: String?, list: Int?) throws(SearchQuestionError) -> [String] {
        var cities: [Int] = []
        if let city {
            guard let first = finder.cities(in: TextNormalizer.tokens(city)).first else {
                throw SearchQuestionError(description: "'\(city)' is not a city Loop AI knows.")
            }
            switch first.place {
            case .city(let index): cities = [index]
            case .region(let indexes): cities = indexes
            case .area: break
            }
        }
        var lines: [String] = []
        if let list {
            for cityIndex in cities {
                let range = index.hospitals(inCity: cityIndex)
                lines.append("\(index.city(cityIndex).name): \(range.count) hospitals")
                for hospital in range.prefix(list) { lines.append("  \(describe(hospital))") }
            }
            return lines
        }
        guard let name else { throw SearchQuestionError(description: "Give a hospital name, or --city with --list.") }
        let query = HospitalQuery(text: name, cities: cities, area: area)
        let result = index.find(query)
        lines.append("\(result.matches.count) match(es)\(result.unknownWords.isEmpty ? "" : "; unknown words: \(result.unknownWords.joined(separator: ", "))")")
        for match in result.matches.prefix(10) {
            lines.append("  [\(match.tier)] \(String(format: "%.2f", match.score)) \(describe(match.hospital))  \(match.evidence)")
        }
        if !result.nearMisses.isEmpty {
            lines.append("near misses (not matches):")
            for miss in result.nearMisses.prefix(5) { lines.append("  \(describe(miss.hospital))  \(miss.evidence)") }
        }
        return lines
    }

    private func describe(_ hospital: Int) -> String {
        "#\(hospital) \(index.spokenName(hospital)), \(index.area(hospital) ?? "-"), \(index.cityName(hospital))"
    }
}
