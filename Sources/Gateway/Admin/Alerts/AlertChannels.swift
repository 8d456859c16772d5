import Config
import Foundation
import Shared

/// Where the console's alerts and daily report go beyond the dashboard: a webhook
/// (`ALERT_WEBHOOK_URL`, Slack-compatible JSON) and/or mail (`ALERT_EMAIL_TO` through the relay
/// `ALERT_SMTP_URL`), and when the report is made (`DAILY_REPORT_HOUR`).
struct AlertChannels: Sendable, Equatable {
    var webhookURL: String?
    var emailTo: [String]
    var emailFrom: String
    var smtpHost: String
    var smtpPort: Int
    /// The operators' hour the report of the day before is made at.
    var reportHour: Int

    /// True when anything is sent anywhere.
    var sendsAnything: Bool { webhookURL != nil || !emailTo.isEmpty }

    init(webhookURL: String? = nil, emailTo: [String] = [], emailFrom: String = "loop-ai@localhost", smtpHost: String = "127.0.0.1", smtpPort: Int = 25, reportHour: Int = 8) {
        self.webhookURL = webhookURL
        self.emailTo = emailTo
        self.emailFrom = emailFrom
        self.smtpHost = smtpHost
        self.smtpPort = smtpPort
        self.reportHour = reportHour
    }

    init(settings: Settings) throws(ConfigurationError) {
        self.init()
        if let url = settings.string(.alertWebhookURL) {
            guard let components = URLComponents(string: url), ["http", "https"].contains(components.scheme?.lowercased() ?? ""), components.host?.isEmpty == false else {
                throw ConfigurationError("ALERT_WEBHOOK_URL must be an http(s) URL such as https://hooks.slack.com/services/…")
            }
            webhookURL = url
        }
        emailTo = (settings.string(.alertEmailTo) ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        emailFrom = settings.string(.alertEmailFrom) ?? "loop-ai@localhost"
        for address in emailTo + [emailFrom] where !Self.isAddress(address) {
            throw ConfigurationError("ALERT_EMAIL_TO and ALERT_EMAIL_FROM must be mail addresses such as ops@insurer.example, not '\(address.prefix(80))'.")
        }
        let relay = settings.string(.alertSMTPURL) ?? "smtp://127.0.0.1:25"
        guard let components = URLComponents(string: relay), components.scheme?.lowercased() == "smtp", let host = components.host, !host.isEmpty,
            (1...65535).contains(components.port ?? 25)
        else {
            throw ConfigurationError("ALERT_SMTP_URL must be smtp://host[:port], such as smtp://127.0.0.1:25, not '\(relay.prefix(80))'.")
        }
        smtpHost = host
        smtpPort = components.port ?? 25
        let hour = settings.string(.dailyReportHour) ?? "8"
        guard let reportHour = Int(hour), (0...23).contains(reportHour) else {
            throw ConfigurationError("DAILY_REPORT_HOUR must be an hour from 0 to 23, not '\(hour.prefix(20))'.")
        }
        self.reportHour = reportHour
    }

    /// `name@domain`, with nothing an SMTP command line could be broken by.
    static func isAddress(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && !parts[1].isEmpty && text.count <= 254
            && text.unicodeScalars.allSatisfy { $0.isASCII && $0.value > 32 && !"<>()[],;:\\\"".unicodeScalars.contains($0) }
    }
}
