import Foundation

/// Days as the operators live them (`DASHBOARD_TIME_ZONE`, India by default): the day a call
/// counts in, "today", "this week", and dates typed into the console all start at midnight there.
public struct OperatorDays: Sendable, Equatable {
    public let timeZone: TimeZone
    private let calendar: Calendar

    public init(timeZone: TimeZone) {
        self.timeZone = timeZone
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        self.calendar = calendar
    }

    public static let india = OperatorDays(timeZone: TimeZone(identifier: "Asia/Kolkata") ?? .gmt)
    public static let utc = OperatorDays(timeZone: .gmt)

    /// The start of the day holding `milliseconds`.
    public func start(containing milliseconds: Int64) -> Int64 {
        Int64(calendar.startOfDay(for: Date(timeIntervalSince1970: Double(milliseconds) / 1000)).timeIntervalSince1970 * 1000)
    }

    /// The start of the day `days` after the one holding `milliseconds` (negative: before).
    public func start(_ days: Int, daysFrom milliseconds: Int64) -> Int64 {
        let day = calendar.startOfDay(for: Date(timeIntervalSince1970: Double(milliseconds) / 1000))
        let moved = calendar.date(byAdding: .day, value: days, to: day) ?? day
        return Int64(moved.timeIntervalSince1970 * 1000)
    }

    /// The first day of the last seven, today included.
    public func weekStart(now: Int64) -> Int64 { start(-6, daysFrom: now) }

    /// The day holding `milliseconds`, written `2026-11-26`.
    public func name(_ milliseconds: Int64) -> String {
        let parts = calendar.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: Double(milliseconds) / 1000))
        func two(_ value: Int?) -> String { value.map { $0 < 10 ? "0\($0)" : String($0) } ?? "00" }
        return String(parts.year ?? 1970) + "-" + two(parts.month) + "-" + two(parts.day)
    }

    /// The start of the day written `2026-11-26`; nil for anything else.
    public func start(of text: some StringProtocol) -> Int64? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard parts.count == 3, let year = parts[0], let month = parts[1], let day = parts[2], (1...12).contains(month), (1...31).contains(day),
            let date = calendar.date(from: DateComponents(year: year, month: month, day: day)), name(Int64(date.timeIntervalSince1970 * 1000)) == text
        else { return nil }
        return Int64(date.timeIntervalSince1970 * 1000)
    }

    /// The days from the one holding `from` to the one holding `to`, in order, at most `limit`
    /// (the latest kept).
    public func days(from: Int64, to: Int64, limit: Int) -> [String] {
        var names: [String] = []
        var day = start(containing: to)
        let first = start(containing: from)
        while day >= first, names.count < limit {
            names.append(name(day))
            day = start(-1, daysFrom: day)
        }
        return names.reversed()
    }
}
