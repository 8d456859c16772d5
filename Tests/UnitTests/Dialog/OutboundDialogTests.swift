import Foundation
import Testing

@testable import Brain
@testable import HospitalSearch
@testable import Shared
@testable import Twilio

/// What the dialog promises through Twilio: texts, recording, a hand-off's end, and text replies.
@Suite("Texts, recording and hand-off in the dialog")
struct OutboundDialogTests {
    static let available = CallContext(texting: .available, recording: false, textFailed: false)

    struct Call {
        let engine: DialogEngine
        var state: DialogState?
        var context: CallContext

        init(context: CallContext = OutboundDialogTests.available) throws {
            engine = DialogEngine(directory: try Fixture.network())
            self.context = context
            let greeting = engine.answer(.callStarted(), state: nil, context: context).decision
            state = greeting.state
            self.greeting = greeting
        }

        var greeting: DialogDecision

        mutating func say(_ speech: String) -> DialogDecision {
            send(.said(Turn.Utterance(speech: speech, confidence: 0.9)))
        }

        mutating func send(_ input: DialogInput) -> DialogDecision {
            let decision = engine.answer(input, state: state, context: context).decision
            state = decision.state
            return decision
        }
    }

    @Test("'Text me that' after a list queues exactly the hospitals just named, and the call goes on")
    func textAfterList() throws {
        var call = try Call()
        let listed = call.say("Tell me 3 hospitals in Pune")
        guard case .listing(_, _, let named, _, _) = listed.acts.first else {
            Issue.record("no listing")
            return
        }
        for phrase in ["text me that", "send me the addresses", "SMS kar do", "can you send it to my phone"] {
            let texted = call.say(phrase)
            #expect(texted.outcome == .textMe, "\(phrase)")
            #expect(texted.outbound == .text(named), "\(phrase)")
            #expect(texted.acts == [.textSent(count: 3)])
            #expect(texted.action == .listen)
        }
    }

    @Test("Nothing is promised that cannot be sent: nothing named yet, no SMS on the line, the daily limit, a text conversation")
    func honestAboutTexts() throws {
        var fresh = try Call()
        #expect(fresh.say("text me that").acts == [.nothingToText])
        for (texting, act) in [
            (CallContext.Texting.unavailable, DialogAct.textUnavailable), (.limitReached, .textLimitReached), (.alreadyByText, .alreadyByText),
        ] {
            var call = try Call(context: CallContext(texting: texting))
            _ = call.say("Tell me 3 hospitals in Pune")
            let answer = call.say("text me that")
            #expect(answer.acts == [act])
            #expect(answer.outbound == nil)
        }
    }

    @Test("A text that could not be sent is said first on the next turn")
    func failedTextIsToldNext() throws {
        var call = try Call(context: CallContext(texting: .available, textFailed: true))
        let answer = call.say("thank you")
        #expect(answer.acts.first == .textFailed)
        #expect(Phrasing.sentences(for: answer).first == "I'm sorry, the text message I promised could not be sent.")
    }

    @Test("Recorded calls announce it in the greeting and start recording; 'don't record' stops it and keeps the question")
    func recording() throws {
        var call = try Call(context: CallContext(recording: true))
        #expect(call.greeting.acts == [.greeting, .recordingNotice])
        #expect(call.greeting.outbound == .startRecording)
        _ = call.say("hospitals in Pune")
        let stopped = call.say("please don't record this call")
        #expect(stopped.acts == [.recordingStopped])
        #expect(stopped.outbound == .stopRecording)
        var unrecorded = try Call(context: CallContext())
        #expect(unrecorded.greeting.outbound == nil)
        #expect(unrecorded.say("don't record me").acts == [.notRecording])
    }

    @Test("'Don't record' on a <Gather> call is stopped by the answer's own <Stop><Recording>, before the caller is told; over relay it goes through REST")
    func stopConfirmedBeforeTold() throws {
        var call = try Call(context: CallContext(recording: true))
        let start = call.engine.twiml(for: call.greeting).render(VoiceSettings())
        #expect(start.contains(#"<Start><Recording name="\#(TwiML.recordingName)" channels="dual""#), "\(start)")
        let stopped = call.say("please don't record this call")
        let twiml = call.engine.twiml(for: stopped).render(VoiceSettings())
        let stop = try #require(twiml.range(of: #"<Stop><Recording name="\#(TwiML.recordingName)"/></Stop>"#), "\(twiml)")
        let told = try #require(twiml.range(of: "stopped recording"))
        #expect(stop.upperBound < told.lowerBound)
    }

