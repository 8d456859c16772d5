import HospitalSearch
import Shared
import Twilio

/// Loop AI's words in one language: every act and question the dialog can produce, and the few
/// fixed lines around them. One type per language (``Phrasing`` for English, ``MarathiPhrasing``, …).
protocol PhraseBook {
    /// The act in words.
    static func sentences(for act: DialogAct) -> [String]
    /// The question in words; nil for no question.
    static func question(for prompt: Prompt) -> String?
    /// This language offered in its own voice, in a call held in another: "For English, say
    /// English, or press 1." The key is the language's place in the deployment's `LANGUAGES`.
    static func offer(key: String) -> String
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

/// Everything one language brings to a call, in one place: its words, its script, its voices and
/// recognisers, and how callers name it.
///
/// Adding a language: a case of ``Language``, a phrase book, a lexicon, its profile in its own
/// folder (`Languages/Hindi/HindiProfile.swift`, …) and its line in `LanguageRegistry.entry(_:)` (the
/// compiler asks for it). docs/dialog.md has the recipe.
struct LanguageProfile: Sendable {
    let language: Language
    /// Its name in English, for the agent's whisper ("asking about …, in Kannada").
    var englishName: String { language.englishName }
    let phraseBook: any PhraseBook.Type
    /// Its voices, recogniser language and speech models in both voice modes where no settings are
    /// read (tests, `brain eval`); a deployment's come from settings named after the language
    /// (`TWILIO_VOICE_MR`, `RELAY_VOICE_MR`, …), whose defaults are ``Language/defaultVoice``.
    let defaultVoice: VoiceSettings
    /// What a caller says to choose it ("Marathi", "मराठीत").
    let choosing: [String]
    /// The script its recogniser writes it in; Latin for English.
    let script: Script
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
    /// Words in its own script that put an emergency told in the past ("last year").
    var longAgo: [String] = []
    /// Its words of each closed class as written in Latin letters (``Lexicon`` joins every language's).
    var closedClasses: [ClosedClass: [String]] = [:]
    /// Its numbers, digits said one by one, and ordinals, in Latin letters.
    var numbers: [String: Int] = [:]
    var digits: [String: Character] = [:]
    var ordinals: [String: Int] = [:]
    /// Endings it joins to a noun that are words of their own to the rules, with their Latin
    /// spelling: Kannada's "ನಲ್ಲಿ" (in) is "mein".
    var suffixes: [(String, String)] = []
    /// Short endings it joins to a city's name, with their Latin spelling: cut off only where
    /// what is left is a city's name in the language ("मुंबईतचे" is "मुंबईत" and "ke"), since
    /// as many other words end so.
    var caseEndings: [(String, String)] = []
    /// Its next most frequent words (generated with ``commonWords``): ordinary too, but among them
    /// many names, so one is the caller's own only when unframed and beside no name word.
    var lessCommonWords: [String] = []
    /// How its callers ask for a list and call a hospital, and its numbers one to five (each
    /// profile gives its own): the words `brain eval --generate` puts around the phrase banks' slots.
    var samples: SampleWords

    /// A city's names in this language, for the recogniser's hints.
    func cityNames(_ city: City) -> [String] { city.names(in: language.rawValue) }

    /// True when text is written in its own script (other than Latin).
    func writes(_ text: String) -> Bool { script.isTransliterated && script.writes(text) }

    /// A word with one of ``suffixes`` as its stem and the ending's Latin spelling; nil for any
    /// other word, or one that is only the ending.
    func split(_ word: String) -> (stem: String, ending: String)? {
        let letters = Array(word.unicodeScalars)
        for (suffix, ending) in suffixes {
            let tail = Array(suffix.unicodeScalars)
            guard letters.count > tail.count + 1, Array(letters.suffix(tail.count)) == tail else { continue }
            let stem = letters.dropLast(tail.count).filter { $0 != "\u{200C}" }
            return (String(String.UnicodeScalarView(stem)), ending)
        }
        for (suffix, ending) in caseEndings where word.hasSuffix(suffix) {
            let stem = String(word.dropLast(suffix.count))
            if LanguageRegistry.cityStems[language]?.contains(stem) == true { return (stem, ending) }
        }
        return nil
    }

}

/// A language's words for generated calls (``LanguageProfile/samples``).
struct SampleWords: Sendable {
    /// A request for a place's hospitals, `{place}` standing for the place.
    let askList: String
    /// What follows a hospital's name, with its leading space.
    let hospitalNoun: String
    /// One to five.
    let numbers: [String]
}

enum LanguageRegistry {
    /// Every language a call can be held in, English first (the default and the fallback).
    static let all: [LanguageProfile] = Language.allCases.map(entry)

    /// Each language's spellings of its cities: the only stems ``LanguageProfile/caseEndings`` are cut from.
    static let cityStems: [Language: Set<String>] = Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, City.spellings(in: $0.rawValue)) })

    /// A language's entry, built once (phrasing asks for it on every turn).
    static func profile(_ language: Language) -> LanguageProfile {
        all.first { $0.language == language } ?? entry(language)
    }

    /// Every language's entry: a switch, so a new case of `Language` does not compile without one.
    private static func entry(_ language: Language) -> LanguageProfile {
        switch language {
        case .english: return .english
        case .hindi: return .hindi
        case .marathi: return .marathi
        case .kannada: return .kannada
        }
    }

    /// The language `text` is written in, if in a script other than Latin. Where languages share
    /// a script, the one with more of its own words in the text;
    /// on a tie `preferred` (the call's language) if it writes the script, else the first registered.
    static func writing(_ text: String, preferring preferred: Language? = nil) -> Language? {
        let writers = all.filter { $0.writes(text) }
        guard writers.count > 1 else { return writers.first?.language }
        let words = TextNormalizer.tokens(text)
        let scores = writers.map { profile in (profile.language, words.filter { ownWords[profile.language]?.contains($0) == true }.count) }
        let best = scores.map(\.1).max() ?? 0
        let leaders = scores.filter { $0.1 == best }.map(\.0)
        if let preferred, leaders.contains(preferred) { return preferred }
        return leaders.first
    }

    /// Each language's words that no other language of its script has: how two languages written
    /// in one script are told apart.
    static let ownWords: [Language: Set<String>] = Dictionary(uniqueKeysWithValues: all.map { profile in
        let others = all.filter { $0.language != profile.language && $0.script == profile.script }
        let theirs = Set(others.flatMap { Array($0.scriptWords.keys) + $0.ordinaryWords + $0.commonWords })
        let mine = Set(Array(profile.scriptWords.keys) + profile.ordinaryWords + profile.commonWords).filter { !$0.contains(" ") }
        return (profile.language, mine.subtracting(theirs))
    })
}

extension Language {
    var profile: LanguageProfile { LanguageRegistry.profile(self) }
    var phraseBook: any PhraseBook.Type { profile.phraseBook }
}
