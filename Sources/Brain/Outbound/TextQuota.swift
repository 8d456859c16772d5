import Crypto
import Foundation
import Redis
import Shared

/// The daily limit of SMS to one caller number (`SMS_DAILY_LIMIT`): SMS pumping — making a
/// service text premium numbers — is a real fraud, so no number gets more than a few a day.
///
/// Counted per number (hashed, never in clear) and UTC day as a set of the turns that sent one,
/// so a turn redone after a conflict or a crash is not counted twice.
struct TextQuota: Sendable {
    let keys: RedisKeys
    let limit: Int

    /// Counts a turn's SMS in the day's set: true when allowed (counted now or before), false
    /// when the limit is reached.
    struct Take: RedisScriptCall {
        typealias Response = Bool
        static let script = RedisScript(
            keys: ["day"], arguments: ["turn", "limit", "ttl"],
            body: """
                if redis.call('SISMEMBER', key.day, arg.turn) == 1 then return 1 end
                if redis.call('SCARD', key.day) >= tonumber(arg.limit) then return 0 end
                redis.call('SADD', key.day, arg.turn)
                redis.call('EXPIRE', key.day, arg.ttl)
                return 1
                """)

        let day: String
        let turn: TurnID
        let limit: Int

        func encode(into encoder: inout RedisScriptEncoder) {
            encoder.key("day", day)
            encoder.argument("turn", turn.value)
            encoder.argument("limit", limit)
            encoder.argument("ttl", TextQuota.ttl)
        }
    }

    /// How long a day's set is kept: past the end of its day wherever the clock stands.
    static let ttl = 2 * 86_400

    /// Takes one SMS of today's allowance for `number`; false when none is left.
    func take(number: String, turn: TurnID, on connection: ReconnectingRedisConnection, now: Int64 = Date.nowMilliseconds) async throws(RedisError) -> Bool {
        let key = keys.textQuota(number: Self.hash(number), day: Date.utcDay(now))
        return try await connection.run(Take(day: key, turn: turn, limit: limit))
    }

    static func hash(_ number: String) -> String {
        SHA256.hash(data: Array(number.utf8)).prefix(12).hexString
    }
}
