import Redis
import Shared

/// The brains' per-minute turn statistics (``TurnStats``) of the last minutes, added up as the
/// dashboard and the alerts read them: turns per minute, latency over the last 5 minutes, and
/// problems over the last 5 and 15.
struct RecentTurns {
    var turnsPerMinute: [Int] = []
    var buckets = Array(repeating: 0, count: TurnStats.bounds.count + 1)
    var problems: [TurnStats.Problem: (recent: Int, quarter: Int)] = [:]

    static let bucketFields = (0...TurnStats.bounds.count).map { "b\($0)" }

    /// One `HMGET` per minute (per shard in a cluster, ``RedisKeys/counted``), the oldest first,
    /// the current minute last.
    static func commands(keys: RedisKeys, now: Int64, minutes: Int) -> [HMGET] {
        let minute = TurnStats.minute(now)
        let fields = ["turns"] + bucketFields + TurnStats.Problem.allCases.map(\.rawValue)
        return (0..<minutes).flatMap { offset in
            keys.counted.map { HMGET($0.stats(minute: minute - Int64(minutes - 1 - offset)), fields) }
        }
    }

    /// From the replies to ``commands(keys:now:minutes:)``, in order.
    init(replies: some Collection<RedisValue>, keys: RedisKeys) throws(RedisError) {
        let perMinute = keys.counted.count
        let count = replies.count / perMinute
        for (position, reply) in replies.enumerated() {
            let index = position / perMinute
            let fields = try [RedisBytes?](reply: reply)
            if position % perMinute == 0 { turnsPerMinute.append(0) }
            turnsPerMinute[turnsPerMinute.count - 1] += fields.first??.int ?? 0
            if index >= count - 5 {
                for (bucket, value) in fields.dropFirst().prefix(Self.bucketFields.count).enumerated() { buckets[bucket] += value?.int ?? 0 }
            }
            for (problem, value) in zip(TurnStats.Problem.allCases, fields.dropFirst(1 + Self.bucketFields.count)) {
                let amount = value?.int ?? 0
                var seen = problems[problem] ?? (0, 0)
                if index >= count - 5 { seen.recent += amount }
                if index >= count - 15 { seen.quarter += amount }
                problems[problem] = seen
            }
        }
    }

    var p50: Int64? { TurnStats.percentile(0.5, of: buckets) }
    var p99: Int64? { TurnStats.percentile(0.99, of: buckets) }
}
