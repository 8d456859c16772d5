import Foundation
import Testing

@testable import Config
@testable import Gateway
@testable import Shared

/// Callback targets count working hours only, in the operators' zone.
@Suite("Callback targets")
struct WorkingHoursTests {
    let hours = WorkingHours(timeZone: TimeZone(identifier: "Asia/Kolkata")!)

    /// Milliseconds of a wall-clock time in India (UTC+05:30).
    func ist(_ text: String) -> Int64 {
        let formatter = ISO8601DateFormatter()
        return Int64(formatter.date(from: text + "+05:30")!.timeIntervalSince1970 * 1000)
    }

    @Test("Two working hours: inside the day they are two hours; late on Friday they run into Saturday morning; Saturday evening into Monday; before opening from 09:00")
    func targets() throws {
        #expect(hours.due(from: ist("2026-12-07T11:00:00")) == ist("2026-12-07T13:00:00"))
        #expect(hours.due(from: ist("2026-12-11T17:30:00")) == ist("2026-12-12T10:30:00"))
        #expect(hours.due(from: ist("2026-12-12T17:30:00")) == ist("2026-12-14T10:30:00"))
        #expect(hours.due(from: ist("2026-12-08T06:15:00")) == ist("2026-12-08T11:00:00"))
        #expect(hours.due(from: ist("2026-12-13T12:00:00")) == ist("2026-12-14T11:00:00"), "Sunday is not a working day")
    }

    @Test("CALLBACK_WORKING_HOURS must be two hours of the day in order")
    func parsing() throws {
        let parsed = try WorkingHours(parsing: "10-19", targetHours: 4, timeZone: .gmt)
        #expect(parsed.opens == 10 && parsed.closes == 19 && parsed.target == .seconds(4 * 3600))
        for bad in ["18-09", "9", "nine-five", "0-25"] {
            #expect(throws: ConfigurationError.self) { try WorkingHours(parsing: bad, targetHours: 2, timeZone: .gmt) }
        }
    }
}
