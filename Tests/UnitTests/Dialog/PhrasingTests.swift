import Shared
import Testing
import Twilio

@testable import Brain
@testable import HospitalSearch

/// How Loop AI sounds: short, answer first, names without paperwork.
@Suite("Phrasing")
struct PhrasingTests {
    @Test("Every reply on the real list stays within about forty words before its question")
    func repliesAreShort() throws {
        let engine = DialogEngine(directory: try Fixture.network())
        let utterances = [
            "Tell me 5 hospitals in Mumbai", "Tell me 5 hospitals in Bangalore", "Tell me 5 hospitals in Delhi", "Tell me 5 hospitals in Kolkata",
            "Is Manipal in my network?", "Is Narayana in Bengaluru in my network", "Is Fortis Sarjapur in Bangalore in my network",
            "Can you confirm if Manipal Sarjapur in Bangalore is in my network?", "I have chest pain, I am in Mumbai",
            "How many hospitals in Pune", "Is Apollo in Chennai covered?",
        ]
        for utterance in utterances {
            let greeted = engine.answer(.callStarted(), state: nil).decision.state
            let outcome = engine.answer(.said(Turn.Utterance(speech: utterance, confidence: 0.9)), state: greeted).decision
            let words = outcome.acts.flatMap(Phrasing.sentences).map(Speech.wordCount).reduce(0, +)
            #expect(words <= 45, "\(utterance): \(words) words: \(outcome.acts.flatMap(Phrasing.sentences))")
        }
    }

    @Test("Spoken names carry no legal suffixes or parenthesised history")
    func namesAreClean() throws {
        let index = try Fixture.index()
        for hospital in index.hospitals.indices {
            let spoken = Speech.hospital(SpokenHospital(name: index.spokenName(hospital), area: index.area(hospital), address: "", city: ""))
            #expect(!spoken.contains("("), "\(spoken)")
            for legal in [" Pvt", " Ltd", " Private Limited", " LLP"] {
                #expect(!spoken.hasSuffix(legal) && !spoken.contains(legal + " "), "\(spoken)")
            }
        }
    }

    @Test("Manipal Sarjapur is said the way a caller knows it")
    func manipalSarjapur() {
        let hospital = SpokenHospital(
            name: NameParts("Manipal Hospitals (originally incorporated with the name of Columbia Asia Hospital group)").spoken,
            area: "Ambalipura Sarjapur Road", address: "", city: "Bengaluru")
        #expect(Phrasing.sentences(for: .confirmed(hospital)) == ["Yes, Manipal Hospitals on Ambalipura Sarjapur Road, Bengaluru, is in your network."])
    }

    @Test(
        "Symbols and abbreviations are read as words",
        arguments: [
            ("Dr. Agarwal's Eye Hospital", "Doctor Agarwal's Eye Hospital"), ("Ortho & Trauma Centre", "Ortho and Trauma Centre"),
            ("No.12, MG Rd", "number 12, MG Road"), ("Sec-44", "Sector 44"),
        ])
    func readsNaturally(written: String, spoken: String) {
        #expect(Speech.clean(written) == spoken)
    }

    @Test("Recogniser hints: the brands of the city asked about, then every city and locality in both scripts, within Twilio's 500")
    func recognitionHints() throws {
        let directory = try Fixture.network()
        var state = DialogState()
        state.lastRequest = DialogRequest(kind: .list, place: .city("Noida"))
        let hints = Phrasing.hints(for: state, directory: directory, in: .hindi)
        #expect(hints.contains("Fortis") && hints.contains("Cloudnine"), "brands of Noida")
        #expect(hints.contains("नोएडा") && hints.contains("Noida") && hints.contains("बैंगलोर") && hints.contains("Bangalore"))
        #expect(hints.contains("Salt Lake"), "localities")
        let noida = hints.firstIndex(of: "Fortis") ?? .max
        #expect(noida < (hints.firstIndex(of: "Salt Lake") ?? .max), "the city asked about comes before the rest")
        let xml = TwiML.ask(["x"], hints: hints).render(VoiceSettings())
        let attribute = xml.components(separatedBy: "hints=\"")[1].components(separatedBy: "\"")[0]
        #expect(attribute.components(separatedBy: ", ").count <= TwiML.maximumHints)
    }
}
