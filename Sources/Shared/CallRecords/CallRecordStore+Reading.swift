import Foundation
import Redis

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
            let batch = try await redis.execute(XREVRANGE(keys.callRecords, end: end, start: String(filter.from), count: count))
            guard !batch.isEmpty else { return Page(calls: calls, next: nil) }
            scanned += batch.count
            for entry in batch {
                let id = entry.id
                end = "(" + id
                last = id
                guard let record = Self.record(entry) else { continue }
                if filter.outcome == nil || record.outcome == filter.outcome {
                    calls.append(record)
                    if calls.count == limit { return Page(calls: calls, next: id) }
                }
            }
        }
        return Page(calls: calls, next: nil)
    }

    /// A stream entry's record: its `call` and its `events`.
    static func record(_ entry: RedisStreamEntry) -> CallRecord? {
        guard let call = entry.fields["call"]?.string else { return nil }
        let events = entry.fields["events"].flatMap { try? JSONDecoder().decode([CallEvent].self, from: Data($0.bytes)) } ?? []
        return CallRecord(call: call, events: events)
    }
}
