import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import Shared

/// Sends the console's critical alerts, their resolutions and the daily report to the channels
/// configured (``AlertChannels``): a webhook that takes Slack's `{"text": …}` and/or mail.
/// A channel that fails is logged and counted; the incident is not sent again (it is sent by
/// whichever gateway saw it open, once).
struct AlertNotifier: Sendable {
    let channels: AlertChannels
    let days: OperatorDays
    let http: HTTPClient
    let logger: Logger

    init(channels: AlertChannels, days: OperatorDays, http: HTTPClient = .shared, logger: Logger) {
        self.channels = channels
        self.days = days
        self.http = http
        self.logger = logger
    }

    /// The alerts that reach people (the rest stay banners): nobody answering, callers turned
    /// away, members not reached by text or recording, the console itself blind.
    static let notified: Set<String> = ["no-brain", "apologised", "texts-failed", "recordings-failed", AlertWatch.staleID]

    /// A short name for each alert, for a resolution (its text is gone by then) and subjects.
    static func title(_ id: String) -> String {
        switch id {
        case "no-brain": return "No brain alive"
        case "apologised": return "Callers apologised to"
        case "texts-failed": return "Texts failing"
        case "recordings-failed": return "Recordings failing"
        case AlertWatch.staleID: return "Console data stale"
        default: return id
        }
    }

    /// An alert raised: "Loop AI critical: …" with when.
    func opened(_ alert: AdminOverview.Alert, since: Int64) async {
        let title = Self.title(alert.id)
        await send(
            subject: "[Loop AI] Critical: \(title)",
            text: "🔴 Loop AI critical: \(alert.text) (since \(days.clock(since)) \(days.zoneAbbreviation)). Dashboard: /admin")
    }

    /// An alert no longer raised: "Resolved: …", when it was raised and how long it lasted.
    func resolved(id: String, since: Int64?, now: Int64 = Date.nowMilliseconds) async {
        let title = Self.title(id)
        let lasted = since.map { " (raised \(days.clock($0)), lasted \(Self.span(now - $0)))" } ?? ""
        await send(subject: "[Loop AI] Resolved: \(title)", text: "✅ Loop AI resolved: \(title)\(lasted), \(days.clock(now)) \(days.zoneAbbreviation).")
    }

    /// `45 s`, `3 min`, `2 h 5 min`.
    static func span(_ milliseconds: Int64) -> String {
        let seconds = max(0, milliseconds / 1000)
        if seconds < 60 { return "\(seconds) s" }
        if seconds < 3600 { return "\(seconds / 60) min" }
        return "\(seconds / 3600) h \(seconds % 3600 / 60) min"
    }

    /// To every channel configured; a failure is logged, never thrown.
    func send(subject: String, text: String) async {
        if let url = channels.webhookURL {
            do {
                try await post(url: url, text: text)
            } catch {
                logger.error("Could not post an alert to ALERT_WEBHOOK_URL", metadata: ["subject": "\(subject)", "error": "\(error)"])
            }
        }
        if !channels.emailTo.isEmpty {
            let mailer = SMTPMailer(host: channels.smtpHost, port: channels.smtpPort, from: channels.emailFrom)
            do {
                try await mailer.send(to: channels.emailTo, subject: subject, body: text)
            } catch {
                logger.error("Could not mail an alert through ALERT_SMTP_URL", metadata: ["subject": "\(subject)", "error": "\(error)"])
            }
        }
        logger.notice("Alert sent", metadata: ["subject": "\(subject)"])
    }

    struct WebhookFailure: Error, CustomStringConvertible {
        let description: String
    }

    /// Slack's incoming-webhook body, `{"text": "…"}`, which Mattermost, Teams' and Google Chat's
    /// Slack-compatible hooks and most alert routers take too.
    private func post(url: String, text: String) async throws {
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        request.body = .bytes(ByteBuffer(bytes: try JSONEncoder().encode(["text": text])))
        let response = try await http.execute(request, timeout: .seconds(10))
        _ = try? await response.body.collect(upTo: 1 << 16)
        guard (200..<300).contains(Int(response.status.code)) else { throw WebhookFailure(description: "the webhook answered \(response.status.code)") }
    }
}
