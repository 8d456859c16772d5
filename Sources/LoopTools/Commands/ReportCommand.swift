import ArgumentParser
import Config
import Foundation
import Logging
import Redis
import Shared

/// `loop report`: the call-records summary of `/admin/summary`, in a terminal.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Summarise the call records in Redis: outcomes, intents, places, hospitals not in the list, hand-offs.",
        discussion: """
            Reads the daily summaries the brains keep beside the call records (REDIS_URL, REDIS_KEY_PREFIX \
            from the environment or .env). A call counts on the UTC day of its last event, once its record \
            closed: CALL_RECORD_GRACE_SECONDS after Twilio reported it completed, or SESSION_TTL_SECONDS \
            after its last turn. Days older than CALL_RECORDS_DAYS are gone.
            """)

    @Option(name: .customLong("redis-url"), help: "Redis URL (REDIS_URL).") var redisURL: String?
    @Option(help: "First day, YYYY-MM-DD (in DASHBOARD_TIME_ZONE). Default: 6 days before today.") var from: String?
    @Option(help: "Last day, YYYY-MM-DD (in DASHBOARD_TIME_ZONE). Default: today.") var to: String?
    @Flag(help: "Print JSON (the body of /admin/summary) instead of text.") var json = false

    func run() async throws {
        let settings = try await Settings.load(overrides: redisURL.map { [.redisURL: $0] } ?? [:])
        let store = try settings.callRecordStore()
        let now = Date.nowMilliseconds
        let start = try from.map { try Self.day($0, store.days) } ?? store.weekStart(now: now)
        let end = try to.map { store.days.start(1, daysFrom: try Self.day($0, store.days)) - 1 } ?? now
        guard start <= end else { throw ValidationError("--from must not be after --to.") }
        var logger = Logger(label: "loop-report")
        logger.logLevel = .error
        let redis = RedisClient(endpoint: try settings.redisEndpoint(), connections: 1, commandTimeout: .seconds(10), logger: logger)
        let summary: CallSummary
        do {
            summary = try await store.summary(from: start, to: end, redis: redis)
            await redis.shutdown()
        } catch {
            await redis.shutdown()
            throw ValidationError("Could not read the call records from Redis: \(error)")
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(summary), as: UTF8.self))
        } else {
            print(summary.text)
        }
    }

    static func day(_ text: String, _ days: OperatorDays) throws -> Int64 {
        guard let start = days.start(of: text) else { throw ValidationError("'\(text)' is not a date like 2026-11-26.") }
        return start
    }
}
