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
    public let keys: RedisKeys
    /// Most entries the stream keeps (approximately: Redis trims in whole nodes).
    public var maximumRecords: Int
    /// Days a record is kept.
    public var retentionDays: Int
    /// How long after `completed` a call stays open for late callbacks.
    public var grace: Duration
    /// How long a call's event list may live without being closed (a safety net only).
    public static let eventsTTL = 2 * 86_400

    public init(keys: RedisKeys, maximumRecords: Int = 100_000, retentionDays: Int = 90, grace: Duration = .seconds(30)) {
        self.keys = keys
        self.maximumRecords = maximumRecords
        self.retentionDays = retentionDays
        self.grace = grace
    }

    /// The event as stored: JSON, one list element.
    public static func encode(_ event: CallEvent) -> [UInt8] {
        (try? Array(Self.encoder.encode(event))) ?? Array("{}".utf8)
    }

    /// One encoder for every turn's event (key order does not matter to readers, so none is imposed).
    private static let encoder = JSONEncoder()

    /// Appends an event to a call's list; a call not yet (or no longer) open is closed after the grace period
    /// unless a turn keeps it open longer.
    public func appendCommands(_ event: CallEvent, call: CallSid, now: Int64 = Date.nowMilliseconds) -> [RedisCommand] {
        let list = keys.callEvents(call: call)
        return [
            RedisCommand([Array("RPUSH".utf8), Array(list.utf8), Self.encode(event)]), .expire(list, seconds: Self.eventsTTL),
            ["ZADD", keys.closingCalls, "NX", String(now + grace.milliseconds), call.value],
        ]
    }

    /// Keeps the call open until at least `deadline` (turns: the session's lifetime from now).
    public func keepOpenCommand(call: CallSid, until deadline: Int64) -> RedisCommand {
        ["ZADD", keys.closingCalls, "GT", String(deadline), call.value]
    }

    /// Closes the call after the grace period, or sooner if it was already due (Twilio said `completed`).
    public func closeSoonCommand(call: CallSid, now: Int64 = Date.nowMilliseconds) -> RedisCommand {
        ["ZADD", keys.closingCalls, "LT", String(now + grace.milliseconds), call.value]
    }

    /// Calls due to be closed.
    public func dueCalls(now: Int64 = Date.nowMilliseconds, limit: Int = 100) -> RedisCommand {
        ["ZRANGEBYSCORE", keys.closingCalls, "-inf", String(now), "LIMIT", "0", String(limit)]
    }

    /// KEYS: closing set, events list, stream, the day's counters, places and names not found.
    /// ARGV: call, most records, oldest id kept, events folded, seconds the day is kept, then the
    /// tally: counter count, that many name/amount pairs, place count, places, names not found.
    /// Returns 1 when this call closed the call, 0 when another did (or there was nothing to
    /// close), -1 when events arrived after the tally was folded (fold again).
    static let closeScript = RedisScript(
        """
        if not redis.call('ZSCORE', KEYS[1], ARGV[1]) then return 0 end
        local events = redis.call('LRANGE', KEYS[2], 0, -1)
        if #events ~= tonumber(ARGV[4]) then return -1 end
        redis.call('ZREM', KEYS[1], ARGV[1])
        redis.call('DEL', KEYS[2])
        if #events == 0 then return 0 end
        redis.call('XADD', KEYS[3], 'MAXLEN', '~', ARGV[2], '*', 'call', ARGV[1], 'events', '[' .. table.concat(events, ',') .. ']')
        redis.call('XTRIM', KEYS[3], 'MINID', '~', ARGV[3])
        local i = 7
        for _ = 1, tonumber(ARGV[6]) do
          redis.call('HINCRBY', KEYS[4], ARGV[i], ARGV[i + 1])
          i = i + 2
        end
        local places = tonumber(ARGV[i])
        i = i + 1
        for _ = 1, places do
          redis.call('ZINCRBY', KEYS[5], 1, ARGV[i])
          i = i + 1
        end
        while i <= #ARGV do
          redis.call('ZINCRBY', KEYS[6], 1, ARGV[i])
          i = i + 1
        end
        for k = 4, 6 do redis.call('EXPIRE', KEYS[k], ARGV[5]) end
        return 1
        """)

    /// Closes one call: files its record in the stream and adds its tally to its day's summary,
    /// in one script; true when this call did it.
    @discardableResult
    public func close(call: String, redis: RedisClient, now: Int64 = Date.nowMilliseconds) async throws(RedisError) -> Bool {
        guard let sid = CallSid(call) else {
            // Not a call this store wrote: drop it from the set so it is not tried for ever.
            _ = try await redis.execute(["ZREM", keys.closingCalls, call])
            return false
        }
        let oldest = now - Int64(retentionDays) * Date.dayMilliseconds
        // A late callback may append an event between the read and the script; the script then
        // refuses and the call is folded again. Three tries, then the next round.
        for _ in 0..<3 {
            let stored = try await redis.execute(["LRANGE", keys.callEvents(call: sid), "0", "-1"]).orThrow().array ?? []
            let tally = CallTally(CallRecord(call: call, events: Self.decode(stored)))
            var arguments: [String] = [
                call, String(maximumRecords), String(oldest), String(stored.count), String((retentionDays + 1) * 86_400),
                String(tally.counters.count),
            ]
            for (name, amount) in tally.counters { arguments += [name, String(amount)] }
            arguments.append(String(tally.places.count))
            arguments += tally.places + tally.notFound
            let result = try await redis.run(
                Self.closeScript,
                keys: [
                    keys.closingCalls, keys.callEvents(call: sid), keys.callRecords, keys.callDay(tally.day), keys.callDayPlaces(tally.day),
                    keys.callDayNotFound(tally.day),
                ],
                arguments: arguments.map { Array($0.utf8) })
            if result.int != -1 { return result.int == 1 }
        }
        return false
    }

    /// Closes every call that is due; returns how many this call closed.
    public func closeDue(redis: RedisClient, now: Int64 = Date.nowMilliseconds) async throws(RedisError) -> Int {
        let due = try await redis.execute(dueCalls(now: now)).orThrow().array ?? []
        var closed = 0
        for call in due.compactMap(\.string) where try await close(call: call, redis: redis, now: now) { closed += 1 }
        return closed
    }

    /// The events of a call still open (in progress, or in its grace period).
    public func openEvents(call: CallSid, redis: RedisClient) async throws(RedisError) -> [CallEvent] {
        Self.decode(try await redis.execute(["LRANGE", keys.callEvents(call: call), "0", "-1"]).orThrow().array ?? [])
    }

    /// A call's stored events; any that cannot be read are skipped.
    static func decode(_ values: [RedisValue]) -> [CallEvent] {
        values.compactMap { $0.bytes.flatMap { try? JSONDecoder().decode(CallEvent.self, from: Data($0)) } }
    }
}
