import ArgumentParser
import Foundation
import Logging
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
        let path = NetworkSource.path(settings: settings)
        let loadStarted = ContinuousClock.now
        let loaded = try NetworkListLoader.load(path: path)
        let loadTime = ContinuousClock.now - loadStarted
        print("Machine: \(ProcessInfo.processInfo.activeProcessorCount) cores; list \(path): \(loaded.records.count) rows, CSV read and validated in \(format(loadTime))")
        print("| list | hospitals | index build | memory per hospital | query p50 | query p99 | query max |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        measure(name: "real", records: loaded.records, builds: 7)
        for size in sizes.split(separator: ",").compactMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) where size > 0 {
            let records = SyntheticNetwork.records(count: size, from: loaded.records)
            measure(name: "synthetic", records: records, builds: size >= 1_000_000 ? 1 : 3)
        }
    }

    private func measure(name: String, records: [HospitalRecord], builds: Int) {
        var buildTimes: [Duration] = []
        var index: HospitalIndex?
        var memory = 0
        for build in 0..<builds {
            index = nil
            let before = Self.residentBytes()
            let started = ContinuousClock.now
            let built = HospitalIndex(records: records)
            buildTimes.append(ContinuousClock.now - started)
            // Freed memory is not returned to the system, so only the first build's growth counts.
            if build == 0 { memory = Self.residentBytes() - before }
            index = built
        }
        guard let index else { return }
        let workload = SearchWorkload(index: index, count: queries)
        var checksum = 0
        for query in workload.queries.prefix(1000) { checksum &+= SearchWorkload.run(query, on: index) }
        var samples: [Duration] = []
        samples.reserveCapacity(workload.queries.count)
        var slowest: [(Duration, String)] = []
        for query in workload.queries {
            let started = ContinuousClock.now
            checksum &+= SearchWorkload.run(query, on: index)
            let took = ContinuousClock.now - started
            samples.append(took)
            if verbose, took > .milliseconds(1) { slowest.append((took, "\(query)")) }
        }
        for (took, query) in slowest.sorted(by: { $0.0 > $1.0 }).prefix(15) { print("  slow: \(format(took)) \(query)") }
        samples.sort()
        buildTimes.sort()
        let median = buildTimes[buildTimes.count / 2]
        func percentile(_ p: Double) -> Duration { samples[min(samples.count - 1, Int(Double(samples.count) * p))] }
        print("| \(name) | \(records.count) | \(format(median)) | \(memory / max(records.count, 1)) B | \(format(percentile(0.5))) | \(format(percentile(0.99))) | \(format(samples.last ?? .zero)) |"
              + (checksum == -1 ? "" : ""))
    }

    private func format(_ duration: Duration) -> String {
        let seconds = duration.seconds
        if seconds >= 1 { return String(format: "%.2f s", seconds) }
        if seconds >= 0.001 { return String(format: "%.1f ms", seconds * 1000) }
        return String(format: "%.1f µs", seconds * 1_000_000)
    }

    /// The process's resident memory in bytes (Linux `/proc/self/statm`; 0 elsewhere).
    static func residentBytes() -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }
}
