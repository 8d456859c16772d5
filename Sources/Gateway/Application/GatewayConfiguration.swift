import Config
import Foundation
import Redis
import Shared
import Twilio

/// Everything a gateway process needs to know, read and validated once at start-up.
struct GatewayConfiguration: Sendable {
    var host: String
    var port: Int
    /// `METRICS_HOST`/`METRICS_PORT`: `/metrics` on a listener of its own, loopback by default;
    /// port 0: none.
    var metricsHost: String
    var metricsPort: Int
    var redis: RedisEndpoint
    var keys: RedisKeys
    var redisPoolSize: Int
    /// Unset means Twilio signatures are not checked (local development only).
    var authToken: String?
    /// `ALLOW_UNSIGNED_WEBHOOKS`: without a token, answer unsigned webhooks (local development).
    var allowUnsignedWebhooks: Bool
    var accountSid: String?
    var phoneNumber: String?
    /// The external base URL Twilio calls, without a trailing slash.
    var publicURL: String?
    /// Each language's voice, for the gateway's own words in the call's language.
    var voices: [Language: VoiceSettings]
    /// The language a call starts in (`DEFAULT_LANGUAGE`): a new call's apology is said in it.
    var defaultLanguage: Language
    /// `LANGUAGES`: those the web page offers, as the greeting does on a call.
    var languages: [Language]
    /// `VOICE_MODE`: what `/twilio/voice` answers, `<Gather>` turns or a ConversationRelay socket.
    var voiceMode: VoiceMode
    /// The hand-off's agent and caller ID: with no brain alive, a new caller is handed to them.
    var agentDial: AgentDial
    /// How long a webhook waits for a brain before putting the caller on hold.
    var replyBudget: Duration
    /// Hold-and-redirect rounds before the caller is asked to repeat.
    var maxRedirects: Int
    var maxBodyBytes: Int
    /// `ADMIN_TOKEN`: the bearer token of `/admin/*`; nil turns those routes off (404).
    var adminToken: String?
    /// How long a client may take over a request's headers, then over its body.
    var headerTimeout: Duration
    var bodyTimeout: Duration
    /// `TRUSTED_PROXIES`: whose `X-Forwarded-For` names the client.
    var trustedProxies: TrustedProxies
    /// `SESSION_SECRET`: signs web session ids and keys text conversations; nil: kept in Redis.
    var sessionSecret: String?
    /// `ADMIN_USERS`: dashboard users and their password hashes.
    var adminUsers: [String: String] = [:]
    /// The dashboard and `/admin/*` exist only when a token or a user is configured.
    var adminEnabled: Bool { adminToken != nil || !adminUsers.isEmpty }
    /// Where call records and voicemails are kept.
    var records: CallRecordStore
    /// Requests per minute per client on the JSON API.
    var rateLimitPerMinute: Int
    /// Origins allowed to call the JSON API from other sites.
    var corsOrigins: [String]
    /// Twilio's REST API (`TWILIO_API_URL`) and the account's credentials: recordings are played
    /// through the gateway with them. Nil credentials: no playback.
    var twilioAPIURL: String
    var twilioCredentials: TwilioCredentials?
    /// When callbacks are due (`CALLBACK_TARGET_HOURS` within `CALLBACK_WORKING_HOURS`).
    var workingHours: WorkingHours
    /// Where critical alerts and the daily report are sent, and the report's hour.
    var alerts: AlertChannels

