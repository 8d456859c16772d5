import Foundation

extension Date {
    /// Milliseconds since the epoch, the unit every timestamp in Redis uses.
    public static var nowMilliseconds: Int64 { Int64(Date().timeIntervalSince1970 * 1000) }

    /// The start of a UTC day written `2026-11-26`, in milliseconds since the epoch; nil for anything else.
    public static func startOfUTCDay(_ text: some StringProtocol) -> Int64? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard parts.count == 3, let year = parts[0], let month = parts[1], let day = parts[2], (1...12).contains(month), (1...31).contains(day),
            let date = DateComponents(calendar: Calendar(identifier: .gregorian), timeZone: .gmt, year: year, month: month, day: day).date
        else { return nil }
        return Int64(date.timeIntervalSince1970 * 1000)
    }
}
