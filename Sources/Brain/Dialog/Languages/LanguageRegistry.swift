import HospitalSearch
import Shared
import Twilio

/// Loop AI's words in one language: every act and question the dialog can produce, and the few
/// fixed lines around them. One type per language (``Phrasing`` for English, ``HindiPhrasing``).
protocol PhraseBook {
    /// The act in words.
    static func sentences(for act: DialogAct) -> [String]
    /// The question in words; nil for no question.
    static func question(for prompt: Prompt) -> String?
    /// This language offered in its own voice, in a call held in another: "For English, say English, or press 1."
    static var offer: String { get }
    /// Short answers a caller may give next, for the recogniser's hints.
    static var answerHints: [String] { get }
    /// The first line of an SMS of hospitals.
    static var textHeading: String { get }
    /// A text conversation's answer when a person must take over: call the number.
    static var callUs: String { get }
    /// Asked for a person on a line with nobody to transfer to: say so, and goodbye.
    static var noPersonOnThisLine: [String] { get }
    /// The web page's hand-off: the number to call, or the insurer's helpline without one.
    static func callAPerson(at number: String?) -> String
    /// The web page's goodbye: nobody called.
    static var webGoodbye: String { get }
    /// The web page's "I can't help with that": nobody is transferred (the page shows how to reach a person).
    static var webCannotHelp: String { get }
}

/// Everything one language brings to a call, in one place: its words, its voice and recogniser,
/// the key that chooses it, and how callers name it and write it.
///
/// Adding a language: a case of ``Language``, a phrase book, a lexicon, and its entry in
/// `LanguageRegistry.entry(_:)` (the compiler asks for it). docs/dialog.md has the recipe.
struct LanguageProfile: Sendable {
    let language: Language
    /// Its name in English, for the agent's whisper ("asking about …, in Hindi").
    let englishName: String
    let phraseBook: any PhraseBook.Type
    /// The key that chooses it on the greeting's `<Gather>`.
    let key: String
    /// Its voice and recogniser language unless settings say otherwise.
    let defaultVoice: VoiceSettings
    /// What a caller says to choose it ("Hindi", "हिंदी में").
    let choosing: [String]
    /// Words in its own script, with the Latin spelling ``Lexicon`` uses.
    let scriptWords: [String: String]
    /// Ordinary words in its own script that never name a hospital or a place.
    let ordinaryWords: [String]
    /// Its most frequent words (generated, `scripts/make-common-words.py`): the language itself,
    /// never a hospital's name unless the list links them.
    let commonWords: [String]
    /// Emergencies said in its own script, beyond the lexicon's words for them.
    let emergencies: [String]
    /// Signs of an emergency described in its own script: two together are one.
    let emergencySigns: [String]
    /// True when text is written in its own script (other than Latin).
    let writes: @Sendable (String) -> Bool
    /// A city's names in this language, for the recogniser's hints.
    let cityNames: @Sendable (City) -> [String]
}

enum LanguageRegistry {
    /// Every language a call can be held in, English first (the default and the fallback).
    static let all: [LanguageProfile] = Language.allCases.map(entry)

    /// A language's entry, built once (phrasing asks for it on every turn).
    static func profile(_ language: Language) -> LanguageProfile {
        all.first { $0.language == language } ?? entry(language)
    }

    /// Every language's entry: a switch, so a new case of `Language` does not compile without one.
    private static func entry(_ language: Language) -> LanguageProfile {
        switch language {
        case .english:
            return LanguageProfile(
                language: .english, englishName: "English", phraseBook: Phrasing.self, key: "1", defaultVoice: VoiceSettings(),
                choosing: EnglishLexicon.choosing, scriptWords: [:], ordinaryWords: [], commonWords: EnglishLexicon.commonWords, emergencies: [], emergencySigns: [], writes: { _ in false }, cityNames: { _ in [] })
        case .hindi:
            return LanguageProfile(
                language: .hindi, englishName: "Hindi", phraseBook: HindiPhrasing.self, key: "2",
                defaultVoice: VoiceSettings(voice: "Polly.Aditi", language: "hi-IN").relaying(voice: "hi-IN-Neural2-A"), choosing: HindiLexicon.choosing,
                scriptWords: HindiLexicon.scriptWords, ordinaryWords: HindiLexicon.ordinaryWords, commonWords: HindiLexicon.commonWords, emergencies: HindiLexicon.emergencies, emergencySigns: HindiLexicon.emergencySigns, writes: { Transliteration.hasDevanagari($0) }, cityNames: { $0.hindiNames })
        }
    }

    /// The language a key on the greeting chooses.
    static func chosen(byKey digits: String) -> Language? {
        all.first { $0.key == digits }?.language
    }

    /// The language whose script the text is written in, if any but Latin.
    static func writing(_ text: String) -> Language? {
        all.first { $0.writes(text) }?.language
    }
}

extension Language {
    var profile: LanguageProfile { LanguageRegistry.profile(self) }
    var phraseBook: any PhraseBook.Type { profile.phraseBook }
}
