import Shared
import Foundation

/// One configuration setting: its environment name, its default and what it means.
///
/// The list in ``Setting/all`` is the public contract documented in the README and `.env.example`;
/// tests check that both mention every setting.
public struct Setting: Sendable, Hashable {
    /// The environment variable (and `.env`) name, e.g. `REDIS_URL`.
    public let name: String
    /// The value used when nothing sets it; `nil` means "unset".
    public let defaultValue: String?
    public let summary: String
    /// Secrets are redacted wherever configuration is printed.
    public let isSecret: Bool

    public init(_ name: String, default defaultValue: String? = nil, secret: Bool = false, _ summary: String) {
        self.name = name
        self.defaultValue = defaultValue
        self.summary = summary
        self.isSecret = secret
    }

    /// The swift-configuration key whose environment encoding is ``name`` (`REDIS_URL` → `redis.url`).
    public var key: String { name.lowercased().replacingOccurrences(of: "_", with: ".") }
}

extension Setting {
    public static let host = Setting("HOST", default: "0.0.0.0", "Address the gateway listens on.")
    public static let port = Setting("PORT", default: "8000", "Port the gateway listens on.")
    public static let redisURL = Setting(
        "REDIS_URL", default: "redis://127.0.0.1:6379/0", secret: true,
        "Redis shared by gateways and brains: redis://[user:password@]host[:port][/db] or unix:///path?db=N.")
    public static let redisSentinels = Setting(
        "REDIS_SENTINELS", "Redis Sentinel nodes, host:port,host:port: the primary is found through them and followed after a fail-over.")
    public static let redisClusterNodes = Setting(
        "REDIS_CLUSTER_NODES",
        "Redis Cluster nodes, host:port,host:port (any of them: the rest are learnt): keys are spread over the cluster's primaries. REDIS_URL then gives only the password.")
    public static let redisSentinelMaster = Setting("REDIS_SENTINEL_MASTER", default: "loopai", "The name the sentinels monitor the primary under.")
    public static let redisSentinelPassword = Setting(
        "REDIS_SENTINEL_PASSWORD", secret: true, "Password of the sentinels (REDIS_URL's password is the primary's).")
    public static let redisWaitReplicas = Setting(
        "REDIS_WAIT_REPLICAS", default: "0",
        "Milliseconds a brain waits (WAIT 1 ms) for a replica to hold each answer before the caller hears it; 0 turns it off.")
    public static let redisKeyPrefix = Setting("REDIS_KEY_PREFIX", default: "loopai:", "Prefix of every Redis key, so several deployments can share one Redis.")
    public static let hospitalsCSV = Setting(
        "HOSPITALS_CSV",
        "Network list the brain loads (columns HOSPITAL NAME, Address, CITY). Unset: the bundled demo list.")
    public static let hospitalsSource = Setting(
        "HOSPITALS_SOURCE", default: "file",
        "Where brains get the network list: file (HOSPITALS_CSV, reloaded on SIGHUP) or redis (the latest list uploaded to /upload-csv).")
    public static let twilioAccountSID = Setting("TWILIO_ACCOUNT_SID", "Twilio Account SID (shown masked by /twilio/status).")
    public static let twilioAuthToken = Setting(
        "TWILIO_AUTH_TOKEN", secret: true,
        "Twilio auth token. When set, every webhook must carry a valid X-Twilio-Signature.")
    public static let twilioPhoneNumber = Setting("TWILIO_PHONE_NUMBER", "The Twilio number callers dial, e.g. +15551234567.")
    public static let publicURL = Setting(
        "PUBLIC_URL",
        "External base URL Twilio calls, e.g. https://loop.example.com. Used to check signatures behind a proxy or tunnel.")
    public static let humanAgentNumber = Setting("HUMAN_AGENT_NUMBER", "Where out-of-scope callers are transferred. Unset: the call ends politely.")
    public static let humanAgentCallerID = Setting(
        "HUMAN_AGENT_CALLER_ID",
        "Caller ID the agent's phone shows (<Dial callerId>), E.164; required (and non-Indian) for agents on Indian numbers. Unset: Twilio shows the caller's own number.")
    public static let twilioVoice = Setting("TWILIO_VOICE", default: "Polly.Raveena", "Text-to-speech voice used in <Say> (an Indian English voice).")
    public static let twilioLanguage = Setting("TWILIO_LANGUAGE", default: "en-IN", "Speech-recognition and speech language (Indian English).")
    public static let twilioSpeechModel = Setting(
        "TWILIO_SPEECH_MODEL", default: "googlev2_telephony",
        "<Gather speechModel> for English calls (Google's telephony model serves en-IN); none: Twilio picks. Each other language has its own.")
    public static let twilioSpeechTimeout = Setting(
        "TWILIO_SPEECH_TIMEOUT", default: "2", "Seconds of silence that end a caller's turn when a speech model is set (1-10).")
    public static let defaultLanguage = Setting(
        "DEFAULT_LANGUAGE", default: "en", "Language a call starts in: one of the codes LANGUAGES lists.")
    public static let languages = Setting(
        "LANGUAGES", default: "en,hi",
        "Languages calls can be held in, comma-separated, in the order the greeting offers them and of their keys (1, 2, …): en, hi, mr, kn.")
    public static let voiceMode = Setting(
        "VOICE_MODE", default: "gather",
        "How /twilio/voice answers: gather (<Gather> turns through webhooks) or relay (Twilio's ConversationRelay over a WebSocket, with barge-in).")
    public static let relayTTSProvider = Setting("RELAY_TTS_PROVIDER", default: "Google", "ConversationRelay's text-to-speech provider (Google, Amazon or ElevenLabs).")
    public static let relayVoice = Setting("RELAY_VOICE", default: "en-IN-Neural2-A", "ConversationRelay's voice for English calls (the provider's name for it).")
    public static let relayTranscriptionProvider = Setting(
        "RELAY_TRANSCRIPTION_PROVIDER", default: "Google", "ConversationRelay's speech recogniser (Google or Deepgram).")
    public static let relayReportInput = Setting(
        "RELAY_REPORT_INPUT_DURING_AGENT_SPEECH", default: "any",
        "What of the caller's input ConversationRelay reports while Loop AI speaks: any, speech, dtmf or none (Twilio's own default is none).")
    public static let relaySpeechModel = Setting(
        "RELAY_SPEECH_MODEL", default: "telephony", "ConversationRelay's speech model for English calls (Google's telephony model serves en-IN). Each other language has its own.")
    public static let replyTimeoutMS = Setting(
        "REPLY_TIMEOUT_MS", default: "4000",
        "How long a gateway waits for the brain before keeping the caller on hold with a redirect.")
    public static let replyRedirects = Setting(
        "REPLY_REDIRECTS", default: "2",
        "How many hold-and-redirect rounds a slow reply gets before the caller is asked again.")
    public static let sessionTTLSeconds = Setting("SESSION_TTL_SECONDS", default: "3600", "How long a call's session lives after its last turn.")
    public static let brainConsumers = Setting(
        "BRAIN_CONSUMERS", default: "16", "Concurrent turn consumers per brain process (tasks, each waiting on the queue with its own Redis connection).")
    public static let brainMetricsHost = Setting(
        "BRAIN_METRICS_HOST", default: "127.0.0.1",
        "Address the brain's /metrics and /health listen on: loopback unless Prometheus scrapes from elsewhere (then e.g. 0.0.0.0 on a private network).")
    public static let brainMetricsPort = Setting(
        "BRAIN_METRICS_PORT", default: "9464",
        "Port of the brain's /metrics and /health endpoint (0 turns it off).")
    public static let metricsHost = Setting(
        "METRICS_HOST", default: "127.0.0.1",
        "Address the gateway's /metrics listens on, apart from the webhooks: loopback unless Prometheus scrapes from elsewhere (then a private address).")
    public static let metricsPort = Setting(
        "METRICS_PORT", default: "9465",
        "Port of the gateway's own /metrics listener (0 turns it off; /metrics on PORT always needs the admin token).")
    public static let redisPoolSize = Setting("REDIS_POOL_SIZE", default: "2", "Redis connections per gateway process (commands sent together share them).")
    public static let maxBodyBytes = Setting("MAX_BODY_BYTES", default: "65536", "Largest webhook body the gateway accepts (larger: 413).")
    public static let logLevel = Setting("LOG_LEVEL", default: "info", "trace, debug, info, notice, warning, error or critical.")
    public static let logFormat = Setting("LOG_FORMAT", default: "text", "text (key=value) or json (one object per line).")
    public static let eventLoopThreads = Setting(
        "EVENT_LOOP_THREADS", default: "0",
        "Event-loop threads per gateway or brain process (0: one per core). Read from the environment only, before anything starts.")
    public static let twilioAPIURL = Setting(
        "TWILIO_API_URL", default: "https://api.twilio.com", "Base URL of Twilio's REST API (SMS, recordings); tests point it at a local server.")
    public static let twilioAPIKey = Setting(
        "TWILIO_API_KEY", "API key SID (SK…) for Twilio's REST API; with TWILIO_API_SECRET, used instead of the auth token.")
    public static let twilioAPISecret = Setting("TWILIO_API_SECRET", secret: true, "Secret of TWILIO_API_KEY.")
    public static let twilioMessagingServiceSID = Setting(
        "TWILIO_MESSAGING_SERVICE_SID", "Messaging Service (MG…) SMS are sent from; unset: from TWILIO_PHONE_NUMBER.")
    public static let smsDailyLimit = Setting(
        "SMS_DAILY_LIMIT", default: "5", "Most SMS Loop AI sends to one caller number per day (SMS pumping is a real fraud); 0 turns SMS off.")
    public static let smsAllowedCountries = Setting(
        "SMS_ALLOWED_COUNTRIES", default: "IN", "Countries Loop AI texts, as ISO codes (IN, US, GB, AE, …); premium and satellite ranges never.")
    public static let smsRangeDailyLimit = Setting(
        "SMS_RANGE_DAILY_LIMIT", default: "20", "Most SMS segments per UTC day to one range of numbers (country code and the next four digits).")
    public static let smsGlobalHourlyLimit = Setting(
        "SMS_GLOBAL_HOURLY_LIMIT", default: "300", "Most SMS segments the whole service sends in an hour; reaching it is logged as an alert.")
    public static let smsGlobalDailyLimit = Setting(
        "SMS_GLOBAL_DAILY_LIMIT", default: "3000", "Most SMS segments the whole service sends in a UTC day; reaching it is logged as an alert.")
    public static let recordCalls = Setting(
        "RECORD_CALLS", default: "false", "true: tell callers and record calls (<Start><Recording> in the greeting; a caller may say \"don't record\", stopped through the REST API).")
    public static let adminToken = Setting(
        "ADMIN_TOKEN", secret: true, "Bearer token for /admin/calls, /admin/summary and /admin/voicemails. Unset: /admin is off (404).")
    public static let adminUsers = Setting(
        "ADMIN_USERS", secret: true,
        "Dashboard users as name:hash,name:hash (bcrypt, yescrypt or SHA-512-crypt hashes; make one with loop hash-password).")
    public static let headerTimeoutSeconds = Setting(
        "HEADER_TIMEOUT_SECONDS", default: "10",
        "Seconds a connection may take to send a request's headers (and an idle kept-alive connection may wait); then it is closed.")
    public static let bodyTimeoutSeconds = Setting(
        "BODY_TIMEOUT_SECONDS", default: "30", "Seconds a request may take to send its body once its headers are in; then the connection is closed.")
    public static let trustedProxies = Setting(
        "TRUSTED_PROXIES",
        "Proxies whose X-Forwarded-For is believed, as CIDRs (e.g. 10.0.0.0/8,127.0.0.1); unset: none, the client is the connection's peer.")
    public static let allowUnsignedWebhooks = Setting(
        "ALLOW_UNSIGNED_WEBHOOKS", default: "false",
        "true: without TWILIO_AUTH_TOKEN, answer webhooks nobody signed (local development only); false: refuse them (403).")
    public static let sessionSecret = Setting(
        "SESSION_SECRET", secret: true,
        "Secret (at least 32 characters) that signs web session ids and keys text conversations by number; unset: one is made and kept in Redis.")
    public static let callRecordsMax = Setting("CALL_RECORDS_MAX", default: "100000", "Most call records kept in Redis (the oldest go first).")
    public static let callRecordsDays = Setting("CALL_RECORDS_DAYS", default: "90", "Days call records are kept in Redis.")
    public static let callRecordGraceSeconds = Setting(
        "CALL_RECORD_GRACE_SECONDS", default: "30", "Seconds a completed call's record stays open for late callbacks (the recording's).")
    public static let outboxLeaseSeconds = Setting(
        "OUTBOX_LEASE_SECONDS", default: "120", "Seconds a sender holds an SMS or recording job before another brain may take it over.")
    public static let rateLimitPerMinute = Setting(
        "RATE_LIMIT_PER_MINUTE", default: "60",
        "Requests per minute one client may make to /converse and the searches (a token bucket in Redis, shared by every gateway).")
    public static let dashboardTimeZone = Setting(
        "DASHBOARD_TIME_ZONE", default: "Asia/Kolkata",
        "The operators' time zone: the console's days, charts and times (and the days calls are counted in) start at midnight there.")
    public static let corsOrigins = Setting(
        "CORS_ORIGINS", "Origins other sites may call the JSON API from, comma-separated (e.g. https://insurer.example); unset: none.")

