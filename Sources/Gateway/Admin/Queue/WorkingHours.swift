import Config
import Foundation
import Shared

/// When callbacks are due: a target of so many working hours (`CALLBACK_TARGET_HOURS`, 2) counted
/// only inside the working day (`CALLBACK_WORKING_HOURS`, `09-18`, Monday to Saturday) in the
/// operators' time zone. A voicemail left at 17:30 is due at 10:30 the next working morning.
struct WorkingHours: Sendable, Equatable {
    var target: Duration
    /// First and last hour of the working day (09-18: from 09:00 to 18:00).
    var opens: Int
    var closes: Int
    /// Working weekdays (1 Sunday … 7 Saturday, as `Calendar` counts).
    var weekdays: Set<Int>
    var timeZone: TimeZone

    init(target: Duration = .seconds(2 * 3600), opens: Int = 9, closes: Int = 18, weekdays: Set<Int> = [2, 3, 4, 5, 6, 7], timeZone: TimeZone) {
        self.target = target
        self.opens = opens
        self.closes = closes
        self.weekdays = weekdays
        self.timeZone = timeZone
    }

    /// `09-18`: the hours of the working day.
    init(parsing hours: String, targetHours: Int, timeZone: TimeZone) throws(ConfigurationError) {
        let parts = hours.split(separator: "-").map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard parts.count == 2, let opens = parts[0], let closes = parts[1], 0 <= opens, opens < closes, closes <= 24 else {
            throw ConfigurationError("CALLBACK_WORKING_HOURS must be the working day's first and last hour, like 09-18, not '\(hours)'.")
        }
        self.init(target: .seconds(targetHours * 3600), opens: opens, closes: closes, timeZone: timeZone)
    }

    /// `start` plus the target, counted in working time only.
    func due(from start: Int64) -> Int64 {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        var left = Int64(target.components.seconds) * 1000
        var now = start
        // At most a few weeks of days to walk, even for a long target over holidays-free weeks.
        for _ in 0..<60 {
            let date = Date(timeIntervalSince1970: Double(now) / 1000)
            let day = calendar.startOfDay(for: date)
            let open = Int64((day.timeIntervalSince1970 + Double(opens * 3600)) * 1000)
            let close = Int64((day.timeIntervalSince1970 + Double(closes * 3600)) * 1000)
            if weekdays.contains(calendar.component(.weekday, from: date)), now < close {
                let from = max(now, open)
                if from + left <= close { return from + left }
                left -= close - from
            }
            now = Int64((calendar.date(byAdding: .day, value: 1, to: day) ?? day.addingTimeInterval(86_400)).timeIntervalSince1970 * 1000)
        }
        return now
    }
}
