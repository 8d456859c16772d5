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

    /// KEYS: the day's set. ARGV: turn id, limit, TTL. 1: allowed, 0: the limit is reached.
    static let script = RedisScript(
        """
        if redis.call('SISMEMBER', KEYS[1], ARGV[1]) == 1 then return 1 end
        if redis.call('SCARD', KEYS[1]) >= tonumber(ARGV[2]) then return 0 end
        redis.call('SADD', KEYS[1], ARGV[1])
        redis.call('EXPIRE', KEYS[1], ARGV[3])
        return 1
        """)

    /// How long a day's set is kept: past the end of its day wherever the clock stands.
    static let ttl = 2 * 86_400

    /// Takes one SMS of today's allowance for `number`; false when none is left.
    func take(number: String, turn: TurnID, on connection: ReconnectingRedisConnection, now: Int64 = Date.nowMilliseconds) async throws(RedisError) -> Bool {
        let key = keys.textQuota(number: Self.hash(number), day: Date.utcDay(now))
        let reply = try await connection.run(
            Self.script, keys: [Array(key.utf8)], arguments: [Array(turn.value.utf8), Array(String(limit).utf8), Array(String(Self.ttl).utf8)])
        return try reply.orThrow().int == 1
    }

    static func hash(_ number: String) -> String {
        SHA256.hash(data: Array(number.utf8)).prefix(12).hexString
    }
}
