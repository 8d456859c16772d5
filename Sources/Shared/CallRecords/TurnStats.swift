import Foundation
import Redis

/// Turns per minute and their latency, kept by the brains in one small hash per minute
/// (``RedisKeys/stats(minute:)``) for the dashboard: a count and a histogram of the time from
/// webhook to committed answer.
public enum TurnStats {
    /// What went wrong for callers in a minute, counted beside its turns for the console's alerts.
    public enum Problem: String, Sendable, CaseIterable {
        /// A caller was put on hold because no brain answered within the budget.
        case held
        /// A caller heard an apology because Redis or the brains were out of reach.
        case apologised
        /// Twilio refused a text Loop AI promised.
        case textFailed = "text-failed"
        /// A recording could not be started, stopped or made.
        case recordingFailed = "recording-failed"
        /// A fact the network list does not support was held back from an answer (the brain's
        /// grounding stage): understanding or the search went wrong somewhere.
        case ungrounded
    }

    /// Counts one `problem` in the current minute.
    public static func count(_ problem: Problem, keys: RedisKeys, now: Int64 = Date.nowMilliseconds) -> [any RedisCommandType] {
        let key = keys.stats(minute: minute(now))
        return [HINCRBY(key, field: problem.rawValue, by: 1), EXPIRE(key, seconds: ttl)]
    }

    /// Upper bounds of the latency buckets, in milliseconds; the last bucket is everything slower.
    public static let bounds: [Int64] = [5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000]

    /// How long a minute's hash is kept.
    public static let ttl = 7200

    /// The bucket of a latency.
    public static func bucket(milliseconds: Int64) -> Int {
        bounds.firstIndex { milliseconds <= $0 } ?? bounds.count
    }

    /// The minute a time falls in (minutes since the epoch).
    public static func minute(_ milliseconds: Int64) -> Int64 { milliseconds / 60_000 }

    /// The latency below which `fraction` of the counted turns fell: a bucket's upper bound (ms);
    /// nil without turns.
    public static func percentile(_ fraction: Double, of buckets: [Int]) -> Int64? {
        let total = buckets.reduce(0, +)
        guard total > 0 else { return nil }
        var seen = 0
        for (index, count) in buckets.enumerated() {
            seen += count
            if Double(seen) >= fraction * Double(total) { return index < bounds.count ? bounds[index] : bounds[bounds.count - 1] * 2 }
        }
        return nil
    }
}
