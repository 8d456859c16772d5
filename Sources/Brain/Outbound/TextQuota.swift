import Crypto
import Foundation
import Redis
import Shared

/// The SMS allowance (``SMSPolicy``): per number and UTC day, a set of the turns that sent one (so
/// a turn redone after a conflict or a crash is not counted twice); per range of numbers, per hour
/// and per day for the whole service, counters of segments. All are checked and counted in one
/// script, so concurrent brains never overshoot a cap. Numbers are hashed, never stored in clear.
struct TextQuota: Sendable {
    let keys: RedisKeys
    let policy: SMSPolicy

    /// What the allowance said.
    enum Outcome: Int, RedisReplyDecodable, Equatable {
        case allowed = 1
        case numberLimit = 0
        case globalHourly = -1
        case globalDaily = -2
        case rangeLimit = -3

        init(reply: RedisValue) throws(RedisError) {
            guard let outcome = Outcome(rawValue: try Int(reply: reply)) else { throw .unexpectedReply("an SMS allowance answered \(reply.shape)") }
            self = outcome
        }
    }

    /// Counts a turn's SMS against every cap, or none when one is reached.
    struct Take: RedisScriptCall {
        typealias Response = Outcome
        static let script = RedisScript(
            keys: ["number", "hour", "day", "range"],
            arguments: ["turn", "numberLimit", "segments", "hourLimit", "dayLimit", "rangeLimit", "ttl"],
            body: """
                if redis.call('SISMEMBER', key.number, arg.turn) == 1 then return 1 end
                if redis.call('SCARD', key.number) >= tonumber(arg.numberLimit) then return 0 end
                local segments = tonumber(arg.segments)
                if tonumber(redis.call('GET', key.hour) or '0') + segments > tonumber(arg.hourLimit) then return -1 end
                if tonumber(redis.call('GET', key.day) or '0') + segments > tonumber(arg.dayLimit) then return -2 end
                if tonumber(redis.call('GET', key.range) or '0') + segments > tonumber(arg.rangeLimit) then return -3 end
                redis.call('SADD', key.number, arg.turn)
                redis.call('EXPIRE', key.number, arg.ttl)
                for _, counter in ipairs({key.hour, key.day, key.range}) do
                    redis.call('INCRBY', counter, segments)
                    redis.call('EXPIRE', counter, arg.ttl)
                end
                return 1
                """)

        let keys: RedisKeys
        let number: String
        let turn: TurnID
        let segments: Int
        let policy: SMSPolicy
        let now: Int64

        func encode(into encoder: inout RedisScriptEncoder) {
            let day = Date.utcDay(now)
            encoder.key("number", keys.textQuota(number: TextQuota.hash(number), day: day))
            encoder.key("hour", keys.textQuota(number: "all", day: day + "T" + String(now / 3_600_000 % 24)))
            encoder.key("day", keys.textQuota(number: "all", day: day))
            encoder.key("range", keys.textQuota(number: "range-" + TextQuota.hash(SMSPolicy.range(of: number)), day: day))
            encoder.argument("turn", turn.value)
            encoder.argument("numberLimit", policy.perNumberDaily)
            encoder.argument("segments", segments)
            encoder.argument("hourLimit", policy.globalHourly)
            encoder.argument("dayLimit", policy.globalDaily)
            encoder.argument("rangeLimit", policy.perRangeDaily)
            encoder.argument("ttl", TextQuota.ttl)
        }
    }

    /// How long the counters are kept: past the end of their day wherever the clock stands.
    static let ttl = 2 * 86_400

    /// Takes the allowance for one text of `segments` to `number`.
    func take(
        number: String, segments: Int, turn: TurnID, on connection: ReconnectingRedisConnection, now: Int64 = Date.nowMilliseconds
    ) async throws(RedisError) -> Outcome {
        try await connection.run(Take(keys: keys, number: number, turn: turn, segments: segments, policy: policy, now: now))
    }

    static func hash(_ number: String) -> String {
        SHA256.hash(data: Array(number.utf8)).prefix(12).hexString
    }
}
