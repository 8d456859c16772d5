import HospitalSearch
import Shared
import Twilio

extension LanguageProfile {
    /// Marathi: its words, script, voices and how callers name it, as the registry holds them.
    static let marathi = LanguageProfile(
        language: .marathi, phraseBook: MarathiPhrasing.self, defaultVoice: Language.marathi.defaultVoice,
        choosing: MarathiLexicon.choosing, script: .devanagari, scriptWords: MarathiLexicon.scriptWords, ordinaryWords: MarathiLexicon.ordinaryWords,
        commonWords: MarathiLexicon.commonWords, emergencies: MarathiLexicon.emergencies, emergencySigns: MarathiLexicon.emergencySigns,
        suffixes: MarathiLexicon.suffixes, caseEndings: MarathiLexicon.caseEndings,
        samples: SampleWords(askList: "{place} मधील हॉस्पिटल सांगा", hospitalNoun: " हॉस्पिटल", numbers: ["एक", "दोन", "तीन", "चार", "पाच"]))
}
