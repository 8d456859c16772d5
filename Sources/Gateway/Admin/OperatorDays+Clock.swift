import Foundation
import Shared

/// Times as operators read them, in their zone: `10:42`, `26-11-2026 10:42`, `26-11`, `IST`.
extension OperatorDays {
    private func parts(_ milliseconds: Int64) -> DateComponents {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar.dateComponents([.year, .month, .day, .hour, .minute, .weekday], from: Date(timeIntervalSince1970: Double(milliseconds) / 1000))
    }

    private static func two(_ value: Int?) -> String { value.map { $0 < 10 ? "0\($0)" : String($0) } ?? "00" }

    /// `10:42`.
    func clock(_ milliseconds: Int64) -> String {
        let parts = parts(milliseconds)
        return Self.two(parts.hour) + ":" + Self.two(parts.minute)
    }

    /// `26-11-2026 10:42`, as Indian offices write a date and time (the CSV's times).
    func dateAndTime(_ milliseconds: Int64) -> String {
        let parts = parts(milliseconds)
        return Self.two(parts.day) + "-" + Self.two(parts.month) + "-" + String(parts.year ?? 1970) + " " + clock(milliseconds)
    }

    /// `26-11`: a day label.
    func dayLabel(_ milliseconds: Int64) -> String {
        let parts = parts(milliseconds)
        return Self.two(parts.day) + "-" + Self.two(parts.month)
    }

    /// The operators' hour now (0–23).
    func hour(_ milliseconds: Int64) -> Int { parts(milliseconds).hour ?? 0 }

    /// `IST` for India (Foundation would say `GMT+5:30`), else the zone's own abbreviation.
    var zoneAbbreviation: String {
        if timeZone.identifier == "Asia/Kolkata" || timeZone.identifier == "Asia/Calcutta" { return "IST" }
        return timeZone.abbreviation() ?? timeZone.identifier
    }
}
