import Foundation
import Redis

extension CallRecordStore {
    /// The call-record part of a turn's commit: the turn's event appended to the call's events,
    /// and the call kept open at least until `keepOpenUntil`. Nothing for a turn without an event
    /// (texts, the web).
    public struct EventPart: RedisScriptPartCall {
        public static let part = RedisScriptPart(
            keys: ["events", "closing"], arguments: ["event", "keepOpenUntil", "call", "eventsTTL"],
            apply: """
                if arg.event ~= '' then
                    redis.call('RPUSH', key.events, arg.event)
                    redis.call('EXPIRE', key.events, arg.eventsTTL)
                    redis.call('ZADD', key.closing, 'GT', arg.keepOpenUntil, arg.call)
                end
                """)

        let keys: RedisKeys
        let call: CallSid
        let event: CallEvent?
        let keepOpenUntil: Int64

        public func encode(into encoder: inout RedisScriptEncoder) {
            encoder.key("events", keys.callEvents(call: call))
            encoder.key("closing", keys.closingCalls)
            encoder.argument("event", event.map(CallRecordStore.encode) ?? [])
            encoder.argument("keepOpenUntil", keepOpenUntil)
            encoder.argument("call", call.value)
            encoder.argument("eventsTTL", CallRecordStore.eventsTTL)
        }
    }

    /// This store's part of a turn's commit.
    public func eventPart(_ event: CallEvent?, call: CallSid, keepOpenUntil: Int64) -> EventPart {
        EventPart(keys: keys, call: call, event: event, keepOpenUntil: keepOpenUntil)
    }
}

extension TurnStats {
    /// The statistics part of a turn's commit: the turn counted in its minute, with its latency.
    public struct Part: RedisScriptPartCall {
        public static let part = RedisScriptPart(
            keys: ["stats"], arguments: ["latencyBucket", "statsTTL"],
            apply: """
                redis.call('HINCRBY', key.stats, 'turns', 1)
                redis.call('HINCRBY', key.stats, 'b' .. arg.latencyBucket, 1)
                redis.call('EXPIRE', key.stats, arg.statsTTL)
                """)

        let keys: RedisKeys
        let receivedAt: Int64
        let committedAt: Int64

        public init(keys: RedisKeys, receivedAt: Int64, committedAt: Int64) {
            self.keys = keys
            self.receivedAt = receivedAt
            self.committedAt = committedAt
        }

        public func encode(into encoder: inout RedisScriptEncoder) {
            encoder.key("stats", keys.stats(minute: TurnStats.minute(committedAt)))
            encoder.argument("latencyBucket", TurnStats.bucket(milliseconds: committedAt - receivedAt))
            encoder.argument("statsTTL", TurnStats.ttl)
        }
    }
}
