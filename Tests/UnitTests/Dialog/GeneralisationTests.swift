import Testing

@testable import Brain
@testable import HospitalSearch
import Shared

/// The classes of the understanding issue as tables: ordinary words are never names, emergencies
/// come first in either language, a language is chosen by a sentence, names need evidence.
@Suite("Understanding that generalises")
struct GeneralisationTests {
    static func understand(_ said: String, in language: Language = .hindi) throws -> Understanding {
        Interpreter(directory: try Fixture.network()).understand(said, in: language)
    }

    @Test("Every ordinary Hindi word of the lexicon reaches the rules as a request word, never a name")
    func ordinaryWordsAreRequestWords() {
        for word in HindiLexicon.ordinaryWords {
            for heard in Interpreter.heard(word) {
                #expect(Interpreter.requestWords.contains(heard), "\(word) → \(heard)")
            }
        }
    }

    @Test(
        "Ordinary words, relatives, the body and politeness are never a hospital's name",
        arguments: [
            "आपने जो बताया उसमें से पहले वाले का पता बताइए", "इधर के कुछ हॉस्पिटल बताइए", "ज़रा बता दीजिए न", "मेरे भाई के पैर में चोट लगी है",
            "मेरी मम्मी को दिखाना है कोई अच्छा सा हॉस्पिटल बताइए", "मैं दरअसल गुड़गांव में रहता हूँ", "मेरी सास के घुटने का ऑपरेशन मुंबई में करवाना है",
            "हमारे घर के पास कोई हॉस्पिटल है क्या",
        ])
    func hindiRequestsAreNotNames(said: String) throws {
        let understanding = try Self.understand(said)
        #expect(understanding.name.isEmpty, "\(understanding)")
        #expect(understanding.intent != .confirm)
    }

    @Test(
        "English fillers, stories and complaints are never a hospital's name",
        arguments: [
            "uh so er a few hospitals please", "my reimbursement has been pending for a month", "my brother's knee needs to be looked at",
            "you know what just give me a couple of them", "which ones are good for kids in Noida",
        ])
    func englishRequestsAreNotNames(said: String) throws {
        let understanding = try Self.understand(said, in: .english)
        #expect(understanding.name.isEmpty, "\(understanding)")
    }

    @Test(
        "An unknown name the caller framed as one is still a name (so a true no can be said)",
        arguments: ["is Lilavati hospital in my network", "is Saifee covered", "is Zenobia in Mumbai in my network"])
    func framedNamesStay(said: String) throws {
        let understanding = try Self.understand(said, in: .english)
        #expect(understanding.intent == .confirm && !understanding.name.isEmpty, "\(understanding)")
    }

    @Test(
        "Emergencies in Hindi, Hinglish and English come before anything else, and no body word becomes a city",
        arguments: [
            ("मेरे पापा को साँस लेने में तकलीफ़ हो रही है", Language.hindi), ("मम्मी बेहोश हो गई हैं", .hindi), ("बहुत खून बह रहा है", .hindi),
            ("लगता है दिल का दौरा पड़ा है", .hindi), ("मेरे सीने में बहुत दर्द हो रहा है", .hindi), ("पापा की साँस फूल रही है", .hindi),
            ("accident ho gaya hai Pune mein", .hindi), ("भाई को heart attack आया है", .hindi), ("दादी को stroke आया है", .hindi),
            ("my wife's water broke", .english), ("we just had a car crash", .english), ("my friend is not responding", .english),
        ])
    func emergenciesFirst(said: String, language: Language) throws {
        let understanding = try Self.understand(said, in: language)
        #expect(understanding.intent == .emergency, "\(understanding)")
        if case .city(let city)? = understanding.place { #expect(["Pune"].contains(city.name), "\(city)") }
    }

    @Test(
        "A language is chosen by a sentence, and not by a sentence that only mentions one",
        arguments: [
            ("I'd prefer to speak in Hindi", Language.hindi as Language?), ("Hindi mein baat kar sakte hain?", .hindi),
            ("मुझे इंग्लिश में समझाइए", .english), ("switch to English please", .english), ("please speak Hindi, my English is not good", .hindi),
            ("can we talk in Hindi please", .hindi), ("I don't speak Hindi", nil), ("my English is not good", nil),
            ("hospitals in Pune", nil),
        ])
    func languageBySentence(said: String, language: Language?) {
        #expect(Interpreter.languageChosen(in: Interpreter.tokens(of: said)) == language)
    }

    @Test(
        "The network's size is asked in either language, with no place and no name",
        arguments: ["how big is your network", "how many hospitals are there in total", "आपका नेटवर्क कितना बड़ा है", "कितने शहरों में आपके हॉस्पिटल हैं"])
    func networkSize(said: String) throws {
        #expect(try Self.understand(said, in: Transliteration.isOtherScript(said) ? .hindi : .english).intent == .networkSize)
    }

    @Test("A brand that looks like a city is tried as a hospital first")
    func brandsBeforeCities() throws {
        // "Ganga" is in the fixture only as Sir Ganga Ram Hospital; "Fortis Noida" keeps Noida a city.
        let noida = try Self.understand("is Fortis Noida covered", in: .english)
        #expect(noida.place == .city("Noida"))
    }

    @Test("A city the recogniser split in two is one city; two words that only sound like one are not", arguments: ["noi da", "guru gram", "ghazia bad"])
    func splitCities(said: String) throws {
        let understanding = try Self.understand("hospitals in \(said)", in: .english)
        guard case .city? = understanding.place else {
            Issue.record("\(said): \(String(describing: understanding.place))")
            return
        }
        #expect(understanding.intent == .list)
    }
}

/// A word of the caller's language, in whatever Latin spelling the caller gives it, is that word
/// and not a city it only sounds like: "paani" (पानी, water) is not Pune, "chuna" (चूना, lime) not Chennai.
@Suite("Ordinary words in any spelling")
struct OrdinaryWordsInAnySpellingTests {
    @Test(
        "A Hindi word written in Latin letters with its vowels doubled or its 'ch' spelt out is no city",
        arguments: [
            "ab aankhon se paani aata hai aur sar dard rehta hai, Noble hospital network mein hai kya",
            "baby ki aankh mein chuna chala gaya, Noble hospital network mein hai kya",
        ])
    func ordinaryWordIsNoCity(said: String) throws {
        let understanding = Interpreter(directory: try Fixture.network()).understand(said, in: .english)
        #expect(understanding.place == nil, "\(understanding)")
        #expect(understanding.name == ["noble"], "\(understanding)")
    }

    @Test("A city said as callers write it is still that city")
    func cityStaysACity() throws {
        let understanding = Interpreter(directory: try Fixture.network()).understand("Poona mein Noble hospital network mein hai kya", in: .english)
        #expect(understanding.place == .city("Pune"), "\(understanding)")
    }
}
