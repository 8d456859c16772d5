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

    /// What to read: a window of closing times and, optionally, one outcome, one language, a
    /// caller (a part of the masked number) and a hospital or place named.
    public struct Filter: Sendable, Equatable {
        /// Milliseconds since the epoch, inclusive.
        public var from: Int64
        public var to: Int64
        public var outcome: CallOutcome?
        /// `en`, `hi`.
        public var language: String?
        /// Digits of the masked number (`5678`, `+91`).
        public var caller: String?
        /// Words of a hospital or place the call named, or asked for and the list lacks, or of
        /// what the caller said (English or another script).
        public var search: String?
        /// What one of the call's turns asked for (``CallAsk``).
        public var ask: CallAsk?

        public init(from: Int64, to: Int64, outcome: CallOutcome? = nil, language: String? = nil, caller: String? = nil, search: String? = nil) {
            self.from = from
            self.to = to
            self.outcome = outcome
            self.language = language
            self.caller = caller
            self.search = search
        }

        /// True when `record` is one of the calls asked for (the window aside).
        public func matches(_ record: CallRecord) -> Bool {
            if let outcome, record.outcome != outcome { return false }
            if let language, (record.language ?? "en") != language { return false }
            if let caller, !(record.caller ?? "").contains(caller) { return false }
            if let search {
                // Canonical composition: a Devanagari letter typed with a separate nukta is the same letter.
                let wanted = search.lowercased().precomposedStringWithCanonicalMapping
                let haystack = record.hospitals + record.places + record.notFound + record.turns.compactMap(\.said)
                guard haystack.contains(where: { $0.lowercased().precomposedStringWithCanonicalMapping.contains(wanted) }) else { return false }
            }
            if let ask, !ask.matches(record) { return false }
            return true
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
                if filter.matches(record) {
                    calls.append(record)
                    if calls.count == limit { return Page(calls: calls, next: id) }
                }
            }
        }
        return Page(calls: calls, next: nil)
    }

    /// One call, whole: still open (its events so far, `inProgress`), or as filed; nil when
    /// Loop AI has nothing on it (never seen, or past retention).
    public func record(call: CallSid, redis: RedisClient) async throws(RedisError) -> CallRecord? {
        let open = try await openEvents(call: call, redis: redis)
        if !open.isEmpty {
            var record = CallRecord(call: call.value, events: open)
            record.inProgress = true
            return record
        }
        guard let id = try await redis.execute(GET(keys.callRecordID(call: call)))?.string, CallRecordStore.isStreamID(id) else { return nil }
        return try await redis.execute(XREVRANGE(keys.callRecords, end: id, start: id, count: 1)).first.flatMap(Self.record)
    }

    /// Calls still open, the most recently active first, `limit` at most (their events read in
    /// one round trip, of the 1,000 due to close last).
    public func openCalls(limit: Int, redis: RedisClient) async throws(RedisError) -> [CallRecord] {
        var calls: [CallSid] = []
        for reply in try await redis.pipeline(keys.shards.map { ZRANGE($0.closingCalls, start: -1000, stop: -1) }) {
            calls += try [String](reply: reply).compactMap(CallSid.init)
        }
        guard !calls.isEmpty else { return [] }
        let replies = try await redis.pipeline(calls.map { LRANGE(keys.of(record: $0).callEvents(call: $0)) })
        var records: [CallRecord] = []
        for (call, reply) in zip(calls, replies) {
            let events = Self.decode(try [RedisBytes](reply: reply))
            guard !events.isEmpty else { continue }
            var record = CallRecord(call: call.value, events: events)
            record.inProgress = true
            records.append(record)
        }
        return Array(records.sorted { $0.ended > $1.ended }.prefix(limit))
    }

    /// `1764140000000-0`: a stream id, as `before` and the index hold them.
    public static func isStreamID(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { !$0.isEmpty && $0.count <= 20 && $0.allSatisfy(\.isNumber) }
    }

    /// A stream entry's record: its `call` and its `events`.
    public static func record(_ entry: RedisStreamEntry) -> CallRecord? {
        guard let call = entry.fields["call"]?.string else { return nil }
        let events = entry.fields["events"].flatMap { try? JSONDecoder().decode([CallEvent].self, from: Data($0.bytes)) } ?? []
        return CallRecord(call: call, events: events)
    }
}
