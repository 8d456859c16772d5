import Foundation

/// The search benchmark behind `brain bench`: index build time, memory per hospital and query
/// latency, on a real list and on synthetic lists made from it, as Markdown table rows.
public struct SearchBenchmark: Sendable {
    /// Queries timed per list.
    public var queries: Int
    /// Also report queries slower than a millisecond.
    public var verbose: Bool

    public init(queries: Int, verbose: Bool) {
        self.queries = queries
        self.verbose = verbose
    }

    /// Measures the list at `path`, then synthetic lists of `sizes`, writing lines to `output`.
    public func run(path: String, sizes: [Int], output: (String) -> Void) throws(NetworkListError) {
        let loadStarted = ContinuousClock.now
        let loaded = try NetworkListLoader.load(path: path)
        let loadTime = ContinuousClock.now - loadStarted
        output(
            "Machine: \(ProcessInfo.processInfo.activeProcessorCount) cores; list \(path): \(loaded.records.count) rows, CSV read and validated in \(Self.format(loadTime))"
        )
        output("| list | hospitals | index build | memory per hospital | query p50 | query p99 | query max |")
        output("|---|---:|---:|---:|---:|---:|---:|")
        measure(name: "real", records: loaded.records, builds: 7, output: output)
        for size in sizes where size > 0 {
            let records = SyntheticNetwork.records(count: size, from: loaded.records)
            measure(name: "synthetic", records: records, builds: size >= 1_000_000 ? 1 : 3, output: output)
        }
    }

    private func measure(name: String, records: [HospitalRecord], builds: Int, output: (String) -> Void) {
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
        for (took, query) in slowest.sorted(by: { $0.0 > $1.0 }).prefix(15) { output("  slow: \(Self.format(took)) \(query)") }
        samples.sort()
        buildTimes.sort()
        let median = buildTimes[buildTimes.count / 2]
        func percentile(_ p: Double) -> Duration { samples[min(samples.count - 1, Int(Double(samples.count) * p))] }
        // The checksum keeps the optimiser from dropping the queries.
        output(
            "| \(name) | \(records.count) | \(Self.format(median)) | \(memory / max(records.count, 1)) B | \(Self.format(percentile(0.5))) | \(Self.format(percentile(0.99))) | \(Self.format(samples.last ?? .zero)) |"
                + (checksum == -1 ? "" : ""))
    }

    static func format(_ duration: Duration) -> String {
        let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
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
