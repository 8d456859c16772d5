import Testing

@testable import LoopTools

/// The pure parts of `loop capacity` that decide what load is offered: when calls join, how long
/// callers think, and which levels are tried.
@Suite("capacity schedule and search")
struct CapacityScheduleTests {
    @Test("Calls join evenly over the ramp, at the rate asked for")
    func callsJoinAtASteadyRate() {
        let schedule = CapacityPacing(rate: 50, think: 6, jitter: 0.25, settle: 6, window: 20).schedule(calls: 500)
        #expect(schedule.ramp == 10)
        #expect(schedule.rate == 50)
        #expect(schedule.start(ofCall: 0) == 0)
        #expect(schedule.start(ofCall: 250) == 5)
        #expect(schedule.start(ofCall: 499) < 10)
        let gaps = (1..<500).map { schedule.start(ofCall: $0) - schedule.start(ofCall: $0 - 1) }
        #expect(gaps.allSatisfy { abs($0 - 0.02) < 1e-9 })
    }

    @Test("Without a rate, every level joins over the same ramp")
    func callsJoinOverTheRamp() {
        let pacing = CapacityPacing(ramp: 10, think: 6, jitter: 0.25, settle: 6, window: 20)
        #expect(pacing.schedule(calls: 100).rate == 10)
        #expect(pacing.schedule(calls: 4000).rate == 400)
        #expect(pacing.duration(calls: 4000) == 37)
    }

    @Test("Think times stay within the jitter, average the mean, and repeat exactly")
    func thinkTimesAreJitteredDeterministically() {
        let schedule = CapacitySchedule(calls: 100, ramp: 10, think: 6, jitter: 0.25)
        let thinks = (0..<100).flatMap { caller in (0..<20).map { schedule.think(caller: caller, turn: $0) } }
        #expect(thinks.allSatisfy { $0 >= 4.5 && $0 <= 7.5 })
        let mean = thinks.reduce(0, +) / Double(thinks.count)
        #expect(abs(mean - 6) < 0.1)
        #expect(Set(thinks).count > 1000)
        #expect(schedule.think(caller: 3, turn: 4) == CapacitySchedule(calls: 100, ramp: 10, think: 6, jitter: 0.25).think(caller: 3, turn: 4))
        #expect(CapacitySchedule(calls: 10, ramp: 1, think: 6, jitter: 0).think(caller: 3, turn: 4) == 6)
    }

    @Test("Held calls offer one turn per caller per think time")
    func offeredLoad() {
        #expect(CapacitySchedule(calls: 600, ramp: 6, think: 6, jitter: 0.25).offeredTurnsPerSecond == 100)
    }

    @Test("The search grows while levels hold, then halves the gap until it is within the resolution")
    func searchGrowsThenBisects() throws {
        var search = CapacitySearch(start: 100, factor: 2, maximum: 100_000, resolution: 0.1)
        let capacity = 1_234
        var tried: [Int] = []
        while let calls = search.next, tried.count < 50 {
            tried.append(calls)
            search.record(calls: calls, passed: calls <= capacity)
        }
        #expect(Array(tried.prefix(6)) == [100, 200, 400, 800, 1600, 1200])
        let held = try #require(search.passed)
        #expect(held <= capacity)
        #expect(Double(capacity - held) <= 0.1 * Double(held))
        #expect(tried.count < 12)
    }

    @Test("A first level that misses makes the search look below it")
    func searchLooksBelowAFailedStart() {
        var search = CapacitySearch(start: 400, factor: 2, maximum: 10_000, resolution: 0.15)
        search.record(calls: 400, passed: false)
        #expect(search.next == 200)
        search.record(calls: 200, passed: false)
        #expect(search.next == 100)
        search.record(calls: 100, passed: true)
        #expect(search.next == 150)
    }

    @Test("The search stops at its maximum and when nothing holds at one call")
    func searchEnds() {
        var capped = CapacitySearch(start: 100, factor: 4, maximum: 300, resolution: 0.1)
        capped.record(calls: 100, passed: true)
        #expect(capped.next == 300)
        capped.record(calls: 300, passed: true)
        #expect(capped.next == nil)
        #expect(capped.passed == 300)

        var hopeless = CapacitySearch(start: 2, factor: 2, maximum: 100, resolution: 0.1)
        hopeless.record(calls: 2, passed: false)
        #expect(hopeless.next == 1)
        hopeless.record(calls: 1, passed: false)
        #expect(hopeless.next == nil)
        #expect(hopeless.passed == nil)
    }

    @Test("A level's tally counts what was sent and answered in its window, and holds only on a clean p99")
    func tallyCountsTheWindow() {
        let records = [
            TurnRecord(sent: 0.5, finished: 0.6),  // before the window
            TurnRecord(sent: 1.0, finished: 1.01),
            TurnRecord(sent: 2.0, finished: 2.02, holds: 1),
            TurnRecord(sent: 2.9, finished: 3.2),  // answered after the window
            TurnRecord(sent: 0.9, finished: 1.5),  // sent before, answered in it
        ]
        let tally = TurnTally(records, from: 1, to: 3)
        #expect(tally.offered == 3)
        #expect(tally.answered == 3)
        #expect(tally.offeredPerSecond == 1.5)
        #expect(tally.holds == 1)
        #expect(tally.latency.count == 3)
        #expect(abs(tally.latency.max - 0.3) < 1e-9)
        #expect(tally.meets(p99: 0.3 + 1e-9))
        #expect(!tally.meets(p99: 0.25))
        let apologised = TurnTally(records + [TurnRecord(sent: 1.5, finished: 1.51, apologised: true)], from: 1, to: 3)
        #expect(!apologised.meets(p99: 1))
        let failed = TurnTally(records + [TurnRecord(sent: 1.5, finished: 1.51, failed: true)], from: 1, to: 3)
        #expect(failed.failures == 1)
        #expect(!failed.meets(p99: 1))
        #expect(!TurnTally([], from: 0, to: 1).meets(p99: 1))
    }

    @Test("The gateway's own hold and apology lines are recognised in any language, an answer is not")
    func repliesAreClassified() {
        #expect(TurnRecord.classify("One moment, please.").holds == 1)
        #expect(TurnRecord.classify("एक क्षण रुकिए।").holds == 1)
        #expect(TurnRecord.classify("I'm sorry, that took longer than it should. Could you please ask me again?").apologised)
        let answer = TurnRecord.classify("Here are 3 hospitals in Bangalore: Manipal Hospital, Sarjapur Road.")
        #expect(answer.holds == 0 && !answer.apologised)
    }
}
