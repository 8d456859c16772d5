import HospitalSearch
import Shared
import Twilio

extension LanguageProfile {
    /// English: its words, script, voices and how callers name it, as the registry holds them.
    static let english = LanguageProfile(
        language: .english, phraseBook: Phrasing.self, defaultVoice: VoiceSettings(),
        choosing: EnglishLexicon.choosing, script: .latin, scriptWords: [:], ordinaryWords: [], commonWords: EnglishLexicon.commonWords,
        emergencies: [], emergencySigns: [], closedClasses: EnglishLexicon.closedClasses, numbers: EnglishLexicon.numbers,
        digits: EnglishLexicon.digits, ordinals: EnglishLexicon.ordinals, lessCommonWords: EnglishLexicon.lessCommonWords,
        samples: SampleWords(askList: "tell me hospitals in {place}", hospitalNoun: " Hospital", numbers: ["one", "two", "three", "four", "five"]))
}
