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
    /// WhatsApp's allowance is counted apart, one per message.
    var channel: MessageChannel = .sms

    /// What the allowance said.
    enum Outcome: Sendable, Equatable {
        case allowed
        case numberLimit
        case globalHourly
        case globalDaily
        case rangeLimit
    }

    /// A turn's SMS counted against every cap as a part of its commit, or, when a cap is reached,
    /// the commit ended with that cap's ``TurnCommit/Outcome`` and nothing counted.
    struct Claim: RedisMemoryPart {
        static let part = RedisScriptPart(
            keys: ["number", "hour", "day", "range"],
            arguments: ["claimingTurn", "numberLimit", "segments", "hourLimit", "dayLimit", "rangeLimit", "quotaTTL"],
            check: """
                if redis.call('SISMEMBER', key.number, arg.claimingTurn) == 0 then
                    if redis.call('SCARD', key.number) >= tonumber(arg.numberLimit) then \(TurnCommit.Outcome.textNumberLimit.lua) end
                    local segments = tonumber(arg.segments)
                    if tonumber(redis.call('GET', key.hour) or '0') + segments > tonumber(arg.hourLimit) then \(TurnCommit.Outcome.textGlobalHourly.lua) end
                    if tonumber(redis.call('GET', key.day) or '0') + segments > tonumber(arg.dayLimit) then \(TurnCommit.Outcome.textGlobalDaily.lua) end
                    if tonumber(redis.call('GET', key.range) or '0') + segments > tonumber(arg.rangeLimit) then \(TurnCommit.Outcome.textRangeLimit.lua) end
                end
                """,
            apply: """
                if redis.call('SADD', key.number, arg.claimingTurn) == 1 then
                    redis.call('EXPIRE', key.number, arg.quotaTTL)
                    for _, counter in ipairs({key.hour, key.day, key.range}) do
                        redis.call('INCRBY', counter, arg.segments)
                        redis.call('EXPIRE', counter, arg.quotaTTL)
                    end
                end
                """)

        let keys: RedisKeys
        let number: String
        let turn: TurnID
        let segments: Int
        let policy: SMSPolicy
        let now: Int64
        var channel: MessageChannel = .sms

        private var counterKeys: (number: RedisKey, hour: RedisKey, day: RedisKey, range: RedisKey) {
            let day = Date.utcDay(now)
            return (
                keys.textQuota(.number(hash: TextQuota.hash(number)), day: day, channel: channel),
                keys.textQuota(.hour(Int(now / 3_600_000 % 24)), day: day, channel: channel),
                keys.textQuota(.day, day: day, channel: channel),
                keys.textQuota(.range(hash: TextQuota.hash(SMSPolicy.range(of: number))), day: day, channel: channel)
            )
        }

        func encode(into encoder: inout RedisScriptEncoder) {
            let counters = counterKeys
            encoder.key("number", counters.number)
            encoder.key("hour", counters.hour)
            encoder.key("day", counters.day)
            encoder.key("range", counters.range)
            encoder.argument("claimingTurn", turn.value)
            encoder.argument("numberLimit", policy.perNumberDaily)
            encoder.argument("segments", segments)
            encoder.argument("hourLimit", policy.globalHourly)
            encoder.argument("dayLimit", policy.globalDaily)
            encoder.argument("rangeLimit", policy.perRangeDaily)
            encoder.argument("quotaTTL", TextQuota.ttl)
        }

        func check(_ redis: inout MemoryRedis.Store) -> RedisValue? {
            let counters = counterKeys
            guard redis.call("SISMEMBER", counters.number, turn.value) == .integer(0) else { return nil }
            func used(_ key: RedisKey) -> Int { redis.call("GET", key).int ?? 0 }
            let refusal: TurnCommit.Outcome? =
                if (redis.call("SCARD", counters.number).int ?? 0) >= policy.perNumberDaily { .textNumberLimit }
                else if used(counters.hour) + segments > policy.globalHourly { .textGlobalHourly }
                else if used(counters.day) + segments > policy.globalDaily { .textGlobalDaily }
                else if used(counters.range) + segments > policy.perRangeDaily { .textRangeLimit }
                else { nil }
            return refusal.map { .integer($0.rawValue) }
        }

        func apply(_ redis: inout MemoryRedis.Store) {
            let counters = counterKeys
            guard redis.call("SADD", counters.number, turn.value) == .integer(1) else { return }
            redis.call("EXPIRE", counters.number, TextQuota.ttl)
            for counter in [counters.hour, counters.day, counters.range] {
                redis.call("INCRBY", counter, segments)
                redis.call("EXPIRE", counter, TextQuota.ttl)
            }
        }
    }

    /// How long the counters are kept: past the end of their day wherever the clock stands.
    static let ttl = 2 * 86_400

    /// The claim of one text of `segments` to `number`, for a turn's commit.
    func claim(number: String, segments: Int, turn: TurnID, now: Int64) -> Claim {
        Claim(keys: keys, number: number, turn: turn, segments: segments, policy: policy, now: now, channel: channel)
    }

    /// Takes the allowance for one text of `segments` to `number` on its own, outside a turn's commit.
    func take(
        number: String, segments: Int, turn: TurnID, on redis: some RedisCommandRunner, now: Int64 = Date.nowMilliseconds
    ) async throws(RedisError) -> Outcome {
        let call = RedisPartsCall<TurnCommit.Outcome>([claim(number: number, segments: segments, turn: turn, now: now)], returning: TurnCommit.Outcome.committed.rawValue)
        return try await redis.run(call).refusedText ?? .allowed
    }

    static func hash(_ number: String) -> String {
        SHA256.hash(data: Array(number.utf8)).prefix(12).hexString
    }
}
