import Testing

@testable import Brain
@testable import HospitalSearch
@testable import Shared

/// How Loop AI sounds in Hindi: the same facts in Devanagari, as short as in English.
@Suite("Hindi phrasing")
struct HindiPhrasingTests {
    static let hospital = SpokenHospital(name: "Manipal Hospitals", area: "Ambalipura Sarjapur Road", address: "Sarjapur Road", city: "Bengaluru")

    /// One of every act, with facts filled in.
    static let acts: [DialogAct] = [
        .greeting, .greetedAlready, .listing(place: .city("Bengaluru"), total: 306, hospitals: [hospital, hospital, hospital], offset: 0, announceTotal: true),
        .listing(place: .city("Pune"), total: 219, hospitals: [hospital], offset: 3, announceTotal: true), .endOfList(place: .city("Agra"), total: 1),
        .noHospitals(place: .city("Chennai"), suggestions: ["Mumbai", "Pune"]), .count(place: .city("Pune"), total: 219), .confirmed(hospital),
        .confirmedSeveral(name: ["narayana"], place: .city("Kolkata"), total: 3, examples: [hospital]),
        .notFound(name: ["apollo"], place: .city("Chennai"), sameNameHere: [], otherCities: ["Bengaluru"]), .details(hospital),
        .nothingToReferTo, .emergency(place: .city("Pune"), hospitals: [hospital]), .emergency(place: nil, hospitals: []), .outOfScope, .goodbye,
        .goodbyeAfterSilence, .youAreWelcome, .help, .reprompt(attempt: 1), .reprompt(attempt: 2), .didNotUnderstand(attempt: 1),
        .didNotUnderstand(attempt: 2), .otherLanguage, .heard("पुणे के अस्पताल"), .sayAgain, .okay, .sayingAgain, .atMostAtOnce(5), .identity,
        .canHearYou, .connectingToAgent, .missingInfo(.phoneNumber), .missingInfo(.doctors), .missingInfo(.appointments), .missingInfo(.beds),
        .missingInfo(.claims), .missingInfo(.prices), .languageChosen(.hindi),
    ]

    @Test("Every act is said in Devanagari, in about a breath")
    func everyActInHindi() {
        for act in Self.acts {
            let sentences = HindiPhrasing.sentences(for: act)
            #expect(!sentences.isEmpty && sentences.allSatisfy { Transliteration.isOtherScript($0) }, "\(act): \(sentences)")
            #expect(sentences.map(Speech.wordCount).reduce(0, +) <= 45, "\(act): \(sentences)")
        }
    }

    @Test("Every question is asked in Devanagari")
    func everyQuestionInHindi() {
        let prompts: [Prompt] = [
            .howCanIHelp, .anythingElse, .hearMore, .whichCity(name: ["narayana"], cities: ["Bengaluru", "Kolkata"], total: 5),
            .whichCity(name: [], cities: [], total: 0), .whichArea(name: [], place: nil, total: 0),
            .whichCityForArea(area: ["sector", "62"], cities: ["Noida", "Gurugram"]), .nameAFew, .nameIt, .isThatRight,
            .didYouSayPlace(.city("Bengaluru")), .didYouSayName(["manipal"]),
        ]
        for prompt in prompts {
            let question = HindiPhrasing.question(for: prompt)
            #expect(question.map { Transliteration.isOtherScript($0) } == true, "\(prompt): \(question ?? "nil")")
        }
        #expect(HindiPhrasing.question(for: .none) == nil)
    }

    @Test("The Hindi hand-off says exactly: sorry, I can't help with that; I am transferring your call to a colleague")
    func handOff() {
        #expect(HindiPhrasing.sentences(for: .outOfScope) == ["माफ़ कीजिए, मैं इसमें आपकी मदद नहीं कर सकती। मैं आपकी कॉल हमारे एक सहयोगी को ट्रांसफ़र कर रही हूँ।"])
    }

    @Test("The same facts as in English: numbers, names and cities")
    func sameFacts() {
        let list = HindiPhrasing.sentences(for: Self.acts[2]).joined(separator: " ")
        #expect(list.contains("306") && list.contains("बेंगलुरु") && list.contains("Manipal Hospitals"))
        #expect(HindiPhrasing.sentences(for: .count(place: .city("Pune"), total: 219)) == ["पुणे में 219 नेटवर्क हॉस्पिटल हैं।"])
        #expect(HindiPhrasing.sentences(for: .confirmed(Self.hospital)) == ["हाँ, बेंगलुरु के Ambalipura Sarjapur Road पर Manipal Hospitals आपके नेटवर्क में है।"])
    }

    @Test("A Hindi answer is spoken by the Hindi voice and listened for in hi-IN, with Hindi and English city hints")
    func hindiTwiML() throws {
        let engine = DialogEngine(directory: try Fixture.network())
        let chosen = engine.answer(.said(Turn.Utterance(speech: "", digits: "2")), state: DialogState(greeted: true)).decision
        #expect(chosen.language == .hindi)
        let list = engine.answer(.said(Turn.Utterance(speech: "बेंगलुरु के तीन हॉस्पिटल बताइए", confidence: 0.9)), state: chosen.state).decision
        let xml = engine.twiml(for: list).render(engine.voice(for: list))
        #expect(xml.contains(#"<Say voice="Polly.Aditi" language="hi-IN">मुझे बेंगलुरु में 48 नेटवर्क हॉस्पिटल मिले।</Say>"#))
        #expect(xml.contains("बेंगलुरु, ") || xml.contains("hints=\"हाँ"))
        guard case .gather(let gather) = engine.twiml(for: list).verbs.first else {
            Issue.record("expected a gather")
            return
        }
        #expect(gather.sentHints.contains("बैंगलोर") && gather.sentHints.contains("Bengaluru"))
    }

    @Test("The English greeting offers Hindi in the Hindi voice and takes a key press")
    func greetingOffersHindi() throws {
        let engine = DialogEngine(directory: try Fixture.network())
        let greeting = engine.answer(.callStarted(), state: nil).decision
        let xml = engine.twiml(for: greeting).render(engine.voice(for: greeting))
        #expect(xml.contains(#"<Gather input="dtmf speech" numDigits="1""#))
        #expect(xml.contains(#"<Say voice="Polly.Aditi" language="hi-IN">हिंदी में बात करने के लिए &apos;हिंदी&apos; बोलिए, या 2 दबाइए।</Say>"#))
        let later = engine.answer(.said(Turn.Utterance(speech: "hospitals in Pune", confidence: 0.9)), state: greeting.state).decision
        #expect(!engine.twiml(for: later).render(engine.voice(for: later)).contains("dtmf"))
    }
}
