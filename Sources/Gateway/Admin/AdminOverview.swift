import Foundation
import Redis
import Shared

/// What the dashboard shows, in one JSON read every few seconds: the system now (calls in
/// progress, turns per minute, latency, brains, queue) and the calls of today and of the last 7 UTC days.
struct AdminOverview: Codable, Sendable {
    var generatedAt: Int64
    var callsInProgress: Int
    /// Turns answered in each of the last 30 minutes, oldest first (the current minute last).
    var turnsPerMinute: [Int]
    /// Over the last 5 minutes, in ms (upper bounds of latency buckets); nil without turns.
    var latencyP50: Int64?
    var latencyP99: Int64?
    var queueDepth: Int
    var outboxDepth: Int
    var brains: [BrainSummary]
    var today: CallSummary
    var week: CallSummary

    static func read(redis: RedisClient, configuration: GatewayConfiguration) async throws(RedisError) -> AdminOverview {
        let keys = configuration.keys
        let now = Date.nowMilliseconds
        let minute = TurnStats.minute(now)
        let minutes = (0..<30).map { minute - 29 + Int64($0) }
        let bucketFields = (0...TurnStats.bounds.count).map { "b\($0)" }
        var commands: [any RedisCommandType] = minutes.map { HMGET(keys.stats(minute: $0), ["turns"] + bucketFields) }
        // A call still open past its grace period is in progress (a completed call waits at most the grace).
        commands.append(ZCOUNT(keys.closingCalls, min: String(now + configuration.records.grace.milliseconds + 1), max: "+inf"))
        commands.append(LLEN(keys.turns))
        commands.append(ZCARD(keys.outboxDue))
        // Today's and the week's summaries ride in the same round trip.
        let today = configuration.records.summaryRead(from: Date.startOfUTCDay(containing: now), to: now)
        let week = configuration.records.summaryRead(from: CallRecordStore.weekStart(now: now), to: now)
        let summariesStart = commands.count
        commands += today.commands + week.commands
        let replies = try await redis.pipeline(commands)
        var turns: [Int] = []
        var buckets = Array(repeating: 0, count: bucketFields.count)
        for (index, reply) in replies.prefix(minutes.count).enumerated() {
            let fields = try [RedisBytes?](reply: reply)
            turns.append(fields.first??.int ?? 0)
            if index >= minutes.count - 5 {
                for (bucket, value) in fields.dropFirst().enumerated() { buckets[bucket] += value?.int ?? 0 }
            }
        }
        let rest = Array(replies[minutes.count..<summariesStart])
        let weekStart = summariesStart + today.commands.count
        let live = (try? await BrainRegistry(redis: redis, keys: keys).liveWorkers()) ?? []
        return AdminOverview(
            generatedAt: now, callsInProgress: try Int(reply: rest[0]), turnsPerMinute: turns,
            latencyP50: TurnStats.percentile(0.5, of: buckets), latencyP99: TurnStats.percentile(0.99, of: buckets),
            queueDepth: try Int(reply: rest[1]), outboxDepth: try Int(reply: rest[2]),
            brains: live.map(BrainSummary.init),
            today: try today.summary(replies[summariesStart..<weekStart]), week: try week.summary(replies[weekStart...]))
    }
}
