import Shared
import Twilio

extension Settings {
    /// `DEFAULT_LANGUAGE`: the language a call starts in.
    public func defaultLanguage() throws(ConfigurationError) -> Language {
        let language = string(.defaultLanguage) ?? "en"
        guard let chosen = Language(rawValue: language.lowercased()) else {
            throw ConfigurationError("DEFAULT_LANGUAGE must be en (English) or hi (Hindi), not \"\(language)\".")
        }
        return chosen
    }

    /// The voice and recogniser language of each language (`TWILIO_VOICE`, `TWILIO_VOICE_HI`, …).
    public func voices() -> [Language: VoiceSettings] {
        [.english: voice(), .hindi: hindiVoice()]
    }
}

extension Settings {
    /// `VOICE_MODE`: gather (the default) or relay.
    public func voiceMode() throws(ConfigurationError) -> VoiceMode {
        let given = string(.voiceMode) ?? "gather"
        guard let mode = VoiceMode(rawValue: given.lowercased()) else {
            throw ConfigurationError("VOICE_MODE must be gather (<Gather> webhooks) or relay (ConversationRelay), not \"\(given)\".")
        }
        return mode
    }
}

extension Settings {
    /// `RELAY_REPORT_INPUT_DURING_AGENT_SPEECH`: `any` unless set.
    public func relayReportInput() throws(ConfigurationError) -> ConversationRelay.InputDuringSpeech {
        let given = string(.relayReportInput) ?? "any"
        guard let value = ConversationRelay.InputDuringSpeech(rawValue: given.lowercased()) else {
            throw ConfigurationError("RELAY_REPORT_INPUT_DURING_AGENT_SPEECH must be any, speech, dtmf or none, not \"\(given)\".")
        }
        return value
    }
}
