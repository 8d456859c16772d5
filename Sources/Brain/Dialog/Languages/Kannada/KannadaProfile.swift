import HospitalSearch
import Shared
import Twilio

extension LanguageProfile {
    /// Kannada: its words, script, voices and how callers name it, as the registry holds them.
    static let kannada = LanguageProfile(
        language: .kannada, phraseBook: KannadaPhrasing.self, defaultVoice: Language.kannada.defaultVoice,
        choosing: KannadaLexicon.choosing, script: .kannada, scriptWords: KannadaLexicon.scriptWords, ordinaryWords: KannadaLexicon.ordinaryWords,
        commonWords: KannadaLexicon.commonWords, emergencies: KannadaLexicon.emergencies, emergencySigns: KannadaLexicon.emergencySigns,
        suffixes: KannadaLexicon.suffixes,
        samples: SampleWords(askList: "{place} ನಲ್ಲಿ ಆಸ್ಪತ್ರೆಗಳನ್ನು ಹೇಳಿ", hospitalNoun: " ಆಸ್ಪತ್ರೆ", numbers: ["ಒಂದು", "ಎರಡು", "ಮೂರು", "ನಾಲ್ಕು", "ಐದು"]))
}
