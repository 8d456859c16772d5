import Testing

@testable import Brain
@testable import HospitalSearch
import Shared

/// What a name no listed hospital answers may be said back as, and the words that can never be a
/// name at all: a question word, a place's own words framed as its hospitals.
@Suite("Names nothing in the list backs")
struct NamesNothingBacksTests {
    /// Names whose words are ordinary words of the caller's language ("new", "surgery"), or sound
    /// like them ("Kanse", like "kaunse", which).
    static let rows = """
        New Life Hospital,"12, Station Road, Mundhawa",Pune
        Eye Surgery Centre,"4, Kalwa Naka, Kalwa",Mumbai
        Kalwa Hospital,"9, Kalwa Naka, Kalwa",Mumbai
        Sai Nursing Home,"3, Mundhawa Road, Mundhawa",Pune
        Jupiter Hospital,"Baner Road, Baner",Pune
        Noble Hospital,"153, Magarpatta City Road, Hadapsar",Pune
        Kanse Hospital,"14, Gaon Road, Hadapsar",Pune
        """

    static func say(_ speech: String, in language: Language = .english) throws -> DialogDecision {
        let engine = DialogEngine(directory: try StoryClausesTests.list(rows))
        let state = engine.answer(.callStarted(), state: DialogState(language: language)).decision.state
        return engine.answer(.said(Turn.Utterance(speech: speech, confidence: 0.9)), state: state).decision
    }

    static func understand(_ said: String, in language: Language = .english) throws -> Understanding {
        Interpreter(directory: try StoryClausesTests.list(rows)).understand(said, in: language)
    }

    @Test(
        "A name no listed hospital answers is said back without a word of the caller's language, even one some listed name has",
        arguments: [
            ("a new Tejomaya Mediplus hospital has opened in Pune, are they tied up with you", ["tejomaya", "mediplus"]),
            ("is cataract surgery covered fully or is there a cap on it", []),
        ])
    func saidBackWithoutOrdinaryWords(said: String, spoken: [String]) throws {
        let decision = try Self.say(said)
        let names = decision.acts.compactMap { act -> [String]? in
            if case .notFound(let name, _, _, _) = act { return name }
            return nil
        }
        // Nothing said back at all is right too: the words are the caller's.
        #expect(names.allSatisfy { $0 == spoken }, "\(ConversationEvaluation.spoken(decision))")
    }

    @Test("A name the list answers somewhere keeps its listed words when said back")
    func listedWordsStay() throws {
        let understanding = try Self.understand("is New Life hospital covered in Mumbai")
        #expect(understanding.spokenName == ["new", "life"], "\(understanding)")
    }

    @Test(
        "A question word of any language is never part of a name",
        arguments: ["Hadapsar mein hamare liye kaunse hospital khule hain insurance pe, bataiye", "Baner mein konsi hospital hai network wali"])
    func questionWordsAreNoName(said: String) throws {
        let understanding = try Self.understand(said)
        #expect(understanding.name.isEmpty && understanding.place != nil, "\(understanding)")
    }

    @Test(
        "A place's own words framed as hospitals no listed name answers are that place's hospitals",
        arguments: [("Mundhawa hospitals, cashless ones, quickly", Language.english), ("Baner के नेटवर्क हॉस्पिटल के नाम पते चाहिए थे", .hindi)])
    func placeFramedAsHospitals(said: String, language: Language) throws {
        let understanding = try Self.understand(said, in: language)
        #expect(understanding.name.isEmpty && understanding.intent == .list, "\(understanding)")
        guard case .area(let words, _)? = understanding.place else {
            Issue.record("no area: \(understanding.place as Any)")
            return
        }
        #expect(words == ["mundhawa"] || words == ["baner"], "\(words)")
    }

    @Test("A hospital the list names after its place stays a hospital")
    func hospitalNamedAfterPlace() throws {
        let understanding = try Self.understand("is Kalwa Hospital in my network")
        #expect(understanding.intent == .confirm && understanding.name.contains("kalwa"), "\(understanding)")
    }
}
