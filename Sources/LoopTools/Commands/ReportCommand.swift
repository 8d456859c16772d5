import ArgumentParser
import Foundation
import Logging
import Shared

/// `loop report`: the call-records summary of `/admin/summary`, in a terminal.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Summarise the call records in Redis: outcomes, intents, places, hospitals not in the list, hand-offs.",
        discussion: """
            Reads the call-records stream the brains write (REDIS_URL, REDIS_KEY_PREFIX from the environment \
            or .env). Calls are counted when their record closed: CALL_RECORD_GRACE_SECONDS after Twilio \
            reported them completed, or SESSION_TTL_SECONDS after their last turn.
            """)

    @Option(name: .customLong("redis-url"), help: "Redis URL (REDIS_URL).") var redisURL: String?
    @Option(help: "First day, YYYY-MM-DD (UTC). Default: 7 days ago.") var from: String?
    @Option(help: "Last day, YYYY-MM-DD (UTC). Default: now.") var to: String?
    @Flag(help: "Print JSON (the body of /admin/summary) instead of text.") var json = false

    func run() async throws {
        let settings = try await Settings.load(overrides: redisURL.map { [.redisURL: $0] } ?? [:])
        let store = try settings.callRecordStore()
        let now = Date.nowMilliseconds
        let start = try from.map { try Self.day($0) } ?? now - 7 * 86_400_000
        let end = try to.map { try Self.day($0) + 86_400_000 - 1 } ?? now
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

    static func day(_ text: String) throws -> Int64 {
        guard let start = Date.startOfUTCDay(text) else { throw ValidationError("'\(text)' is not a date like 2026-11-26.") }
        return start
    }
}
