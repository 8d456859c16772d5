import Foundation
import Redis

/// Call records in Redis: each call's events as they happen, closed into one stream entry when
/// the call is over, and read back for the admin API and `loop report`.
///
/// A call's events go to a list (``RedisKeys/callEvents(call:)``); the call sits in a sorted
/// set scored by when it is due to be closed: a while after its last turn, or a short grace after
/// Twilio reports it `completed` (late callbacks such as the recording's still reach the list).
/// Any brain may close due calls; the close script removes the call from the set first, so each
/// call becomes exactly one stream entry. The stream is trimmed by length and by age.
public struct CallRecordStore: Sendable {
    public private(set) var keys: RedisKeys
    /// Most entries the stream keeps (approximately: Redis trims in whole nodes).
    public var maximumRecords: Int
    /// Days a record is kept.
    public var retentionDays: Int
    /// How long after `completed` a call stays open for late callbacks.
    public var grace: Duration
    /// The operators' days (`DASHBOARD_TIME_ZONE`): which day a call counts in.
    public var days: OperatorDays
    /// How long a call's event list may live without being closed (a safety net only).
    public static let eventsTTL = 2 * 86_400

    public init(keys: RedisKeys, maximumRecords: Int = 100_000, retentionDays: Int = 90, grace: Duration = .seconds(30), days: OperatorDays = .india) {
        self.keys = keys
        self.days = days
        self.maximumRecords = maximumRecords
        self.retentionDays = retentionDays
        self.grace = grace
    }

    /// The store over the keys of the shard a conversation's records live in (in cluster mode; this
    /// store outside one): its events, its place among the calls to close, a web or text tally.
    public func of(record: CallSid) -> CallRecordStore {
        var store = self
        store.keys = keys.of(record: record)
        return store
    }

    /// The store over the keys no conversation owns: the records' stream, the days' summaries of
    /// calls, the voicemails (in cluster mode; this store outside one).
    public var global: CallRecordStore {
        var store = self
        store.keys = keys.global
        return store
    }

    /// The event as stored: JSON, one list element.
    public static func encode(_ event: CallEvent) -> [UInt8] {
        (try? Array(Self.encoder.encode(event))) ?? Array("{}".utf8)
    }

    /// One encoder for every turn's event (key order does not matter to readers, so none is imposed).
    private static let encoder = JSONEncoder()

    /// Appends an event to a call's list; a call not yet (or no longer) open is closed after the grace period
    /// unless a turn keeps it open longer.
    public func appendCommands(_ event: CallEvent, call: CallSid, now: Int64 = Date.nowMilliseconds) -> [any RedisCommandType] {
        let keys = of(record: call).keys
        let list = keys.callEvents(call: call)
        return [
            RPUSH(list, Self.encode(event)), EXPIRE(list, seconds: Self.eventsTTL),
            ZADD(keys.closingCalls, .onlyNew, score: now + grace.milliseconds, member: call.value),
        ]
    }

    /// Closes the call after the grace period, or sooner if it was already due (Twilio said `completed`).
    public func closeSoonCommand(call: CallSid, now: Int64 = Date.nowMilliseconds) -> ZADD {
        ZADD(of(record: call).keys.closingCalls, .onlyLess, score: now + grace.milliseconds, member: call.value)
    }

    /// Calls due to be closed, of this store's shard.
    public func dueCalls(now: Int64 = Date.nowMilliseconds, limit: Int = 100) -> ZRANGEBYSCORE {
        ZRANGEBYSCORE(keys.closingCalls, min: "-inf", max: String(now), limit: limit)
    }

    /// Closes one call: files its record in the stream, adds its tally to its day's counters and
    /// sets, and forgets its events, all at once. Answers 1 when this call closed the call, 0 when
    /// another did (or there was nothing to close), -1 when events arrived after the tally was
    /// folded (fold again).
    struct CloseCall: RedisScriptCall {
        typealias Response = Int
        static let script = RedisScript(
            keys: ["closing", "events", "records", "index", "day", "dayPlaces", "dayNotFound"],
            arguments: ["call", "maximumRecords", "oldestKept", "eventsFolded", "dayTTL", "tally"],
            body: """
                if not redis.call('ZSCORE', key.closing, arg.call) then return 0 end
                local events = redis.call('LRANGE', key.events, 0, -1)
                if #events ~= tonumber(arg.eventsFolded) then return -1 end
                redis.call('ZREM', key.closing, arg.call)
                redis.call('DEL', key.events)
                if #events == 0 then return 0 end
                \(CallRecordStore.fileRecord(events: "'[' .. table.concat(events, ',') .. ']'"))
                """)

        /// What one call adds to its day, as the script reads it.
        struct Tally: Encodable {
            let counters: [String: Int]
            let places: [String]
            let notFound: [String]

            /// A call's tally as the filing Lua reads it (`arg.tally`).
            static func argument(_ tally: CallTally) -> [UInt8] {
                let json = try? JSONEncoder().encode(Tally(counters: tally.counters, places: tally.places, notFound: tally.notFound))
                return json.map { Array($0) } ?? Array(#"{"counters":{},"places":[],"notFound":[]}"#.utf8)
            }
        }