    @Test("Over ConversationRelay, 'don't record' is said as under way (the REST stop follows the words), and a stop that failed is said on the next turn")
    func relayStopSaysTheTruth() throws {
        var call = try Call(context: CallContext(recording: true))
        call.state?.relay = "wss://loop.example.test/twilio/relay"
        let stopping = call.say("please don't record this call")
        #expect(stopping.acts == [.recordingStopping] && stopping.outbound == .stopRecording)
        #expect(Phrasing.sentences(for: stopping).first == "Okay, I'm stopping the recording of this call now.")
        call.context.recordingNotStopped = true
        let next = call.say("hospitals in Pune")
        #expect(next.acts.first == .recordingNotStopped, "\(next.acts)")
        #expect(Phrasing.sentences(for: .recordingNotStopped, in: .hindi).first?.contains("रिकॉर्डिंग") == true)
    }

    @Test("The recording notice is said before the greeting's <Gather>, where neither speech nor a key can cut it short")
    func noticeHeardWholeWithGather() throws {
        let call = try Call(context: CallContext(recording: true))
        let twiml = call.engine.twiml(for: call.greeting).render(VoiceSettings())
        let notice = try #require(Phrasing.sentences(for: .recordingNotice, in: .english).last)
        let said = try #require(twiml.range(of: notice.xmlEscaped), "\(twiml)")
        let gather = try #require(twiml.range(of: "<Gather"))
        #expect(said.upperBound < gather.lowerBound, "\(twiml)")
        #expect(twiml.contains("How can I help you?") && twiml.contains(#"input="dtmf speech""#))
    }

    @Test("Over ConversationRelay, a welcome carrying the recording notice cannot be interrupted (keys are still reported)")
    func noticeHeardWholeWithRelay() throws {
        let engine = DialogEngine(directory: try Fixture.network())
        let turn = Turn(
            id: .random(), conversation: .phoneCall(CallSid("CA" + String(repeating: "ef", count: 16))!),
            payload: .callStarted(Turn.Caller(masked: "+91******5678", replyNumber: "+919876545678"), relay: "wss://loop.example.test/twilio/relay"),
            receivedAt: 0, replyTo: "r")
        func greeting(_ context: CallContext) -> String {
            guard case .callStarted(_, let relay) = turn.payload else { return "" }
            return engine.reply(to: engine.answer(.callStarted(relay: relay), state: nil, context: context), on: .gather).body.text
        }
        let recorded = greeting(CallContext(recording: true))
        #expect(recorded.contains(#"welcomeGreetingInterruptible="none""#) && recorded.contains(#"reportInputDuringAgentSpeech="any""#), "\(recorded)")
        let unrecorded = greeting(CallContext())
        #expect(unrecorded.contains(#"welcomeGreetingInterruptible="any""#))
    }

    @Test("A recorded call that switches to Hindi hears the notice again in Hindi, whole; not once the caller stopped the recording")
    func noticeRepeatedInHindi() throws {
        var switched = try Call(context: CallContext(recording: true))
        let chosen = switched.engine.answer(.said(Turn.Utterance(speech: "", digits: "2")), state: switched.state, context: switched.context).decision
        #expect(chosen.acts == [.languageChosen(.hindi), .recordingNotice], "\(chosen.acts)")
        #expect(Phrasing.sentences(for: chosen).contains { $0.contains("रिकॉर्ड") })
        #expect(Phrasing.relayReply(for: chosen, humanAgentNumber: nil).uninterruptible == true)
        switched.state = chosen.state
        // Back to English: told again, in English.
        let english = switched.engine.answer(.said(Turn.Utterance(speech: "", digits: "1")), state: switched.state, context: switched.context).decision
        #expect(english.acts == [.languageChosen(.english), .recordingNotice])
        var stopped = try Call(context: CallContext(recording: true))
        _ = stopped.say("please don't record this call")
        let after = stopped.engine.answer(.said(Turn.Utterance(speech: "", digits: "2")), state: stopped.state, context: stopped.context).decision
        #expect(after.acts == [.languageChosen(.hindi)])
        let unrecorded = try Call(context: CallContext())
        let plain = unrecorded.engine.answer(.said(Turn.Utterance(speech: "", digits: "2")), state: unrecorded.state, context: unrecorded.context).decision
        #expect(plain.acts == [.languageChosen(.hindi)])
    }

