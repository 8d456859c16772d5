import Shared
import Foundation
import Twilio

extension Settings {
    /// A yes/no setting: true, yes, on or 1; false, no, off or 0.
    public func bool(_ setting: Setting) throws(ConfigurationError) -> Bool {
        guard let text = string(setting)?.lowercased() else { return false }
        switch text {
        case "true", "yes", "on", "1": return true
        case "false", "no", "off", "0": return false
        default: throw ConfigurationError("\(setting.name) must be true or false, got '\(text)'")
        }
    }

    /// How Loop AI signs in to Twilio's REST API: an API key pair when both are set, else the
    /// account's auth token; nil when neither is complete.
    public func twilioCredentials() throws(ConfigurationError) -> TwilioCredentials? {
        guard let account = string(.twilioAccountSID) else { return nil }
        let key = string(.twilioAPIKey), secret = string(.twilioAPISecret)
        if (key == nil) != (secret == nil) {
            throw ConfigurationError("TWILIO_API_KEY and TWILIO_API_SECRET must be set together.")
        }
        if let key, let secret { return TwilioCredentials(accountSid: account, apiKey: key, apiSecret: secret) }
        return string(.twilioAuthToken).map { TwilioCredentials(accountSid: account, authToken: $0) }
    }

    /// Where call records are kept and for how long.
    public func callRecordStore() throws(ConfigurationError) -> CallRecordStore {
        CallRecordStore(
            keys: try keys(), maximumRecords: try int(.callRecordsMax, in: 100...100_000_000), retentionDays: try int(.callRecordsDays, in: 1...3650),
            grace: .seconds(try int(.callRecordGraceSeconds, in: 0...3600)), days: try operatorDays())
    }

    /// `DASHBOARD_TIME_ZONE`: the zone the console's days, charts and times are in.
    public func operatorDays() throws(ConfigurationError) -> OperatorDays {
        let name = string(.dashboardTimeZone) ?? "Asia/Kolkata"
        guard let zone = TimeZone(identifier: name) else {
            throw ConfigurationError("DASHBOARD_TIME_ZONE must be a time zone such as Asia/Kolkata or UTC, not \"\(name)\".")
        }
        return OperatorDays(timeZone: zone)
    }
}
