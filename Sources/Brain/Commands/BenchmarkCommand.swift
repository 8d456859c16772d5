import ArgumentParser
import Config
import Foundation
import HospitalSearch
import Shared

/// `brain bench`: measures index build time, memory and query latency on the real list and on
/// synthetic lists made from it.
struct BenchmarkCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure the search index: build time, memory per hospital, query latency.",
        discussion: """
            Build with -c release for meaningful figures:
              swift build -c release --product brain
              .build/release/brain bench --hospitals-csv ../shared/data/network-hospitals.csv --sizes 100000,1000000
            """
    )

    @Option(name: .customLong("hospitals-csv"), help: "The real network list (HOSPITALS_CSV).") var hospitalsCSV: String?
    @Option(help: "Comma-separated sizes of synthetic lists to measure as well.") var sizes: String = "100000,1000000"
    @Option(help: "Queries timed per list.") var queries: Int = 20000
    @Flag(help: "Print the slowest queries.") var verbose = false

    func run() async throws {
        var overrides: [Setting: String] = [:]
        overrides[.hospitalsCSV] = hospitalsCSV
        let settings = try await Settings.load(overrides: overrides)
        let sizes = sizes.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        try SearchBenchmark(queries: queries, verbose: verbose).run(path: NetworkSource.path(settings: settings), sizes: sizes) { print($0) }
    }
}
