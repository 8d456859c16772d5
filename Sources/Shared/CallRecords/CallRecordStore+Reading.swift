import Foundation

extension CallRecordStore {
    /// A page of closed calls, newest first.
    public struct Page: Codable, Sendable, Equatable {
        public var calls: [CallRecord]
        /// Pass as `before` for the next page; nil when there is none.
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

    /// Most stream entries one request reads, so a filter that matches little cannot scan for ever.
    public static let scanLimit = 50_000

    /// Closed calls matching `filter`, newest first, `limit` at most, continuing before the
    /// stream id `before` when given.
    public func page(_ filter: Filter, limit: Int, before: String? = nil, redis: RedisClient) async throws(RedisError) -> Page {
        var calls: [CallRecord] = []
        var end = before.map { "(" + $0 } ?? String(filter.to)
        var scanned = 0
        while calls.count < limit, scanned < Self.scanLimit {
            let batch = try await redis.execute(["XREVRANGE", keys.callRecords, end, String(filter.from), "COUNT", "200"]).orThrow().array ?? []
            guard !batch.isEmpty else { return Page(calls: calls, next: nil) }
            scanned += batch.count
            for entry in batch {
                guard let (id, record) = Self.decodeEntry(entry) else { continue }
                end = "(" + id
                if filter.outcome == nil || record.outcome == filter.outcome {
                    calls.append(record)
                    if calls.count == limit { return Page(calls: calls, next: id) }
                }
            }
        }
        return Page(calls: calls, next: nil)
    }

    /// Every closed call in the window (up to ``scanLimit``), for summaries.
    public func records(_ filter: Filter, redis: RedisClient) async throws(RedisError) -> [CallRecord] {
        try await page(filter, limit: Self.scanLimit, redis: redis).calls
    }

    /// The summary of the calls closed in the window.
    public func summary(from: Int64, to: Int64, redis: RedisClient) async throws(RedisError) -> CallSummary {
        CallSummary(records: try await records(Filter(from: from, to: to), redis: redis), from: from, to: to)
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