    /// Every setting, in the order the documentation lists them (each language's own after the rest).
    public static let all: [Setting] = listed + perLanguage

    private static let listed: [Setting] = [
        .host, .port, .redisURL, .redisSentinels, .redisClusterNodes, .redisSentinelMaster, .redisSentinelPassword, .redisWaitReplicas, .redisKeyPrefix, .hospitalsCSV,
        .hospitalsSource,
        .twilioAccountSID, .twilioAuthToken, .twilioPhoneNumber, .publicURL, .humanAgentNumber, .humanAgentCallerID,
        .twilioVoice, .twilioLanguage, .twilioSpeechModel, .twilioSpeechTimeout, .defaultLanguage, .languages, .voiceMode, .relayTTSProvider, .relayVoice,
        .relayTranscriptionProvider, .relaySpeechModel, .relayReportInput, .replyTimeoutMS, .replyRedirects, .sessionTTLSeconds,
        .brainConsumers, .brainMetricsHost, .brainMetricsPort, .metricsHost, .metricsPort, .redisPoolSize, .maxBodyBytes, .logLevel, .logFormat, .eventLoopThreads,
        .twilioAPIURL, .twilioAPIKey, .twilioAPISecret, .twilioMessagingServiceSID, .smsDailyLimit, .smsAllowedCountries, .smsRangeDailyLimit, .smsGlobalHourlyLimit,
        .smsGlobalDailyLimit] + whatsApp + [.recordCalls, .adminToken, .adminUsers,
        .allowUnsignedWebhooks, .trustedProxies, .headerTimeoutSeconds, .bodyTimeoutSeconds, .sessionSecret, .callRecordsMax, .callRecordsDays, .callRecordGraceSeconds, .outboxLeaseSeconds, .rateLimitPerMinute, .corsOrigins, .dashboardTimeZone,
    ]
}
