import Foundation
import Redis
import Shared

extension RedisKeys {
    /// STRING, per operators' day: set by the gateway that makes that day's report (so one does).
    func dailyReportClaim(_ day: String) -> RedisKey { RedisKey(prefix + "alerts:report:made:" + day) }
    /// STRING: the last daily report, as JSON, for the dashboard.
    var dailyReport: RedisKey { RedisKey(prefix + "alerts:report:last") }
}

/// The report of one operators' day for supervisors and the network team: what the dashboard
/// shows under *Daily report* and what is sent to the alert channels.
struct DailyReport: Codable, Sendable, Equatable {
    /// A hospital name asked for that the list lacks, with the place it was asked for in.
    struct Missing: Codable, Sendable, Equatable {
        var name: String
        var city: String?
        var count: Int
    }

    /// `2026-11-26` and `26 Nov`.
    var day: String
    var label: String
    var madeAt: Int64
    var calls: Int
    /// Calls that ended neither with a person nor a message left.
    var answeredWithoutPerson: Int
    var handoffsAnswered: Int
    var handoffsUnanswered: Int
    var voicemailsOpen: Int
    var voicemailsOverdue: Int
    var emergencies: Int
    var notInList: [Missing]
    /// ``rendered``, kept with the figures for the dashboard.
    var text = ""

    /// The report as a message: one figure a line, the names for the network team last.
    var rendered: String {
        var lines = [
            "Loop AI daily report for \(label)",
            CountText.of(calls, "call"),
            "\(CountText.of(answeredWithoutPerson, "call")) answered without a person",
            "hand-offs: \(handoffsAnswered) answered, \(handoffsUnanswered) unanswered",
            "voicemails: \(voicemailsOpen) open, \(voicemailsOverdue) overdue",
            CountText.of(emergencies, "emergency", "emergencies"),
        ]
        if notInList.isEmpty {
            lines.append("No hospital asked for was missing from the list.")
        } else {
            lines.append("Asked for but not in the list (for the network team):")
            lines += notInList.map { "- \($0.name)\($0.city.map { " (\($0))" } ?? ""): \(CountText.of($0.count, "time"))" }
        }
        return lines.joined(separator: "\n")
    }
}

/// "1 call", "2 calls": counts said right.
enum CountText {
    static func of(_ count: Int, _ one: String, _ many: String? = nil) -> String {
        "\(count) " + (count == 1 ? one : many ?? one + "s")
    }
}

/// Makes the daily report once a day, on whichever gateway first sees the hour come
/// (`DAILY_REPORT_HOUR` in the operators' zone), keeps it for the dashboard and sends it.
struct DailyReportMaker: Sendable {
    let redis: RedisClient
    let configuration: GatewayConfiguration
    let queue: CallbackQueue
    let notifier: AlertNotifier

    var days: OperatorDays { configuration.records.days }

    /// Makes, keeps and sends yesterday's report if it is due and no gateway has yet.
    func makeIfDue(now: Int64) async throws(RedisError) {
        guard days.hour(now) >= configuration.alerts.reportHour else { return }
        let today = days.name(now)
        guard try await redis.execute(SET(configuration.keys.dailyReportClaim(today), "1", expiry: .seconds(3 * 86_400), onlyIfAbsent: true)) != nil else { return }
        let report = try await make(now: now)
        if let json = try? JSONEncoder().encode(report) {
            _ = try await redis.execute(SET(configuration.keys.dailyReport, Array(json), expiry: .seconds(8 * 86_400)))
        }
        await notifier.send(subject: "[Loop AI] Daily report for \(report.label)", text: report.text)
    }

    /// The report of the operators' day before `now`'s.
    func make(now: Int64) async throws(RedisError) -> DailyReport {
        let to = days.start(containing: now) - 1
        let from = days.start(-1, daysFrom: now)
        let summary = try await configuration.records.summary(from: from, to: to, redis: redis)
        let page = try await configuration.records.page(CallRecordStore.Filter(from: from, to: to), limit: 5000, redis: redis)
        let items = try await queue.items(now: now)
        let voicemails = items.filter { $0.reasons.contains(.voicemail) && $0.work.state != .closed }
        let handoffs = Handoffs(summary)
        var report = DailyReport(
            day: days.name(from), label: Self.label(days, from), madeAt: now, calls: summary.calls,
            answeredWithoutPerson: handoffs.withoutPerson(calls: summary.calls),
            handoffsAnswered: handoffs.answered, handoffsUnanswered: handoffs.unanswered,
            voicemailsOpen: voicemails.count, voicemailsOverdue: voicemails.filter(\.overdue).count,
            emergencies: summary.intents["emergency"] ?? 0, notInList: Self.missing(page.calls))
        report.text = report.rendered
        return report
    }

    /// Names not in the list with the city each was asked for in (as noted with the name; for
    /// names noted before, the turn's place, else the call's), spelling variants together.
    static func missing(_ calls: [CallRecord]) -> [DailyReport.Missing] {
        var labels: [String: Int] = [:]
        for call in calls {
            for turn in call.turns {
                for label in turn.notFound ?? [] {
                    let noted = NotInList.parse(label)
                    let city = noted.city ?? turn.places?.first ?? call.places.first
                    labels[noted.name + (city.map { " (\($0))" } ?? ""), default: 0] += 1
                }
            }
        }
        let counts = labels.map { (name: $0.key, count: $0.value) }
        return NotInList.merged(labels: [("calls", counts)], limit: 20).map { DailyReport.Missing(name: $0.name, city: $0.city, count: $0.count) }
    }

    /// `26 Nov`.
    static func label(_ days: OperatorDays, _ milliseconds: Int64) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_GB")
        formatter.timeZone = days.timeZone
        formatter.dateFormat = "d MMM"
        return formatter.string(from: Date(timeIntervalSince1970: Double(milliseconds) / 1000))
    }
}
