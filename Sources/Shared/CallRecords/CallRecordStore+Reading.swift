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
