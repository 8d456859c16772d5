import Testing

@testable import Brain
@testable import HospitalSearch
@testable import Shared

/// What may be said back to a caller as a hospital's name: words the list has as a name, or the
/// caller's own name for one — never their ordinary words, nor a place's words.
@Suite("What may be said back as a name")
struct NameEvidenceTests {
    /// Six hospitals of Pune.
    static let rows = """
        Vidya Hospital,"12, Vidya Nagar, Near Bus Stand",Pune
        Lotus Clinic,"4, Vidya Nagar, Station Road",Pune
        Omkar Hospital,"9, Camp, MG Road",Pune
        Jupiter Hospital,"Baner Road, Baner",Pune
        Sai Nursing Home,"3, Wakad Chowk, Wakad",Pune
        Kalpataru Clinic,"7, Kothrud",Pune
        Lotus Eye Care,"21, Millers Road, Near Cantonment",Bengaluru
        Sai Nursing Home,"3, Millers Road",Bengaluru
        Sparsh Clinic,"5, Line Ali, Near Station",Mumbai
        Care Clinic,"2, Police Lines",Mumbai
        Civic Clinic,"8, Police Lines",Mumbai
        Station Clinic,"6, Police Lines",Pune
        Rose Clinic,"3, Byrappa Gardens",Bengaluru
        Garden Clinic,"12, Rose Garden",Bengaluru
        Green Clinic,"14, Rose Garden",Bengaluru
        K I M S Hospital,"1, Temple Street, V V Puram",Bengaluru
        K I M S Hospital,"9, Karve Road",Pune
        D Y Patil Hospital,"4, Pimpri",Pune
        """

    @Test("A nasal vowel is one word however the recogniser marks it (candrabindu or anusvara)")
    func nasalMarks() {
        #expect(Transliteration.latin("आँकड़े") == Transliteration.latin("आंकड़े"))
        #expect(Transliteration.latin("साँस") == Transliteration.latin("सांस"))
        #expect(Transliteration.latin("ಹಂಸ") == Transliteration.latin("ಹ\u{0C81}ಸ"))
    }

    @Test("A common word written with a candrabindu is the word, not a listed name it sounds like")
    func candrabinduWordIsNoName() throws {
        let directory = try StoryClausesTests.list(Self.rows)
        let understanding = Interpreter(directory: directory).understand("पुणे के सारे आँकड़े बताइए, कितने हॉस्पिटल हैं", in: .hindi)
        #expect(understanding.name.isEmpty && understanding.place == .city("Pune"), "\(understanding)")
    }

    @Test("A hospital named in the caller's own words gets a clear no without those words said back")
    func ownWordsAreNotSaidBack() throws {
        let engine = DialogEngine(directory: try StoryClausesTests.list(Self.rows))
        func say(_ speech: String) -> String {
            let state = engine.answer(.callStarted(), state: nil).decision.state
            return ConversationEvaluation.spoken(engine.answer(.said(Turn.Utterance(speech: speech, confidence: 0.9)), state: state).decision)
        }
        let spoken = say("Is Sunrise Clinic covered in Pune?")
        #expect(spoken.contains("No, I couldn't find that hospital"), "\(spoken)")
        #expect(!spoken.contains("Sunrise"), "\(spoken)")
        // A name of the caller's own is said back, without their ordinary words.
        let mixed = say("Is Sunrise Tejomaya Clinic covered in Pune?")
        #expect(mixed.contains("Tejomaya") && !mixed.contains("Sunrise"), "\(mixed)")
    }

    @Test("Every language says 'that hospital' for a name not said back")
    func thatHospitalInEveryLanguage() {
        let act = DialogAct.notFound(name: [], place: nil, sameNameHere: [], otherCities: [])
        let said = Language.allCases.map { Phrasing.sentences(for: act, in: $0).joined(separator: " ") }
        #expect(said == [
            "No, I couldn't find that hospital in your network.", "नहीं, वह हॉस्पिटल आपके नेटवर्क में नहीं मिला।",
            "नाही, ते हॉस्पिटल तुमच्या नेटवर्कमध्ये मिळाले नाही.", "ಇಲ್ಲ, ಆ ಆಸ್ಪತ್ರೆ ನಿಮ್ಮ ನೆಟ್‌ವರ್ಕ್‌ನಲ್ಲಿ ಸಿಗಲಿಲ್ಲ.",
        ])
    }

    @Test("A place is said back as the list writes it, though the search folds its plural")
    func placesAsWritten() throws {
        let engine = DialogEngine(directory: try StoryClausesTests.list(Self.rows))
        let state = engine.answer(.callStarted(), state: nil).decision.state
        let asked = [
            ("which hospitals are on Millers Road", "Millers Road", "Miller Road"), ("Millers Road पर कौन से हॉस्पिटल हैं", "Millers Road", "Miller Road"),
            // As the addresses write the two together, though most write the word alone otherwise.
            ("hospitals in Byrappa Gardens", "Byrappa Gardens", "Byrappa Garden,"),
            ("hospitals in Line Ali", "Line Ali", "Lines Ali"),
            // Asking which city, too: Police Lines is in two.
            ("hospitals in Police Lines", "Police Lines in", "Police Line in"),
        ]
        for (said, written, folded) in asked {
            let answer = engine.answer(.said(Turn.Utterance(speech: said, confidence: 0.9)), state: state).decision
            let spoken = ConversationEvaluation.spoken(answer)
            #expect(spoken.contains(written) && !spoken.contains(folded), "\(spoken)")
        }
    }

    @Test("Three or more letters said apart are the initialism the list has; two stay a name's own initials")
    func spelledLetters() throws {
        let directory = try StoryClausesTests.list(Self.rows)
        let kims = Interpreter(directory: directory).understand("is K I M S in Pune covered")
        #expect(kims.intent == .confirm && kims.name == ["kims"], "\(kims)")
        let patil = Interpreter(directory: directory).understand("is D Y Patil covered")
        #expect(patil.intent == .confirm && patil.name.contains("patil"), "\(patil)")
        // Asked which city, the initialism is said back as the letters the caller said.
        let engine = DialogEngine(directory: directory)
        let state = engine.answer(.callStarted(), state: nil).decision.state
        let spoken = ConversationEvaluation.spoken(engine.answer(.said(Turn.Utterance(speech: "is K I M S covered", confidence: 0.9)), state: state).decision)
        #expect(spoken.contains("K I M S") && !spoken.contains("Kims"), "\(spoken)")
    }
}
