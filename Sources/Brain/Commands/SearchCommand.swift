import ArgumentParser
import Foundation
import Shared

/// `brain search`: asks the index a question from the command line, showing why each hospital matched.
struct SearchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search a network list from the command line and explain the ranking.",
        discussion: """
            Examples:
              brain search "Manipal Sarjapur" --city Bangalore
              brain search "Columbia Asia"
              brain search --city Pune --list 5
            """
    )

    @Argument(help: "The hospital name as a caller would say it.") var name: String?
    @Option(help: "Only hospitals in this city (any spelling Loop AI understands).") var city: String?
    @Option(help: "Only hospitals in this area, e.g. Whitefield.") var area: String?
    @Option(help: "List this many hospitals of --city instead of searching by name.") var list: Int?
    @Option(name: .customLong("hospitals-csv"), help: "The network list (HOSPITALS_CSV; default: the bundled demo list).")
    var hospitalsCSV: String?

    func run() async throws {
        var overrides: [Setting: String] = [:]
        overrides[.hospitalsCSV] = hospitalsCSV
        let settings = try await Settings.load(overrides: overrides)
        let path = NetworkSource.path(settings: settings)
        let loaded = try NetworkListLoader.load(path: path)
        let index = HospitalIndex(records: loaded.records)
        let finder = PlaceFinder(places: index.places)
        var cities: [Int] = []
        if let city {
            let mentions = finder.cities(in: TextNormalizer.tokens(city))
            guard let first = mentions.first else { throw ValidationError("'\(city)' is not a city Loop AI knows.") }
            switch first.place {
            case .city(let index): cities = [index]
            case .region(let indexes): cities = indexes
            case .area: break
            }
        }
        if let list {
            for cityIndex in cities {
                let range = index.hospitals(inCity: cityIndex)
                print("\(index.city(cityIndex).name): \(range.count) hospitals")
                for hospital in range.prefix(list) { print("  \(describe(hospital, in: index))") }
            }
            return
        }
        guard let name else { throw ValidationError("Give a hospital name, or --city with --list.") }
        let result = index.find(HospitalQuery(text: name, cities: cities, area: area))
        print("\(result.matches.count) match(es)\(result.unknownWords.isEmpty ? "" : "; unknown words: \(result.unknownWords.joined(separator: ", "))")")
        for match in result.matches.prefix(10) {
            print("  [\(match.tier)] \(String(format: "%.2f", match.score)) \(describe(match.hospital, in: index))  \(match.evidence)")
        }
        if !result.nearMisses.isEmpty {
            print("near misses (not matches):")
            for miss in result.nearMisses.prefix(5) { print("  \(describe(miss.hospital, in: index))  \(miss.evidence)") }
        }
    }

    private func describe(_ hospital: Int, in index: HospitalIndex) -> String {
        "#\(hospital) \(index.spokenName(hospital)), \(index.area(hospital) ?? "-"), \(index.cityName(hospital))"
    }
}
