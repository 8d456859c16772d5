import Config
import Redis
import Shared
import Twilio

/// Everything a brain process needs to know, read and validated once at start-up.
struct BrainConfiguration: Sendable {
    var redis: RedisEndpoint
    var keys: RedisKeys
    var hospitalsCSV: String
    /// `HOSPITALS_SOURCE=redis`: follow the lists uploaded to the gateway.
    var followUploads: Bool
    var consumers: Int
    var sessionTTL: Int
    var voices: Voices
    /// The language a call starts in (`DEFAULT_LANGUAGE`).
    var defaultLanguage: Language
    var humanAgentNumber: String?
    /// `HUMAN_AGENT_CALLER_ID`: what the agent's phone shows on a hand-off.
    var humanAgentCallerID: String?
    /// How long to wait for a replica to hold each answer before it is delivered; nil: not at all.
    var waitForReplica: Duration?
    /// 0 disables the brain's HTTP endpoint (`/metrics`, `/health`).
    var metricsPort: Int
    var metricsHost: String
    /// Turns older than this are dropped: Twilio gave up on them long ago.
    var maximumTurnAge: Duration = .seconds(30)
    /// Where call records go (``CallRecordStore``).
    var records: CallRecordStore
    /// Twilio's REST API, when the account's credentials are set: SMS and recordings.
    var twilio: TwilioAccess?
    /// `RECORD_CALLS`: announce and record every call.
    var recordCalls: Bool
    /// Most SMS to one caller number per day; 0: none.
    var smsDailyLimit: Int
    /// Which numbers are texted, and the caps (SMS pumping).
    var sms: SMSPolicy
    var outboxLease: Duration
    /// WhatsApp's templates and caps, when a WhatsApp sender is set (``TwilioAccess/whatsAppSender``).
    var whatsApp: WhatsAppSettings?

    /// What the brain needs to call Twilio's REST API.
    struct TwilioAccess: Sendable {
        var baseURL: String
        var credentials: TwilioCredentials
        /// Where SMS come from; nil when neither a number nor a Messaging Service is set.
        var sender: TwilioRESTClient.Sender?
        /// `PUBLIC_URL`: the recording status callback is built on it.
        var publicURL: String?
        /// `WHATSAPP_FROM`, else `WHATSAPP_MESSAGING_SERVICE_SID`: where WhatsApp messages come from.
        var whatsAppSender: TwilioRESTClient.Sender?
    }

    init(settings: Settings) throws(ConfigurationError) {
        twilio = nil
        redis = try settings.redisEndpoint()
        keys = try settings.keys()
        hospitalsCSV = NetworkSource.path(settings: settings)
        switch settings.string(.hospitalsSource)?.lowercased() ?? "file" {
        case "file": followUploads = false
        case "redis": followUploads = true
        case let other: throw ConfigurationError("HOSPITALS_SOURCE must be file or redis, not '\(other)'.")
        }
        consumers = try settings.int(.brainConsumers, in: 1...256)
        sessionTTL = try settings.int(.sessionTTLSeconds, in: 60...86_400)
        voices = Voices(settings.voices(), offered: try settings.languages())
        voices.relayReportInput = try settings.relayReportInput()
        defaultLanguage = try settings.defaultLanguage()
        let agent = try settings.agentDial()
        humanAgentNumber = agent.number
        humanAgentCallerID = agent.callerID
        let wait = try settings.int(.redisWaitReplicas, in: 0...10_000)
        if wait > 0, settings.string(.redisClusterNodes) != nil {
            // WAIT counts the replicas of the connection's own node; a cluster's answers are
            // delivered by another command, on whichever node serves the gateway's list.
            throw ConfigurationError("REDIS_WAIT_REPLICAS is not supported with REDIS_CLUSTER_NODES; set it to 0")
        }
        waitForReplica = wait == 0 ? nil : .milliseconds(wait)
        metricsPort = try settings.int(.brainMetricsPort, in: 0...65535)
        metricsHost = settings.string(.brainMetricsHost) ?? "127.0.0.1"
        records = try settings.callRecordStore()
        recordCalls = try settings.bool(.recordCalls)
        smsDailyLimit = try settings.int(.smsDailyLimit, in: 0...100)
        sms = SMSPolicy(
            callingCodes: try SMSPolicy.callingCodes(for: settings.string(.smsAllowedCountries) ?? "IN"), perNumberDaily: smsDailyLimit,
            perRangeDaily: try settings.int(.smsRangeDailyLimit, in: 0...100_000), globalHourly: try settings.int(.smsGlobalHourlyLimit, in: 0...1_000_000),
            globalDaily: try settings.int(.smsGlobalDailyLimit, in: 0...10_000_000))
        outboxLease = .seconds(try settings.int(.outboxLeaseSeconds, in: 1...3600))
        if let credentials = try settings.twilioCredentials() {
            let sender: TwilioRESTClient.Sender? =
                settings.string(.twilioMessagingServiceSID).map { .messagingService($0) } ?? settings.string(.twilioPhoneNumber).map { .number($0) }
            let whatsAppSender: TwilioRESTClient.Sender? =
                settings.string(.whatsAppFrom).map { .number($0) } ?? settings.string(.whatsAppMessagingServiceSID).map { .messagingService($0) }
            twilio = TwilioAccess(
                baseURL: settings.string(.twilioAPIURL) ?? TwilioRESTClient.defaultBaseURL, credentials: credentials, sender: sender,
                publicURL: settings.string(.publicURL), whatsAppSender: whatsAppSender)
            if whatsAppSender != nil {
                var templates: [Language: String] = [:]
                for language in Language.allCases { templates[language] = settings.string(.whatsAppTemplate(language)) }
                var policy = sms
                policy.perNumberDaily = try settings.int(.whatsAppDailyLimit, in: 0...100)
                whatsApp = WhatsAppSettings(templates: templates, policy: policy)
            }
        }
        if recordCalls {
            guard twilio != nil else {
                throw ConfigurationError("RECORD_CALLS=true needs TWILIO_ACCOUNT_SID with TWILIO_AUTH_TOKEN (or TWILIO_API_KEY/TWILIO_API_SECRET).")
            }
        }
    }

    /// True when this brain can text a caller.
    var canText: Bool { smsDailyLimit > 0 && twilio?.sender != nil }
}
