import Foundation
import Redis

/// Closing a call in a cluster, where its events and its place among the calls to close are in
/// its conversation's shard and the records' stream and the days' summaries are global keys: two
/// scripts on two nodes instead of one.
///
/// The record is filed first, at most once (the call's index key says it was), then the call is
/// forgotten in its shard. A brain that dies between the two leaves the call due; the next round
/// finds it filed and only forgets it, so each call is still one stream entry. An event that
/// arrives between the two (a callback seconds after the call was due) is dropped with the list,
/// where outside a cluster it would be folded in.
extension CallRecordStore {
    /// Files a call's record and its day's tally unless its index says it is filed; 1 when this
    /// call filed it.
    struct FileCall: RedisScriptCall {
        typealias Response = Int
        static let script = RedisScript(
            keys: ["records", "index", "day", "dayPlaces", "dayNotFound"],
            arguments: ["call", "events", "maximumRecords", "oldestKept", "dayTTL", "tally"],
            body: """
                if redis.call('EXISTS', key.index) == 1 then return 0 end
                \(CallRecordStore.fileRecord(events: "arg.events"))
                """)

        let store: CallRecordStore
        let call: CallSid
        let events: [RedisBytes]
        let oldestKept: Int64
        let tally: CallTally

        func encode(into encoder: inout RedisScriptEncoder) {
            CallRecordStore.encodeFilingKeys(into: &encoder, keys: store.keys.global, call: call, day: tally.day)
            encoder.argument("call", call.value)
            encoder.argument("events", Array("[".utf8) + Array(events.map(\.bytes).joined(separator: Array(",".utf8))) + Array("]".utf8))
            encoder.argument("maximumRecords", store.maximumRecords)
            encoder.argument("oldestKept", oldestKept)
            encoder.argument("dayTTL", (store.retentionDays + 1) * 86_400)
            encoder.argument("tally", CloseCall.Tally.argument(tally))
        }
    }

    /// Forgets a filed call in its shard: 1 when this call did, 0 when it was gone already, -1
    /// when events arrived since they were read.
    struct ForgetCall: RedisScriptCall {
        typealias Response = Int
        static let script = RedisScript(
            keys: ["closing", "events"], arguments: ["call", "eventsFolded"],
            body: """
                if not redis.call('ZSCORE', key.closing, arg.call) then return 0 end
                if redis.call('LLEN', key.events) ~= tonumber(arg.eventsFolded) then return -1 end
                redis.call('ZREM', key.closing, arg.call)
                redis.call('DEL', key.events)
                return 1
                """)

        let keys: RedisKeys
        let call: CallSid
        let eventsFolded: Int

        func encode(into encoder: inout RedisScriptEncoder) {
            encoder.key("closing", keys.closingCalls)
            encoder.key("events", keys.callEvents(call: call))
            encoder.argument("call", call.value)
            encoder.argument("eventsFolded", eventsFolded)
        }
    }

    /// Closes one call in a cluster: files it (once), then forgets it in its shard; true when this
    /// call filed it.
    func closeInCluster(call: String, redis: RedisClient, now: Int64) async throws(RedisError) -> Bool {
        guard let sid = CallSid(call) else {
            try await redis.execute(ZREM(keys.closingCalls, call))
            return false
        }
        let shard = keys.of(record: sid)
        let oldest = now - Int64(retentionDays) * Date.dayMilliseconds
        var filed = false
        for _ in 0..<3 {
            let (score, stored) = try await redis.execute(ZSCORE(shard.closingCalls, member: call), LRANGE(shard.callEvents(call: sid)))
            guard try score.get() != nil else { return filed }
            let events = try stored.get()
            if !events.isEmpty {
                let tally = CallTally(CallRecord(call: call, events: Self.decode(events)), days: days)
                filed = try await redis.run(FileCall(store: self, call: sid, events: events, oldestKept: oldest, tally: tally)) == 1 || filed
            }
            if try await redis.run(ForgetCall(keys: shard, call: sid, eventsFolded: events.count)) != -1 { return filed }
        }
        return filed
    }
}