        let store: CallRecordStore
        let call: CallSid
        let eventsFolded: Int
        let oldestKept: Int64
        let tally: CallTally

        func encode(into encoder: inout RedisScriptEncoder) {
            let keys = store.keys
            encoder.key("closing", keys.closingCalls)
            encoder.key("events", keys.callEvents(call: call))
            CallRecordStore.encodeFilingKeys(into: &encoder, keys: keys, call: call, day: tally.day)
            encoder.argument("call", call.value)
            encoder.argument("maximumRecords", store.maximumRecords)
            encoder.argument("oldestKept", oldestKept)
            encoder.argument("eventsFolded", eventsFolded)
            encoder.argument("dayTTL", (store.retentionDays + 1) * 86_400)
            encoder.argument("tally", Tally.argument(tally))
        }
    }

    /// The keys ``fileRecord(events:)`` names, in its scripts' order.
    static func encodeFilingKeys(into encoder: inout RedisScriptEncoder, keys: RedisKeys, call: CallSid, day: String) {
        encoder.key("records", keys.callRecords)
        encoder.key("index", keys.callRecordID(call: call))
        encoder.key("day", keys.callDay(day))
        encoder.key("dayPlaces", keys.callDayPlaces(day))
        encoder.key("dayNotFound", keys.callDayNotFound(day))
    }

    /// The Lua that files a call's record (`events`: a Lua expression of its JSON array) in the
    /// stream, indexes it and adds its tally to its day; it returns 1. Shared by the one-script
    /// close and, in a cluster, the filing step (``FileCall``).
    static func fileRecord(events: String) -> String {
        """
        local id = redis.call('XADD', key.records, 'MAXLEN', '~', arg.maximumRecords, '*', 'call', arg.call, 'events', \(events))
        redis.call('SET', key.index, id, 'EX', arg.dayTTL)
        redis.call('XTRIM', key.records, 'MINID', '~', arg.oldestKept)
        local tally = cjson.decode(arg.tally)
        for name, amount in pairs(tally.counters) do redis.call('HINCRBY', key.day, name, amount) end
        for _, place in ipairs(tally.places) do redis.call('ZINCRBY', key.dayPlaces, 1, place) end
        for _, name in ipairs(tally.notFound) do redis.call('ZINCRBY', key.dayNotFound, 1, name) end
        for _, k in ipairs({key.day, key.dayPlaces, key.dayNotFound}) do redis.call('EXPIRE', k, arg.dayTTL) end
        return 1
        """
    }

    /// Closes one call: files its record in the stream and adds its tally to its day's summary,
    /// in one script; true when this call did it. In a cluster, ``closeInCluster(call:redis:now:)``.
    @discardableResult
    public func close(call: String, redis: RedisClient, now: Int64 = Date.nowMilliseconds) async throws(RedisError) -> Bool {
        if keys.isSharded { return try await closeInCluster(call: call, redis: redis, now: now) }
        guard let sid = CallSid(call) else {
            // Not a call this store wrote: drop it from the set so it is not tried for ever.
            try await redis.execute(ZREM(keys.closingCalls, call))
            return false
        }
        let oldest = now - Int64(retentionDays) * Date.dayMilliseconds
        // A late callback may append an event between the read and the script; the script then
        // refuses and the call is folded again. Three tries, then the next round.
        for _ in 0..<3 {
            let stored = try await redis.execute(LRANGE(keys.callEvents(call: sid)))
            let tally = CallTally(CallRecord(call: call, events: Self.decode(stored)), days: days)
            let result = try await redis.run(CloseCall(store: self, call: sid, eventsFolded: stored.count, oldestKept: oldest, tally: tally))
            if result != -1 { return result == 1 }
        }
        return false
    }

    /// Closes every call that is due; returns how many this call closed.
    public func closeDue(redis: RedisClient, now: Int64 = Date.nowMilliseconds) async throws(RedisError) -> Int {
        // Every shard's due calls in one round trip (split by node in a cluster).
        let stores = keys.shards.map { shard in
            var store = self
            store.keys = shard
            return store
        }
        let replies = try await redis.pipeline(stores.map { $0.dueCalls(now: now) })
        var closed = 0
        for (store, reply) in zip(stores, replies) {
            for call in try [String](reply: reply) where try await store.close(call: call, redis: redis, now: now) { closed += 1 }
        }
        return closed
    }

    /// The events of a call still open (in progress, or in its grace period).
    public func openEvents(call: CallSid, redis: RedisClient) async throws(RedisError) -> [CallEvent] {
        Self.decode(try await redis.execute(LRANGE(of(record: call).keys.callEvents(call: call))))
    }

    /// A call's stored events; any that cannot be read are skipped.
    static func decode(_ values: [RedisBytes]) -> [CallEvent] {
        values.compactMap { try? JSONDecoder().decode(CallEvent.self, from: Data($0.bytes)) }
    }
}
