import Testing

@testable import Brain
@testable import HospitalSearch
@testable import Shared
@testable import Twilio

/// A language in the registry is whole: every phrase, every lexicon, a voice in both modes, its
/// gateway lines and its cities in its own script. A language added without one of them fails here
/// rather than on a caller.
@Suite("Language completeness")
struct LanguageCompletenessTests {
    static let others = LanguageRegistry.all.filter { $0.language != .english }

    @Test("Every language but English has every lexicon the rules read", arguments: others.map(\.language))
    func everyLexiconIsFilled(language: Language) {
        let profile = language.profile
        #expect(profile.script.isTransliterated)
        #expect(!profile.choosing.isEmpty && !profile.scriptWords.isEmpty && !profile.ordinaryWords.isEmpty && !profile.commonWords.isEmpty)
        #expect(!profile.emergencies.isEmpty && !profile.emergencySigns.isEmpty)
        // Each closed class reaches the rules: yes, no, thanks, a goodbye, a number, a correction,
        // asking, the hospital noun, the language's own name.
        let latin = Set(profile.scriptWords.values)
        for word in ["haan", "nahi", "dhanyavaad", "hospital", "bataiye", "kitne", "teen", "galat", "emergency", "phir", "network", "address", "pata"]
        where !(latin.contains(word) || (word == "address" && latin.contains("pata")) || (word == "pata" && latin.contains("address"))) {
            Issue.record("\(language): no word of its own reaches the rules as \"\(word)\"")
        }
        #expect(latin.contains(language.englishName.lowercased()) || latin.contains(language.englishName.lowercased() + " mein"), "\(language) names itself")
        for word in profile.scriptWords.keys { #expect(profile.script.writes(word), "\(language): \(word) is not in its script") }
    }

    @Test("Every language has a voice, a recogniser and speech models in both voice modes", arguments: Language.allCases)
    func everyVoiceIsThere(language: Language) {
        let voice = language.defaultVoice
        #expect(!voice.voice.isEmpty && voice.language.hasSuffix("-IN") && voice.speechModel?.isEmpty == false)
        #expect(!voice.relay.voice.isEmpty && voice.relay.voice.hasPrefix(voice.language) && !voice.relay.speechModel.isEmpty)
        #expect(language.profile.defaultVoice.language.hasPrefix(language.rawValue))
    }

    @Test("Every language's gateway lines and cities are in its own script", arguments: others.map(\.language))
    func gatewayLinesAndCities(language: Language) {
        let script = language.profile.script
        let lines = language.gatewayLines
        for line in [lines.firstHold, lines.laterHold, lines.askAgain, lines.unavailable, lines.textUnavailable, lines.noBrainHandoff, lines.noBrainGoodbye, lines.noBrainMessageTaken]
            + lines.greetingUnavailable + lines.noBrain + lines.noBrainVoicemail {
            #expect(script.writes(line), "\(language): \(line)")
        }
        for city in ["Mumbai", "Bengaluru", "Pune", "New Delhi", "Kolkata", "Gurugram", "Noida"] {
            let names = language.profile.cityNames(City(name: city))
            #expect(!names.isEmpty && names.allSatisfy(script.writes), "\(language) names \(city)")
        }
    }

    @Test("Every phrase of every language is in its own script, but for the names it carries", arguments: others.map(\.language))
    func phrasesAreInTheirScript(language: Language) {
        let book = language.phraseBook
        // A language chosen is said in that language's own words, whichever call it was chosen in.
        for act in HindiPhrasingTests.acts where !{ if case .languageChosen(let other) = act { other != language } else { false } }() {
            for sentence in book.sentences(for: act) { #expect(language.profile.script.writes(sentence), "\(language) \(act): \(sentence)") }
        }
        #expect(language.profile.script.writes(book.offer(key: "3")) && book.offer(key: "3").contains("3"))
    }

    @Test("An SMS heading and a hospital fit one UCS-2 segment's budget", arguments: others.map(\.language))
    func textHeadingFits(language: Language) {
        // 67 UTF-16 units a segment of a long UCS-2 message: the heading leaves room for a name.
        #expect(language.phraseBook.textHeading.utf16.count <= 50, "\(language.phraseBook.textHeading)")
    }
}
