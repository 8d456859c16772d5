import Config
import Shared

/// The console's own settings, read by gateways only (not in Shared's ``Setting/all``: brains
/// never read them). ``Setting/console`` lists them for `gateway --help`, and a test checks the
/// README and `.env.example` mention each.
extension Setting {
    static let callbackTargetHours = Setting(
        "CALLBACK_TARGET_HOURS", default: "2", "Working hours within which a member who needs a callback is called back (the queue's target).")
    static let callbackWorkingHours = Setting(
        "CALLBACK_WORKING_HOURS", default: "09-18", "The operators' working day for callback targets, first and last hour (Monday to Saturday, in DASHBOARD_TIME_ZONE).")
    static let alertWebhookURL = Setting(
        "ALERT_WEBHOOK_URL", secret: true,
        "Where critical alerts, their resolutions and the daily report are posted as Slack-compatible JSON ({\"text\": …}); unset: not posted.")
    static let alertEmailTo = Setting(
        "ALERT_EMAIL_TO", "Addresses (comma-separated) critical alerts, their resolutions and the daily report are mailed to through ALERT_SMTP_URL; unset: no mail.")
    static let alertEmailFrom = Setting("ALERT_EMAIL_FROM", default: "loop-ai@localhost", "The sender of alert mails.")
    static let alertSMTPURL = Setting(
        "ALERT_SMTP_URL", default: "smtp://127.0.0.1:25", "The SMTP relay alert mails go through, smtp://host[:port] (a relay on the host or private network: no TLS or login).")
    static let dailyReportHour = Setting(
        "DAILY_REPORT_HOUR", default: "8", "Hour (0-23, in DASHBOARD_TIME_ZONE) at which the report of the day before is made for the dashboard and sent to the alert channels.")

    /// The console's settings, in the order the documentation lists them.
    static let console: [Setting] = [.callbackTargetHours, .callbackWorkingHours, .alertWebhookURL, .alertEmailTo, .alertEmailFrom, .alertSMTPURL, .dailyReportHour]
}