    @Test("A Hindi message is recorded but never sent to Twilio's English-only transcription, and is listed as Hindi")
    func hindiVoicemailIsNotTranscribed() throws {
        var call = try Call()
        _ = call.say("हिंदी")
        _ = call.say("मुझे किसी इंसान से बात करनी है")
        let unanswered = call.send(.handoffEnded(agentAccepted: false))
        let twiml = call.engine.twiml(for: unanswered).render(VoiceSettings())
        #expect(twiml.contains(#"<Record maxLength="180" playBeep="true" action="/twilio/voicemail?lang=hi" method="POST" transcribe="false"/>"#), "\(twiml)")
        #expect(!twiml.contains("transcribeCallback"))
        let hindi = Voicemail(call: "CA1", caller: nil, at: 0, recordingSid: "RE1", recordingURL: "https://api.twilio.com/r", duration: 30, context: nil, language: "hi")
        #expect(hindi.untranscribed?.contains("English only") == true)
        let long = Voicemail(call: "CA2", caller: nil, at: 0, recordingSid: "RE2", recordingURL: "https://api.twilio.com/r", duration: 170, context: nil, language: "en")
        #expect(long.untranscribed?.contains("longer than") == true)
        let english = Voicemail(call: "CA3", caller: nil, at: 0, recordingSid: "RE3", recordingURL: "https://api.twilio.com/r", duration: 30, context: nil, language: "en")
        #expect(english.untranscribed == nil)
        let listed = try JSONDecoder().decode(Voicemail.self, from: JSONEncoder().encode(hindi))
        #expect(listed.language == "hi" && listed.recordingURL == hindi.recordingURL)
    }

    @Test("A hand-off nobody took offers a message; one an agent took just ends; a message left says thanks")
    func handoffEnds() throws {
        var call = try Call()
        _ = call.say("hospitals in Pune")
        _ = call.say("let me talk to a real person")
        let unanswered = call.send(.handoffEnded(agentAccepted: false))
        #expect(unanswered.acts == [.agentUnavailable] && unanswered.action == .recordMessage)
        let twiml = call.engine.twiml(for: unanswered).render(VoiceSettings())
        #expect(
            twiml.contains(
                #"<Record maxLength="120" playBeep="true" action="/twilio/voicemail" method="POST" transcribe="true" transcribeCallback="/twilio/voicemail-transcription"/>"#
            ), "a transcribed message is kept within the two minutes Twilio transcribes: \(twiml)")
        #expect(TwiML.MessageRecording(maxLength: 300).maxLength == 120)
        let left = call.send(.messageLeft)
        #expect(left.acts == [.messageRecorded] && left.action == .hangUp)
        #expect(Phrasing.handoffTopic(for: left) == "network hospitals in Pune")

