import Shared

/// Everything a brain process needs to know, read and validated once at start-up.
struct BrainConfiguration: Sendable {
    var redis: RedisEndpoint
    var keys: RedisKeys
    var hospitalsCSV: String
    var consumers: Int
    var sessionTTL: Int
    var voices: Voices
    /// The language a call starts in (`DEFAULT_LANGUAGE`).
    var defaultLanguage: Language
    var humanAgentNumber: String?
    /// How long to wait for a replica to hold each answer before it is delivered; nil: not at all.
    var waitForReplica: Duration?
    /// 0 disables the brain's HTTP endpoint (`/metrics`, `/health`).
    var metricsPort: Int
    var metricsHost: String
    /// Turns older than this are dropped: Twilio gave up on them long ago.
    var maximumTurnAge: Duration = .seconds(30)

    init(settings: Settings) throws(ConfigurationError) {
        redis = try settings.redisEndpoint()
        keys = try settings.keys()
        hospitalsCSV = NetworkSource.path(settings: settings)
        consumers = try settings.int(.brainConsumers, in: 1...256)
        sessionTTL = try settings.int(.sessionTTLSeconds, in: 60...86_400)
        voices = Voices(english: settings.voice(), hindi: settings.hindiVoice())
        let language = settings.string(.defaultLanguage) ?? "en"
        guard let chosen = Language(rawValue: language.lowercased()) else {
            throw ConfigurationError("DEFAULT_LANGUAGE must be en (English) or hi (Hindi), not \"\(language)\".")
        }
        defaultLanguage = chosen
        humanAgentNumber = settings.string(.humanAgentNumber)
        let wait = try settings.int(.redisWaitReplicas, in: 0...10_000)
        waitForReplica = wait == 0 ? nil : .milliseconds(wait)
        metricsPort = try settings.int(.brainMetricsPort, in: 0...65535)
        metricsHost = settings.string(.host) ?? "0.0.0.0"
    }
}
