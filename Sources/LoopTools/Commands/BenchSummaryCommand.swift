import ArgumentParser
import Foundation
import Logging
import Redis
import Shared

/// `loop bench-summary`: files a week of call records into a Redis and times the summary the
/// dashboard reads every few seconds, from the daily counters, beside reading every record.
struct BenchSummaryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-summary",
        abstract: "Time the call summary (/admin/summary, the dashboard, loop report) over a week of generated calls.",
        discussion: """
            Files --calls calls spread over the last 7 UTC days under a key prefix of their own (the \
            same close script the brains run), then times the week's summary read from the daily \
            counters, and the same summary computed by reading and folding every record. Both must \
            agree. The keys are deleted afterwards. Use a Redis of its own (see docs/benchmarks.md).

            Example:  loop bench-summary --redis-url redis://127.0.0.1:6590/0 --calls 20000
            """)

    @Option(name: .customLong("redis-url"), help: "Redis URL.") var redisURL: String
    @Option(help: "How many calls to file.") var calls: Int = 20_000
    @Option(help: "How many times to read each summary.") var reads: Int = 5

    func run() async throws {
        guard calls > 0, reads > 0 else { throw ValidationError("--calls and --reads must be at least 1.") }
        var logger = Logger(label: "bench-summary")
        logger.logLevel = .error
        let redis = RedisClient(endpoint: try RedisEndpoint(url: redisURL), connections: 4, commandTimeout: .seconds(60), logger: logger)
        let store = CallRecordStore(keys: RedisKeys(prefix: "loopai-bench-\(UInt32.random(in: 0...UInt32.max)):"), maximumRecords: calls * 2, grace: .zero)
        do {
            try await measure(store: store, redis: redis)
        } catch {
            await redis.shutdown()
            throw error
        }
        await redis.shutdown()
    }

    private func measure(store: CallRecordStore, redis: RedisClient) async throws {
        let now = Date.nowMilliseconds
        let start = ContinuousClock.now
        try await CallRecordsFixture.file(calls: calls, endingAt: now, store: store, redis: redis)
        print(String(format: "Filed %d calls over 7 days in %.1f s", calls, (ContinuousClock.now - start).seconds))
        let from = store.weekStart(now: now)
        var counted: CallSummary?
        let fromCounters = try await time(reads) { counted = try await store.summary(from: from, to: now, redis: redis) }
        var folded: CallSummary?
        let fromRecords = try await time(reads) {
            let filter = CallRecordStore.Filter(from: from, to: Date.nowMilliseconds)
            var records: [CallRecord] = []
            var next: String?
            repeat {
                let page = try await store.page(filter, limit: calls + 1, before: next, redis: redis)
                records += page.calls
                next = page.next
            } while next != nil
            folded = CallSummary(records: records, from: from, to: now)
        }
        print(String(format: "Week's summary from the daily counters: median %8.2f ms", fromCounters * 1000))
        print(String(format: "Week's summary by folding every record: median %8.2f ms", fromRecords * 1000))
        let agree = counted?.calls == calls && counted?.outcomes == folded?.outcomes && counted?.topNotFound == folded?.topNotFound
        print(agree ? "Both summaries agree (\(calls) calls)." : "The summaries differ: counters \(counted?.calls ?? 0) calls, records \(folded?.calls ?? 0).")
        try await CallRecordsFixture.delete(store: store, endingAt: now, redis: redis)
        if !agree { throw ExitCode.failure }
    }

    /// The median of `count` runs, in seconds.
    private func time(_ count: Int, _ body: () async throws -> Void) async throws -> Double {
        var seconds: [Double] = []
        for _ in 0..<count {
            let start = ContinuousClock.now
            try await body()
            seconds.append((ContinuousClock.now - start).seconds)
        }
        return seconds.sorted()[count / 2]
    }
}
