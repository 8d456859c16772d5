import Shared
import Twilio

/// The voice and recognition language for each language a call can be held in: each language's
/// default (``LanguageProfile/defaultVoice``) unless settings say otherwise.
struct Voices: Sendable, Equatable {
    private var byLanguage: [Language: VoiceSettings]
    /// `RELAY_REPORT_INPUT_DURING_AGENT_SPEECH`, for every `<ConversationRelay>` a call opens.
    var relayReportInput: ConversationRelay.InputDuringSpeech = .any

    init(_ overrides: [Language: VoiceSettings] = [:]) {
        byLanguage = Dictionary(uniqueKeysWithValues: LanguageRegistry.all.map { ($0.language, overrides[$0.language] ?? $0.defaultVoice) })
    }

    subscript(language: Language) -> VoiceSettings {
        byLanguage[language] ?? language.profile.defaultVoice
    }
}
