import Testing

@testable import Brain
@testable import HospitalSearch
@testable import Shared
@testable import Twilio

/// The languages a call can be held in: each complete, each reachable, none in another's place.
@Suite("Language registry")
struct LanguageRegistryTests {
    @Test("Every language is registered once, with its own key, voice and choosing words")
    func everyLanguageIsRegistered() {
        let profiles = LanguageRegistry.all
        let voices = Voices(offered: Language.allCases)
        #expect(profiles.map(\.language) == Language.allCases)
        #expect(Set(profiles.compactMap { voices.key(for: $0.language) }).count == profiles.count)
        #expect(Set(profiles.map(\.defaultVoice.language)).count == profiles.count)
        for profile in profiles {
            #expect(voices.key(for: profile.language).flatMap(voices.language(forKey:)) == profile.language)
            #expect(!profile.choosing.isEmpty)
            for words in profile.choosing {
                #expect(Interpreter.languageChosen(in: Interpreter.tokens(of: words)) == profile.language, "\(words)")
            }
        }
        #expect(voices.language(forKey: "9") == nil)
    }

    @Test("Every language's phrase book says every act and asks every question, in about a breath")
    func everyPhraseBookIsComplete() {
        let prompts: [Prompt] = [
            .howCanIHelp, .anythingElse, .hearMore, .whichCity(name: ["narayana"], cities: ["Bengaluru", "Kolkata"], total: 5),
            .whichArea(name: [], place: nil, total: 0), .whichCityForArea(area: ["sector", "62"], cities: ["Noida", "Gurugram"]), .nameAFew,
            .nameIt, .isThatRight, .didYouSayPlace(.city("Bengaluru")), .didYouSayName(["manipal"]),
        ]
        for profile in LanguageRegistry.all {
            let book: any PhraseBook.Type = profile.phraseBook
            for act in HindiPhrasingTests.acts {
                let sentences = book.sentences(for: act)
                #expect(!sentences.isEmpty && sentences.map(Speech.wordCount).reduce(0, +) <= 45, "\(profile.language) \(act): \(sentences)")
            }
            for prompt in prompts { #expect(book.question(for: prompt) != nil, "\(profile.language) \(prompt)") }
            #expect(book.question(for: .none) == nil)
            let offer = book.offer(key: "7")
            let fixedLines = [offer, book.textHeading, book.callUs, book.callAPerson(at: nil), book.callAPerson(at: "+911234567890")]
                + book.answerHints + book.noPersonOnThisLine
            #expect(fixedLines.allSatisfy { !$0.isEmpty })
            #expect(offer.contains("7"), "the offer names the key that chooses \(profile.language)")
        }
    }

    @Test("The greeting offers every other language in that language's own voice")
    func greetingOffersTheOthers() throws {
        let voices = Voices([.hindi: VoiceSettings(voice: "Polly.Kajal", language: "hi-IN")])
        let engine = DialogEngine(directory: try Fixture.network(), voices: voices)
        for profile in LanguageRegistry.all where voices.offered.contains(profile.language) {
            let greeting = engine.answer(.callStarted(), state: DialogState(language: profile.language)).decision
            guard case .gather(let gather) = engine.twiml(for: greeting).verbs.first else {
                Issue.record("no gather")
                continue
            }
            let others = voices.offered.filter { $0 != profile.language }
            let offers: [String] = others.map { other in other.phraseBook.offer(key: voices.key(for: other) ?? "") }
            let offerVoices: [VoiceSettings] = others.map { other in voices[other] }
            let said: [String] = gather.otherVoice.map { sentence in sentence.text }
            let saidIn: [VoiceSettings] = gather.otherVoice.map { sentence in sentence.voice }
            #expect(said == offers)
            #expect(saidIn == offerVoices)
        }
        #expect(voices[.hindi].voice == "Polly.Kajal" && voices[.english] == LanguageRegistry.profile(.english).defaultVoice)
    }

    @Test("Words in a language's own script reach the rules; text in it is recognised as that language")
    func scripts() {
        #expect(Interpreter.tokens(of: "मुझे अस्पताल चाहिए") == ["mujhe", "hospital", "chahiye"])
        #expect(LanguageRegistry.writing("मुझे अस्पताल चाहिए") == .hindi)
        #expect(LanguageRegistry.writing("hospitals in Pune") == nil)
    }

    @Test("A Hindi answer sends Twilio back with lang=hi on every URL; an English one keeps its URLs as they were")
    func answersCarryTheLanguage() throws {
        let engine = DialogEngine(directory: try Fixture.network(), humanAgentNumber: "+911234567890")
        let hindi = engine.answer(.said(Turn.Utterance(speech: "पुणे के तीन हॉस्पिटल बताइए", confidence: 0.9)), state: DialogState(greeted: true, language: .hindi)).decision
        let xml = engine.twiml(for: hindi).render(engine.voice(for: hindi))
        #expect(xml.contains(#"action="/twilio/process-speech?lang=hi""#) && xml.contains(">/twilio/process-speech?lang=hi</Redirect>"), "\(xml)")
        let english = engine.answer(.said(Turn.Utterance(speech: "hospitals in Pune", confidence: 0.9)), state: DialogState(greeted: true)).decision
        let englishXML = engine.twiml(for: english).render(engine.voice(for: english))
        #expect(englishXML.contains(#"action="/twilio/process-speech""#) && !englishXML.contains("lang="))
        let transfer = engine.answer(.said(Turn.Utterance(speech: "मुझे किसी इंसान से बात करनी है", confidence: 0.9)), state: DialogState(greeted: true, language: .hindi)).decision
        #expect(engine.twiml(for: transfer).render(engine.voice(for: transfer)).contains(#"<Dial action="/twilio/dial-status?lang=hi""#))
        #expect(Language(query: "hi") == .hindi && Language(query: "HI") == .hindi && Language(query: "xx") == .english && Language(query: nil) == .english)
    }

    @Test("A Hindi caller asking for a person on a line without one hears why in Hindi; the web's hand-off is in the conversation's language")
    func noEnglishInHindiHandoffs() throws {
        let engine = DialogEngine(directory: try Fixture.network())
        let asked = engine.answer(.said(Turn.Utterance(speech: "मुझे किसी इंसान से बात करनी है", confidence: 0.9)), state: DialogState(greeted: true, language: .hindi)).decision
        let xml = engine.twiml(for: asked).render(engine.voice(for: asked))
        #expect(xml.contains("माफ़ कीजिए, मैं इस लाइन से") && !xml.contains("I'm sorry"), "\(xml)")
        let web = Phrasing.webReply([asked], session: WebSessionID(random: .random(), signature: "0123456789abcdef"), humanAgentNumber: "+911234567890")
        #expect(web.handoff?.message == "किसी व्यक्ति से बात करने के लिए +911234567890 पर कॉल करें।")
    }

    @Test("On the web page nobody called and nobody is transferred: no 'thank you for calling', no 'connecting you'", arguments: Language.allCases)
    func webWords(language: Language) throws {
        let engine = DialogEngine(directory: try Fixture.network())
        let state = DialogState(greeted: true, language: language)
        let session = WebSessionID(random: .random(), signature: "0123456789abcdef")
        let person = engine.answer(.said(Turn.Utterance(speech: language == .hindi ? "मुझे किसी इंसान से बात करनी है" : "I want to talk to a person", confidence: 0.9)), state: state).decision
        let handoff = Phrasing.webReply([person], session: session, humanAgentNumber: "+911234567890")
        #expect(!handoff.speech.contains(Phrasing.sentences(for: .connectingToAgent, in: language).joined()), "\(handoff.speech)")
        #expect(handoff.handoff?.number == "+911234567890")
        let bye = engine.answer(.said(Turn.Utterance(speech: language == .hindi ? "बस धन्यवाद" : "bye", confidence: 0.9)), state: state).decision
        let goodbye = Phrasing.webReply([bye], session: session, humanAgentNumber: nil)
        #expect(goodbye.speech == language.phraseBook.webGoodbye && !goodbye.speech.contains("calling"), "\(goodbye.speech)")
    }
}