        var taken = try Call()
        _ = taken.say("I want an agent")
        let bridged = taken.send(.handoffEnded(agentAccepted: true))
        #expect(bridged.acts.isEmpty && bridged.action == .hangUp)
    }

    @Test("A text conversation is answered with names and addresses, within Twilio's 1,600 characters, and starts afresh after goodbye")
    func textReplies() throws {
        var call = try Call(context: CallContext(texting: .alreadyByText))
        let listed = call.send(.texted("tell me 5 hospitals in mumbai"))
        let reply = Phrasing.textReply(for: listed)
        #expect(reply.contains("1. ") && reply.contains("5. "), "\(reply)")
        #expect(SMSSegments.count(reply) <= Phrasing.segmentBudget(.reply, in: .english), "\(SMSSegments.count(reply)) segments: \(reply)")
        _ = call.send(.texted("bye"))
        #expect(call.send(.texted("hospitals in pune")).outcome == .list)
        let long = Phrasing.fitted(String(repeating: "word ", count: 500))
        #expect(long.count <= 1600 && long.hasSuffix("..."))
    }

    @Test(
        "Segments are counted as Twilio counts them: GSM-7 at 160 (153 a part), anything else UCS-2 at 70 (67)",
        arguments: [
            (String(repeating: "a", count: 160), 1), (String(repeating: "a", count: 161), 2), (String(repeating: "a", count: 306), 2),
            (String(repeating: "a", count: 307), 3), (String(repeating: "a", count: 70) + "—", 2), (String(repeating: "क", count: 70), 1),
            (String(repeating: "क", count: 71), 2), (String(repeating: "क", count: 134), 2), (String(repeating: "{", count: 80), 1),
            (String(repeating: "{", count: 81), 2),
        ])
    func segments(text: String, count: Int) {
        #expect(SMSSegments.count(text) == count)
    }

    @Test("Texts stay in the GSM alphabet when they can, and within their segment budgets in both languages")
    func textsWithinBudgets() throws {
        #expect(SMSSegments.plain("Dr Dhawan’s — “Netra” …") == "Dr Dhawan's - \"Netra\" ...")
        let network = try Fixture.network()
        let hospitals = network.listing(in: .city("Mumbai"), limit: 5).hospitals
        let english = Phrasing.textMessage(hospitals, in: .english)
        #expect(SMSSegments.count(english) <= Phrasing.segmentBudget(.hospitals, in: .english), "\(english)")
        #expect(english.unicodeScalars.allSatisfy(SMSSegments.gsm.contains), "an English text is GSM-7: \(english)")
        let hindi = Phrasing.textMessage(hospitals, in: .hindi)
        #expect(SMSSegments.count(hindi) <= Phrasing.segmentBudget(.hospitals, in: .hindi), "\(hindi)")
        #expect(hindi.contains("1. ") && hindi.contains("5. "), "every hospital named, some perhaps without an address")
    }

    @Test(
        "A Marathi or Kannada text of the three hospitals a caller asked for carries every address, within its UCS-2 segment budget",
        arguments: [(Language.marathi, "Pune"), (Language.kannada, "Bengaluru")])
    func threeHospitalsTextedInFull(language: Language, city: String) throws {
        let hospitals = try Fixture.network().listing(in: .city(City(name: city)), limit: 3).hospitals
        #expect(hospitals.count == 3)
        let text = Phrasing.textMessage(hospitals, in: language)
        #expect(text.hasPrefix(language.phraseBook.textHeading), "\(text)")
        // Every hospital has its address line: nothing was cut back to a name to fit.
        #expect(text.components(separatedBy: "\n   ").count == 4, "\(text)")
        #expect(SMSSegments.count(text) <= Phrasing.segmentBudget(.hospitals, in: language), "\(SMSSegments.count(text)) segments: \(text)")
    }

    @Test("STOP, START and HELP are keywords, whatever the case; 'yes' and sentences are dialog")
    func smsKeywords() {
        #expect(SMSKeyword(message: " stop ") == .optOut && SMSKeyword(message: "Unsubscribe.") == .optOut)
        #expect(SMSKeyword(message: "START") == .optIn && SMSKeyword(message: "help") == .help)
        #expect(SMSKeyword(message: "yes") == nil && SMSKeyword(message: "stop sending me hospitals in Pune") == nil)
        #expect(SMSKeyword(message: "anything", optOutType: "STOP") == .optOut)
    }

    @Test("Asked to text another number, Loop AI says it texts only the number calling, and sends nothing")
    func textOnlyTheCaller() throws {
        var call = try Call()
        _ = call.say("Tell me 3 hospitals in Pune")
        let elsewhere = call.say("can you send it to 9876543210")
        #expect(elsewhere.acts == [.textOnlyToCaller] && elsewhere.outbound == nil)
        let wife = call.say("text it to my wife's number")
        #expect(wife.acts == [.textOnlyToCaller] && wife.outbound == nil)
        let mine = call.say("text me that")
        #expect(mine.outbound != nil)
    }
}
