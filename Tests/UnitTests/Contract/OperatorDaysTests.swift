import Foundation
import Testing

@testable import Shared

/// Days as the operators live them: India's midnight, not UTC's.
@Suite("Operators' days")
struct OperatorDaysTests {
    /// 2026-12-02T20:00:00Z: 01:30 on 3 December in India, still 2 December in UTC.
    static let lateUTC: Int64 = 1_796_241_600_000

    @Test("A call at 01:30 in India counts on India's day, which starts at 18:30 UTC the evening before")
    func indiaDays() throws {
        let india = OperatorDays.india
        #expect(india.name(Self.lateUTC) == "2026-12-03")
        #expect(OperatorDays.utc.name(Self.lateUTC) == "2026-12-02")
        let start = india.start(containing: Self.lateUTC)
        #expect(start == Self.lateUTC - 90 * 60_000)
        #expect(india.start(of: "2026-12-03") == start)
        #expect(india.start(1, daysFrom: start) - start == Date.dayMilliseconds)
    }

    @Test("A week is the last seven of the operators' days, today included; day names read back")
    func weeks() {
        let india = OperatorDays.india
        let days = india.days(from: india.weekStart(now: Self.lateUTC), to: Self.lateUTC, limit: 30)
        #expect(days == ["2026-11-27", "2026-11-28", "2026-11-29", "2026-11-30", "2026-12-01", "2026-12-02", "2026-12-03"])
        #expect(india.days(from: 0, to: Self.lateUTC, limit: 2) == ["2026-12-02", "2026-12-03"])
        #expect(india.start(of: "2026-02-30") == nil && india.start(of: "yesterday") == nil)
    }

    @Test("A zone with summer time still has one name per day")
    func summerTime() throws {
        let london = OperatorDays(timeZone: try #require(TimeZone(identifier: "Europe/London")))
        // 2026-03-29 is 23 hours long in London.
        let start = try #require(london.start(of: "2026-03-29"))
        #expect(london.start(1, daysFrom: start) - start == 23 * 3_600_000)
        #expect(london.days(from: start, to: london.start(1, daysFrom: start) + 1, limit: 5) == ["2026-03-29", "2026-03-30"])
    }
}
