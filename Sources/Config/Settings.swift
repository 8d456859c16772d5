import Shared
import Configuration
import Foundation
import Logging
import Redis
import SystemPackage
import Twilio

/// Reads ``Setting`` values with the precedence every Loop AI process uses:
/// command-line options, then the process environment, then a `.env` file in the working
/// directory, then the documented defaults.
public struct Settings: Sendable {
    private let reader: ConfigReader

    public init(reader: ConfigReader) {
        self.reader = reader
    }

    /// Builds the provider hierarchy.
    /// - Parameters:
    ///   - overrides: values from command-line options, keyed by setting.
    ///   - environment: the process environment (injectable for tests).
    ///   - environmentFile: the `.env` file to read if it exists; `nil` skips it.
    public static func load(
        overrides: [Setting: String] = [:],
        environment: [String: String] = ProcessInfo.processInfo.environment,
        environmentFile: String? = ".env"
    ) async throws -> Settings {
        let secrets = Set(Setting.all.filter(\.isSecret).map(\.name))
        var providers: [any ConfigProvider] = []
        var cli: [AbsoluteConfigKey: ConfigValue] = [:]
        for (setting, value) in overrides {
            cli[AbsoluteConfigKey(setting.key.split(separator: ".").map(String.init))] = ConfigValue(.string(value), isSecret: setting.isSecret)
        }
        providers.append(InMemoryProvider(name: "command line", values: cli))
        providers.append(EnvironmentVariablesProvider(environmentVariables: environment, secretsSpecifier: .specific(secrets)))
        if let environmentFile {
            do {
                providers.append(
                    try await EnvironmentVariablesProvider(
                        environmentFilePath: FilePath(environmentFile), allowMissing: true, secretsSpecifier: .specific(secrets)
                    ))
            } catch {
                throw ConfigurationError("cannot read \(environmentFile): \(error)")
            }
        }
        var defaults: [AbsoluteConfigKey: ConfigValue] = [:]
        for setting in Setting.all {
            if let value = setting.defaultValue {
                defaults[AbsoluteConfigKey(setting.key.split(separator: ".").map(String.init))] = ConfigValue(.string(value), isSecret: false)
            }
        }
        providers.append(InMemoryProvider(name: "defaults", values: defaults))
        return Settings(reader: ConfigReader(providers: providers))
    }

    /// The value as set, or the default; empty strings count as unset.
    public func string(_ setting: Setting) -> String? {
        guard let value = reader.string(forKey: ConfigKey(setting.key), isSecret: setting.isSecret) else { return nil }
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? setting.defaultValue : trimmed
    }

    /// An integer setting, with a message naming the setting when the value is not a number in range.
    public func int(_ setting: Setting, in range: ClosedRange<Int>) throws(ConfigurationError) -> Int {
        guard let text = string(setting) else {
            throw ConfigurationError("\(setting.name) is required")
        }
        guard let value = Int(text), range.contains(value) else {
            throw ConfigurationError("\(setting.name) must be a whole number from \(range.lowerBound) to \(range.upperBound), got '\(text)'")
        }
        return value
    }

    public func redisEndpoint() throws(ConfigurationError) -> RedisEndpoint {
        do throws(RedisConfigurationError) {
            var endpoint = try RedisEndpoint(url: string(.redisURL) ?? "redis://127.0.0.1:6379/0")
            if let sentinels = string(.redisSentinels) {
                endpoint.sentinel = RedisSentinel(
                    nodes: try RedisSentinel.nodes(from: sentinels), master: string(.redisSentinelMaster) ?? "loopai",
                    password: string(.redisSentinelPassword))
            }
            if let nodes = string(.redisClusterNodes) {
                guard endpoint.sentinel == nil else {
                    throw RedisConfigurationError("REDIS_CLUSTER_NODES and REDIS_SENTINELS are both set; a cluster fails over by itself, so set one")
                }
                endpoint.cluster = RedisCluster(nodes: try RedisCluster.nodes(from: nodes))
                endpoint.database = 0
            }
            return endpoint
        } catch {
            throw ConfigurationError(error.message)
        }
    }

    public func keys() throws(ConfigurationError) -> RedisKeys {
        let prefix = string(.redisKeyPrefix) ?? "loopai:"
        guard prefix.utf8.count <= 64, !prefix.contains(where: { $0.isWhitespace }) else {
            throw ConfigurationError("REDIS_KEY_PREFIX must be at most 64 characters without spaces, got '\(prefix)'")
        }
        guard string(.redisClusterNodes) != nil else { return RedisKeys(prefix: prefix) }
        // A brace in the prefix would become every key's hash tag, putting all keys on one node.
        guard !prefix.contains("{"), !prefix.contains("}") else {
            throw ConfigurationError("REDIS_KEY_PREFIX must not contain braces with REDIS_CLUSTER_NODES, got '\(prefix)'")
        }
        return RedisKeys.cluster(prefix: prefix)
    }

    public func logLevel() throws(ConfigurationError) -> Logger.Level {
        let text = (string(.logLevel) ?? "info").lowercased()
        guard let level = Logger.Level(rawValue: text) else {
            throw ConfigurationError("LOG_LEVEL must be one of \(Logger.Level.allCases.map(\.rawValue).joined(separator: ", ")), got '\(text)'")
        }
        return level
    }

    public func logFormat() throws(ConfigurationError) -> LogFormat {
        let text = (string(.logFormat) ?? "text").lowercased()
        guard let format = LogFormat(rawValue: text) else {
            throw ConfigurationError("LOG_FORMAT must be text or json, got '\(text)'")
        }
        return format
    }

    /// A language's voice, recogniser language and speech models in both voice modes: its own
    /// settings (`TWILIO_VOICE_MR`, …; English's are unsuffixed), else its defaults (``Language/defaultVoice``).
    public func voice(for language: Language) -> VoiceSettings {
        var voice = listening(VoiceSettings(voice: string(.languageVoice(language)) ?? language.defaultVoice.voice, language: string(.languageRecogniser(language)) ?? language.defaultVoice.language))
        voice.relay.voice = string(.languageRelayVoice(language)) ?? language.defaultVoice.relay.voice
        if language != .english {
            if let model = string(.languageSpeechModel(language)) { voice.speechModel = model.lowercased() == "none" ? nil : model }
            if let model = string(.languageRelaySpeechModel(language)) { voice.relay.speechModel = model }
        }
        return voice
    }

    /// English's voice (`TWILIO_VOICE`, `TWILIO_LANGUAGE`, `RELAY_VOICE`).
    public func voice() -> VoiceSettings { voice(for: .english) }

    /// The speech model every language listens with (`TWILIO_SPEECH_MODEL`; `none` lets Twilio
    /// pick) and the whole seconds of silence it waits (`TWILIO_SPEECH_TIMEOUT`, 1-10).
    private func listening(_ voice: VoiceSettings) -> VoiceSettings {
        var voice = voice
        let model = string(.twilioSpeechModel) ?? "none"
        voice.speechModel = model.lowercased() == "none" ? nil : model
        voice.speechTimeout = min(10, max(1, Int(string(.twilioSpeechTimeout) ?? "") ?? 2))
        voice.relay.ttsProvider = string(.relayTTSProvider) ?? "Google"
        voice.relay.transcriptionProvider = string(.relayTranscriptionProvider) ?? "Google"
        voice.relay.speechModel = string(.relaySpeechModel) ?? "telephony"
        return voice
    }
}
