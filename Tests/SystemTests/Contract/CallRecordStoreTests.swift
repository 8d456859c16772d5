import Foundation
import Logging
import Testing

@testable import Redis
@testable import Shared

/// Call records in a real redis-server: the daily summaries the close script keeps beside them,
/// and the pages `/admin/calls` reads.
@Suite("Call records in Redis", .timeLimit(.minutes(2)))
struct CallRecordStoreTests {
    static let day: Int64 = 1_764_115_200_000  // 2025-11-26 00:00 UTC
    /// When the calls are closed: after all of them.
    static let later = day + 10 * Date.dayMilliseconds

    /// Appends a call's events as the brains and gateways do, and makes it due at once.
    static func file(_ call: String, _ events: [CallEvent], store: CallRecordStore, redis: RedisClient) async throws {
        let sid = try #require(CallSid(call))
        for event in events {
            _ = try await redis.pipeline(store.appendCommands(event, call: sid, now: 0))
        }
    }

    static func turn(_ at: Int64, _ outcome: CallOutcome, places: [String], notFound: [String]? = nil) -> CallEvent {
        CallEvent(kind: .turn, at: at, intent: .confirm, outcome: outcome, language: "en", places: places, notFound: notFound)
    }

    /// A redis-server of its own, a client, and a store that closes calls without a grace period.
    struct Fixture {
        let server: RedisServer
        let redis: RedisClient
        let store = CallRecordStore(keys: RedisKeys(prefix: "t:"), grace: .zero, days: .utc)

        init(connections: Int) async throws {
            server = try await RedisServer()
            redis = RedisClient(endpoint: server.endpoint, connections: connections, logger: Logger(label: "test"))
        }

        func stop() async {
            await redis.shutdown()
            await server.stop()
        }
    }

    static func sid(_ number: Int) -> String { "CA" + String(format: "%032x", number) }

    @Test("A week's summary read from the daily counters equals the summary of the records (ties in the top lists included), and leaves out other days")
    func dailyCountersMatchTheRecords() async throws {
        let fixture = try await Fixture(connections: 2)
        defer { Task { await fixture.stop() } }
        let (redis, store) = (fixture.redis, fixture.store)
        var inWeek: [CallRecord] = []
        for index in 0..<12 {
            // Calls on three days of the week, and two calls long before it.
            let at = index < 10 ? Self.day + Int64(index % 3) * Date.dayMilliseconds + 3_600_000 : Self.day - 30 * Date.dayMilliseconds
            let events = [
                Self.turn(
                    at, index % 4 == 0 ? .found : .notFound, places: [index % 2 == 0 ? "Pune" : "Mumbai"], notFound: ["Name \(index % 3)", "Tie \(index)"]),
                CallEvent(kind: .sms, at: at + 1, status: .sent, sid: "SM1"),
                CallEvent(kind: .status, at: at + 2, status: .completed, duration: 10 + index),
            ]
            try await Self.file(Self.sid(index), events, store: store, redis: redis)
            if index < 10 { inWeek.append(CallRecord(call: Self.sid(index), events: events)) }
        }
        #expect(try await store.closeDue(redis: redis, now: Self.later) == 12)
        let summary = try await store.summary(from: Self.day, to: Self.day + 6 * Date.dayMilliseconds + 5, redis: redis)
        var expected = CallSummary(records: inWeek, from: Self.day, to: Self.day + 6 * Date.dayMilliseconds + 5)
        expected.from = summary.from
        #expect(summary == expected)
        #expect(summary.calls == 10)
        #expect(summary.textsSent == 10)
        #expect(summary.topNotFound.first == CallSummary.Count(name: "Name 0", count: 4))
        // Ten names asked for once: the top list keeps the first alphabetically, as the records' summary does.
        #expect(summary.topNotFound.last == CallSummary.Count(name: "Tie 6", count: 1))
        let oneDay = try await store.summary(from: Self.day + 1, to: Self.day + 2, redis: redis)
        #expect(oneDay.calls == 4)
        #expect(oneDay.from == Self.day)
        // Scratch keys of the union are gone.
        #expect(try await redis.execute(Ask("KEYS", "t:calls:summary-scratch:*")).array?.isEmpty == true)
    }

