import Shared
import Twilio

/// The voice and recognition language for each language a call can be held in: each language's
/// default (``LanguageProfile/defaultVoice``) unless settings say otherwise; and which languages
/// this deployment offers (`LANGUAGES`), whose order gives each its key on the greeting.
struct Voices: Sendable, Equatable {
    private var byLanguage: [Language: VoiceSettings]
    /// `RELAY_REPORT_INPUT_DURING_AGENT_SPEECH`, for every `<ConversationRelay>` a call opens.
    var relayReportInput: ConversationRelay.InputDuringSpeech = .any
    /// The languages calls can be held in, in the order the greeting offers them: the first is
    /// key 1, the second key 2, …
    var offered: [Language]

    init(_ overrides: [Language: VoiceSettings] = [:], offered: [Language] = Language.offeredByDefault) {
        byLanguage = Dictionary(uniqueKeysWithValues: LanguageRegistry.all.map { ($0.language, overrides[$0.language] ?? $0.defaultVoice) })
        self.offered = offered.isEmpty ? [.english] : offered
    }

    subscript(language: Language) -> VoiceSettings {
        byLanguage[language] ?? language.profile.defaultVoice
    }

    /// The key that chooses `language` on the greeting; nil for a language not offered.
    func key(for language: Language) -> String? {
        offered.firstIndex(of: language).map { String($0 + 1) }
    }

    /// The language a key on the greeting chooses.
    func language(forKey digits: String) -> Language? {
        guard let key = Int(digits), offered.indices.contains(key - 1) else { return nil }
        return offered[key - 1]
    }

    /// Every offered language but `language`, each with the offer said in its own words.
    func offers(besides language: Language) -> [(language: Language, text: String)] {
        offered.filter { $0 != language }.compactMap { other in key(for: other).map { (other, other.phraseBook.offer(key: $0)) } }
    }
}
