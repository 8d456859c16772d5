import HospitalSearch
import Shared
import Twilio

extension LanguageProfile {
    /// Hindi: its words, script, voices and how callers name it, as the registry holds them.
    static let hindi = LanguageProfile(
        language: .hindi, phraseBook: HindiPhrasing.self,
        defaultVoice: VoiceSettings(voice: "Polly.Aditi", language: "hi-IN").relaying(voice: "hi-IN-Neural2-A"), choosing: HindiLexicon.choosing,
        script: .devanagari, scriptWords: HindiLexicon.scriptWords, ordinaryWords: HindiLexicon.ordinaryWords, commonWords: HindiLexicon.commonWords,
        emergencies: HindiLexicon.emergencies, emergencySigns: HindiLexicon.emergencySigns, longAgo: HindiLexicon.longAgo,
        closedClasses: HindiLexicon.closedClasses, numbers: HindiLexicon.numbers, digits: HindiLexicon.digits,
        ordinals: HindiLexicon.ordinals, lessCommonWords: HindiLexicon.lessCommonWords,
        samples: SampleWords(askList: "{place} में हॉस्पिटल बताइए", hospitalNoun: " हॉस्पिटल", numbers: ["एक", "दो", "तीन", "चार", "पांच"]))
}