    init(settings: Settings) throws(ConfigurationError) {
        host = settings.string(.host) ?? "0.0.0.0"
        port = try settings.int(.port, in: 0...65535)
        metricsHost = settings.string(.metricsHost) ?? "127.0.0.1"
        metricsPort = try settings.int(.metricsPort, in: 0...65535)
        redis = try settings.redisEndpoint()
        keys = try settings.keys()
        redisPoolSize = try settings.int(.redisPoolSize, in: 1...64)
        authToken = settings.string(.twilioAuthToken)
        allowUnsignedWebhooks = try settings.bool(.allowUnsignedWebhooks)
        if let authToken {
            // Twilio's auth tokens are 32 characters; the example file's placeholder is not one.
            guard !authToken.lowercased().contains("your_"), !authToken.lowercased().contains("auth_token_here") else {
                throw ConfigurationError("TWILIO_AUTH_TOKEN is still the .env.example placeholder: set your account's auth token from the Twilio console.")
            }
            guard authToken.utf8.count == 32 else {
                throw ConfigurationError("TWILIO_AUTH_TOKEN must be Twilio's 32-character auth token (this one has \(authToken.utf8.count) characters).")
            }
        }
        accountSid = settings.string(.twilioAccountSID)
        phoneNumber = settings.string(.twilioPhoneNumber)
        voices = settings.voices()
        defaultLanguage = try settings.defaultLanguage()
        languages = try settings.languages()
        voiceMode = try settings.voiceMode()
        // A deployment whose hand-offs Twilio would refuse must not take calls at all; the gateway
        // also dials the agent itself when no brain is alive.
        agentDial = try settings.agentDial()
        replyBudget = .milliseconds(try settings.int(.replyTimeoutMS, in: 100...12_000))
        maxRedirects = try settings.int(.replyRedirects, in: 0...10)
        maxBodyBytes = try settings.int(.maxBodyBytes, in: 1024...10_485_760)
        adminToken = settings.string(.adminToken)
        sessionSecret = settings.string(.sessionSecret)
        trustedProxies = try TrustedProxies(parsing: settings.string(.trustedProxies) ?? "")
        headerTimeout = .seconds(try settings.int(.headerTimeoutSeconds, in: 1...300))
        bodyTimeout = .seconds(try settings.int(.bodyTimeoutSeconds, in: 1...3600))
        if let sessionSecret, sessionSecret.utf8.count < 32 {
            throw ConfigurationError("SESSION_SECRET must be at least 32 characters (try: openssl rand -hex 32).")
        }
        if let adminToken, adminToken.utf8.count < 16 {
            throw ConfigurationError("ADMIN_TOKEN must be at least 16 characters (try: openssl rand -hex 24).")
        }
        records = try settings.callRecordStore()
        for entry in (settings.string(.adminUsers) ?? "").split(separator: ",") {
            let parts = entry.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[0].isEmpty, parts[1].hasPrefix("$") else {
                throw ConfigurationError("ADMIN_USERS must be name:hash pairs separated by commas, the hash from loop hash-password (starting with $).")
            }
            adminUsers[parts[0]] = parts[1]
        }
        twilioAPIURL = settings.string(.twilioAPIURL) ?? TwilioRESTClient.defaultBaseURL
        twilioCredentials = try settings.twilioCredentials()
        // The console's settings are not in Shared's list: read here with their defaults.
        let target = settings.string(.callbackTargetHours) ?? "2"
        guard let targetHours = Int(target), (1...240).contains(targetHours) else {
            throw ConfigurationError("CALLBACK_TARGET_HOURS must be a whole number of hours from 1 to 240, not '\(target)'.")
        }
        workingHours = try WorkingHours(
            parsing: settings.string(.callbackWorkingHours) ?? "09-18", targetHours: targetHours, timeZone: records.days.timeZone)
        alerts = try AlertChannels(settings: settings)
        rateLimitPerMinute = try settings.int(.rateLimitPerMinute, in: 1...100_000_000)
        corsOrigins = (settings.string(.corsOrigins) ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        for origin in corsOrigins where origin != "*" && !(origin.hasPrefix("http://") || origin.hasPrefix("https://")) {
            throw ConfigurationError("CORS_ORIGINS must list origins such as https://insurer.example (or *), got '\(origin)'")
        }
        if let url = settings.string(.publicURL) {
            guard let components = URLComponents(string: url), let scheme = components.scheme, ["http", "https"].contains(scheme.lowercased()),
                components.host?.isEmpty == false
            else {
                throw ConfigurationError("PUBLIC_URL must be an absolute http(s) URL such as https://loop.example.com, got '\(url)'")
            }
            publicURL = url.hasSuffix("/") ? String(url.dropLast()) : url
            // ConversationRelay connects only to wss:// sockets; the socket's URL is PUBLIC_URL's.
            // Loopback addresses are local runs and tests, which no Twilio reaches.
            if voiceMode == .relay, scheme.lowercased() != "https", !Self.isLoopback(components.host ?? "") {
                throw ConfigurationError(
                    "VOICE_MODE=relay needs PUBLIC_URL to be https:// (Twilio opens ConversationRelay's socket only as wss://), got '\(url)'.")
            }
        }
    }

    /// `localhost`, `127.x.x.x` or `::1`.
    static func isLoopback(_ host: String) -> Bool {
        let host = host.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        return host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }

    /// Twilio is configured when it has both the account and the token.
    var twilioConfigured: Bool { accountSid != nil && authToken != nil }

    /// How this gateway treats webhooks' signatures, for `/health` and the start-up log.
    var webhookSignatures: String {
        if authToken != nil { return "checked" }
        return allowUnsignedWebhooks ? "not checked (ALLOW_UNSIGNED_WEBHOOKS=true, local development only)" : "refused: no TWILIO_AUTH_TOKEN"
    }
}
