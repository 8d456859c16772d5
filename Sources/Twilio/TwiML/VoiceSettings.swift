/// How Loop AI sounds and listens: the TTS voice, the recognition language and speech model
/// (`TWILIO_VOICE`, `TWILIO_LANGUAGE`, `TWILIO_SPEECH_MODEL`, `TWILIO_SPEECH_TIMEOUT`).
public struct VoiceSettings: Sendable, Equatable, Codable {
    public var voice: String
    public var language: String
    /// `<Gather speechModel>`; nil lets Twilio pick (and then `speechTimeout="auto"`).
    public var speechModel: String?
    /// Seconds of silence that end the caller's turn when a speech model is set.
    public var speechTimeout: Int
    /// How ConversationRelay speaks and listens in this language.
    public var relay = RelayVoice()

    /// ConversationRelay's providers, voice and model for one language (`RELAY_*`).
    public struct RelayVoice: Sendable, Equatable, Codable {
        public var ttsProvider = "Google"
        public var voice = "en-IN-Neural2-A"
        public var transcriptionProvider = "Google"
        public var speechModel = "telephony"

        public init() {}
    }

    public init(voice: String = "Polly.Joanna", language: String = "en-US", speechModel: String? = nil, speechTimeout: Int = 2) {
        self.voice = voice
        self.language = language
        self.speechModel = speechModel
        self.speechTimeout = speechTimeout
    }

    enum CodingKeys: String, CodingKey { case voice, language, speechModel, speechTimeout, relay }

    /// Settings written before the speech model existed still read.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        voice = try container.decode(String.self, forKey: .voice)
        language = try container.decode(String.self, forKey: .language)
        speechModel = try container.decodeIfPresent(String.self, forKey: .speechModel)
        speechTimeout = try container.decodeIfPresent(Int.self, forKey: .speechTimeout) ?? 2
        relay = try container.decodeIfPresent(RelayVoice.self, forKey: .relay) ?? RelayVoice()
    }
}

extension VoiceSettings {
    /// The same settings with ConversationRelay speaking in `voice`.
    public func relaying(voice: String) -> VoiceSettings {
        var settings = self
        settings.relay.voice = voice
        return settings
    }

    /// The voice agents hear in a hand-off's whisper: always English.
    public static let agent = VoiceSettings()
}
