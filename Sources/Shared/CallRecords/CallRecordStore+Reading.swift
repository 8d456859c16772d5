import Foundation

extension CallRecordStore {
    /// A page of closed calls, newest first.
    public struct Page: Codable, Sendable, Equatable {
        public var calls: [CallRecord]
        /// Pass as `before` for the next page; nil when there is none (the page may be short and
        /// still have one: see ``CallRecordStore/page(_:limit:before:scanLimit:redis:)``).
        public var next: String?
    }

    /// What to read: a window of closing times and, optionally, one outcome.
    public struct Filter: Sendable, Equatable {
        /// Milliseconds since the epoch, inclusive.
        public var from: Int64
        public var to: Int64
        public var outcome: CallOutcome?

        public init(from: Int64, to: Int64, outcome: CallOutcome? = nil) {
            self.from = from
            self.to = to
            self.outcome = outcome
        }
    }

    /// Most stream entries one request reads, so a filter that matches little answers quickly;
    /// the page then ends early with a ``Page/next`` to go on from.
    public static let scanLimit = 10_000

    /// Closed calls matching `filter`, newest first, `limit` at most, continuing before the
    /// stream id `before` when given. A page may hold fewer than `limit` calls and still have a
    /// `next`: the scan stopped after `scanLimit` entries.
    public func page(
        _ filter: Filter, limit: Int, before: String? = nil, scanLimit: Int = Self.scanLimit, redis: RedisClient
    ) async throws(RedisError) -> Page {
        var calls: [CallRecord] = []
        var end = before.map { "(" + $0 } ?? String(filter.to)
        var scanned = 0
        var last: String?
        while calls.count < limit {
            guard scanned < scanLimit else { return Page(calls: calls, next: last) }
            let count = min(200, scanLimit - scanned)
            let batch = try await redis.execute(["XREVRANGE", keys.callRecords, end, String(filter.from), "COUNT", String(count)]).orThrow().array ?? []
            guard !batch.isEmpty else { return Page(calls: calls, next: nil) }
            scanned += batch.count
            for entry in batch {
                guard let id = entry.array?.first?.string else { continue }
                end = "(" + id
                last = id
                guard let record = Self.decodeEntry(entry)?.1 else { continue }
                if filter.outcome == nil || record.outcome == filter.outcome {
                    calls.append(record)
                    if calls.count == limit { return Page(calls: calls, next: id) }
                }
            }
        }
        return Page(calls: calls, next: nil)
    }

    /// The start of the summaries' default window: the last 7 UTC days, today included.
    public static func weekStart(now: Int64) -> Int64 { Date.startOfUTCDay(containing: now) - 6 * Date.dayMilliseconds }

    /// The summary of the calls that ended on the UTC days from the one holding `from` to the
    /// one holding `to` (summaries are kept per day), at most the days records are kept.
    public func summary(from: Int64, to: Int64, redis: RedisClient) async throws(RedisError) -> CallSummary {
        let last = Date.startOfUTCDay(containing: to)
        let first = max(Date.startOfUTCDay(containing: from), last - Int64(retentionDays) * Date.dayMilliseconds)
        let days = stride(from: first, through: last, by: Int(Date.dayMilliseconds)).map(Date.utcDay)
        var commands = days.map { RedisCommand(["HGETALL", keys.callDay($0)]) }
        let scratch = keys.summaryScratch(String(UInt64.random(in: 0...UInt64.max), radix: 36))
        for (index, setKey) in [keys.callDayPlaces, keys.callDayNotFound].enumerated() {
            let target = scratch + ":" + String(index)
            // Negated counts: ascending order is then most asked first and, among equals, names in
            // alphabetical order, the order ``CallSummary`` keeps; ZREVRANGE would break ties backwards.
            commands += [
                RedisCommand(["ZUNIONSTORE", target, String(days.count)] + days.map(setKey) + ["WEIGHTS"] + days.map { _ in "-1" }),
                .expire(target, seconds: 10), ["ZRANGE", target, "0", String(CallSummary.topCount - 1), "WITHSCORES"], ["DEL", target],
            ]
        }
        let replies = try await redis.pipeline(commands)
        var counters: [String: Int] = [:]
        for reply in replies.prefix(days.count) {
            let fields = try reply.orThrow().array ?? []
            for pair in stride(from: 0, to: fields.count - 1, by: 2) {
                if let name = fields[pair].string, let amount = fields[pair + 1].int { counters[name, default: 0] += amount }
            }
        }
        let places = try Self.scores(replies[days.count + 2].orThrow())
        let notFound = try Self.scores(replies[days.count + 6].orThrow())
        return CallSummary(counters: counters, places: places, notFound: notFound, from: first, to: max(to, first))
    }

    /// `[member, negated count, …]` → member → count.
    private static func scores(_ reply: RedisValue) -> [String: Int] {
        let values = reply.array ?? []
        var result: [String: Int] = [:]
        for pair in stride(from: 0, to: values.count - 1, by: 2) {
            if let name = values[pair].string, let score = values[pair + 1].string.flatMap(Double.init) { result[name] = -Int(score) }
        }
        return result
    }

    /// `[id, [field, value, …]]` → the stream id and the folded record.
    static func decodeEntry(_ entry: RedisValue) -> (String, CallRecord)? {
        guard let parts = entry.array, parts.count == 2, let id = parts[0].string, let fields = parts[1].array else { return nil }
        var call: String?
        var events: [CallEvent] = []
        var index = 0
        while index + 1 < fields.count {
            switch fields[index].string {
            case "call": call = fields[index + 1].string
            case "events":
                if let bytes = fields[index + 1].bytes { events = (try? JSONDecoder().decode([CallEvent].self, from: Data(bytes))) ?? [] }
            default: break
            }
            index += 2
        }
        guard let call else { return nil }
        return (id, CallRecord(call: call, events: events))
    }
}