    @Test("A call closed by two brains at once is filed and counted once")
    func concurrentClosersCountOnce() async throws {
        let fixture = try await Fixture(connections: 4)
        defer { Task { await fixture.stop() } }
        let (redis, store) = (fixture.redis, fixture.store)
        for index in 0..<50 {
            try await Self.file(Self.sid(index), [Self.turn(Self.day + 60_000, .found, places: ["Pune"])], store: store, redis: redis)
        }
        let closed = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<4 { group.addTask { try await store.closeDue(redis: redis, now: Self.later) } }
            return try await group.reduce(0, +)
        }
        #expect(closed == 50)
        #expect(try await redis.execute(Ask("XLEN", "t:calls")).int == 50)
        let summary = try await store.summary(from: Self.day, to: Self.day, redis: redis)
        #expect(summary.calls == 50)
        #expect(summary.topPlaces == [CallSummary.Count(name: "Pune", count: 50)])
    }

    @Test("An event that arrives after the call was folded makes the close script refuse, so nothing is filed without it")
    func lateEventRefusesTheClose() async throws {
        let fixture = try await Fixture(connections: 1)
        defer { Task { await fixture.stop() } }
        let (redis, store) = (fixture.redis, fixture.store)
        let keys = store.keys
        let call = Self.sid(1)
        let sid = try #require(CallSid(call))
        try await Self.file(
            call, [Self.turn(Self.day, .found, places: ["Pune"]), Self.turn(Self.day + 1, .found, places: ["Pune"])], store: store, redis: redis)
        // Folded when the call had one event: refused.
        var tally = CallTally(CallRecord(call: call, events: []), days: .utc)
        tally.counters = ["calls": 1]
        #expect(try await redis.run(CallRecordStore.CloseCall(store: store, call: sid, eventsFolded: 1, oldestKept: 0, tally: tally)) == -1)
        #expect(try await redis.execute(Ask("XLEN", "t:calls")).int == 0)
        #expect(try await redis.execute(Ask("LLEN", keys.callEvents(call: sid))).int == 2)
        // Folded again, it closes with both turns.
        #expect(try await store.close(call: call, redis: redis, now: Self.later))
        #expect(try await store.summary(from: Self.day, to: Self.day, redis: redis).averageTurns == 2)
    }

    @Test("A filter that matches little ends a page early with a next to go on from, and every match is reached")
    func pagesStopAtTheScanBudgetAndGoOn() async throws {
        let fixture = try await Fixture(connections: 1)
        defer { Task { await fixture.stop() } }
        let (redis, store) = (fixture.redis, fixture.store)
        for index in 0..<25 {
            let outcome: CallOutcome = index % 10 == 0 ? .notFound : .found
            try await Self.file(Self.sid(index), [Self.turn(Self.day + Int64(index), outcome, places: ["Pune"])], store: store, redis: redis)
            try await store.close(call: Self.sid(index), redis: redis, now: Self.later)
        }
        let filter = CallRecordStore.Filter(from: 0, to: Date.nowMilliseconds + 60_000, outcome: .notFound)
        let first = try await store.page(filter, limit: 5, scanLimit: 8, redis: redis)
        #expect(first.calls.map(\.call) == [Self.sid(20)])
        #expect(first.next != nil)
        var found = first.calls
        var next = first.next
        var pages = 1
        while let before = next {
            let page = try await store.page(filter, limit: 5, before: before, scanLimit: 8, redis: redis)
            found += page.calls
            next = page.next
            pages += 1
        }
        #expect(found.map(\.call) == [Self.sid(20), Self.sid(10), Self.sid(0)])
        #expect(pages == 4)
    }

    @Test("UTC days are written and read back as the same day")
    func utcDays() {
        #expect(Date.utcDay(Self.day) == "2025-11-26")
        #expect(Date.utcDay(Self.day + Date.dayMilliseconds - 1) == "2025-11-26")
        #expect(Date.startOfUTCDay("2025-11-26") == Self.day)
        #expect(Date.startOfUTCDay(containing: Self.day + 12_345) == Self.day)
        #expect(Date.utcDay(0) == "1970-01-01")
    }
}
