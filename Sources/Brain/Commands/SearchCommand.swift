import ArgumentParser
import HospitalSearch
import Logging
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
        let directory = try await NetworkSource.directory(hospitalsCSV: hospitalsCSV)
        do {
            for line in try directory.explain(name: name, city: city, area: area, list: list) { print(line) }
        } catch {
            throw ValidationError(error.description)
        }
    }
}
