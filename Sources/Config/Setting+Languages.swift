import Shared

/// Each language's own voice settings, named after it (`TWILIO_VOICE_MR`, `RELAY_SPEECH_MODEL_KN`),
/// generated from ``Language`` so a new language has them without a line here. English keeps the
/// unsuffixed names (`TWILIO_VOICE`, `RELAY_VOICE`, …); its speech models are also every other
/// language's unless that language sets its own.
extension Setting {
    public static func languageVoice(_ language: Language) -> Setting {
        Setting("TWILIO_VOICE" + language.settingSuffix, default: language.defaultVoice.voice, "Text-to-speech voice for \(language.englishName) calls (<Say voice>).")
    }

    public static func languageRecogniser(_ language: Language) -> Setting {
        Setting(
            "TWILIO_LANGUAGE" + language.settingSuffix, default: language.defaultVoice.language,
            "Speech-recognition and speech language for \(language.englishName) calls.")
    }

    /// Unset for a language whose default is English's: `TWILIO_SPEECH_MODEL` then serves it too.
    public static func languageSpeechModel(_ language: Language) -> Setting {
        let own = language.defaultVoice.speechModel
        return Setting(
            "TWILIO_SPEECH_MODEL" + language.settingSuffix, default: own == Language.english.defaultVoice.speechModel ? nil : own,
            "<Gather speechModel> for \(language.englishName) calls; unset: TWILIO_SPEECH_MODEL.")
    }

    public static func languageRelayVoice(_ language: Language) -> Setting {
        Setting("RELAY_VOICE" + language.settingSuffix, default: language.defaultVoice.relay.voice, "ConversationRelay's voice for \(language.englishName) calls.")
    }

    /// Unset for a language whose default is English's: `RELAY_SPEECH_MODEL` then serves it too.
    public static func languageRelaySpeechModel(_ language: Language) -> Setting {
        let own = language.defaultVoice.relay.speechModel
        return Setting(
            "RELAY_SPEECH_MODEL" + language.settingSuffix, default: own == Language.english.defaultVoice.relay.speechModel ? nil : own,
            "ConversationRelay's speech model for \(language.englishName) calls; unset: RELAY_SPEECH_MODEL.")
    }

    /// Every language's own settings but English's (which are listed with the others).
    static let perLanguage: [Setting] = Language.allCases.filter { $0 != .english }.flatMap { language in
        [languageVoice(language), languageRecogniser(language), languageSpeechModel(language), languageRelayVoice(language), languageRelaySpeechModel(language)]
    }
}
