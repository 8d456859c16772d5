import Foundation

extension Date {
    /// Milliseconds since the epoch, the unit every timestamp in Redis uses.
    public static var nowMilliseconds: Int64 { Int64(Date().timeIntervalSince1970 * 1000) }

    /// Milliseconds in a day.
    public static let dayMilliseconds: Int64 = 86_400_000

    /// The start of a UTC day written `2026-11-26`, in milliseconds since the epoch; nil for anything else.
    public static func startOfUTCDay(_ text: some StringProtocol) -> Int64? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard parts.count == 3, let year = parts[0], let month = parts[1], let day = parts[2], (1...12).contains(month), (1...31).contains(day),
            let date = DateComponents(calendar: Calendar(identifier: .gregorian), timeZone: .gmt, year: year, month: month, day: day).date
        else { return nil }
        return Int64(date.timeIntervalSince1970 * 1000)
    }

    /// The start of the UTC day holding `milliseconds`.
    public static func startOfUTCDay(containing milliseconds: Int64) -> Int64 {
        milliseconds - ((milliseconds % dayMilliseconds) + dayMilliseconds) % dayMilliseconds
    }

    /// The UTC day holding `milliseconds`, written `2026-11-26` (the inverse of ``startOfUTCDay(_:)``).
    public static func utcDay(_ milliseconds: Int64) -> String {
        let components = Calendar(identifier: .gregorian).dateComponents(
            in: .gmt, from: Date(timeIntervalSince1970: Double(startOfUTCDay(containing: milliseconds)) / 1000))
        func two(_ value: Int?) -> String { value.map { $0 < 10 ? "0\($0)" : String($0) } ?? "00" }
        return String(components.year ?? 1970) + "-" + two(components.month) + "-" + two(components.day)
    }
}
