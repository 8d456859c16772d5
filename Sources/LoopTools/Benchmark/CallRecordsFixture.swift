import Foundation
import Redis
import Shared

/// A week of plausible closed calls for `loop bench-summary`: a few turns each, places and
/// missing names drawn from small sets (so the top lists mean something), an SMS now and then.
enum CallRecordsFixture {
    static let places = ["Bengaluru", "Pune", "Mumbai", "Delhi", "Chennai", "Hyderabad", "Kolkata", "Jaipur", "Lucknow", "Kochi"]
    static let intents: [DialogOutcome] = [.list, .confirm, .more, .clarifyCity]

    /// Files `calls` calls ending over the 7 UTC days before `end`, through the brains' close script.
    static func file(calls: Int, endingAt end: Int64, store: CallRecordStore, redis: RedisClient) async throws {
        let first = store.weekStart(now: end)
        let span = end - first
        try await withThrowingTaskGroup(of: Void.self) { group in
            for worker in 0..<16 {
                group.addTask {
                    for index in stride(from: worker, to: calls, by: 16) {
                        let at = first + span * Int64(index) / Int64(calls)
                        try await file(index: index, at: at, store: store, redis: redis)
                    }
                }
            }
            try await group.waitForAll()
        }
    }

    private static func file(index: Int, at: Int64, store: CallRecordStore, redis: RedisClient) async throws {
        guard let sid = CallSid("CA" + String(format: "%032x", index)) else { return }
        var events: [CallEvent] = []
        for turn in 0..<(2 + index % 4) {
            let missing = turn == 1 && index % 3 == 0 ? ["Hospital \(index % 500)"] : nil
            events.append(
                CallEvent(
                    kind: .turn, at: at + Int64(turn) * 5_000, intent: intents[(index + turn) % intents.count],
                    outcome: missing == nil ? .found : .notFound, language: "en", caller: "+91******5678",
                    places: [places[index % places.count]], notFound: missing))
        }
        if index % 5 == 0 { events.append(CallEvent(kind: .sms, at: at + 30_000, status: .sent, sid: "SM1")) }
        events.append(CallEvent(kind: .status, at: at + 40_000, status: .completed, duration: 40))
        _ = try await redis.pipeline(events.flatMap { store.appendCommands($0, call: sid, now: 0) })
        try await store.close(call: sid.value, redis: redis, now: at + 60_000)
    }

    /// Removes everything `file` wrote.
    static func delete(store: CallRecordStore, endingAt end: Int64, redis: RedisClient) async throws {
        let keys = store.keys
        let days = store.days.days(from: store.weekStart(now: end), to: end, limit: 8)
        let names = [keys.callRecords, keys.closingCalls] + days.flatMap { [keys.callDay($0), keys.callDayPlaces($0), keys.callDayNotFound($0)] }
        try await redis.execute(DEL(names))
    }
}
