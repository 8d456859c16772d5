import Config
import Foundation
import Testing

@testable import Shared
@testable import Gateway
@testable import Twilio

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("TwiML builder")
struct TwiMLTests {
    let voice = VoiceSettings(voice: "Polly.Joanna", language: "en-US")

    @Test("A question is spoken inside a speech Gather that posts to process-speech, with a fallback after it")
    func askRendersGatherAndFallback() {
        let xml = TwiML.ask(["Hello"], hints: ["Bengaluru", "Manipal"]).render(voice)
        #expect(xml.contains(#"<Gather input="speech" action="/twilio/process-speech" method="POST" speechTimeout="auto""#))
        #expect(xml.contains(#"<Say voice="Polly.Joanna" language="en-US">Hello</Say></Gather>"#))
        #expect(xml.contains(#"hints="Bengaluru, Manipal""#))
        #expect(xml.hasSuffix(#"<Redirect method="POST">/twilio/process-speech</Redirect></Response>"#))
    }

    @Test(
        "Markup, quotes and control characters in text never break the document",
        arguments: [
            "<Hangup/> & \"quotes\" 'apostrophes'", "\u{0}\u{1}\u{8}\u{B}\u{1F}\u{7F}\u{FFFE}", "]]><![CDATA[", "नमस्ते 🙏 <>&",
            String(repeating: "<&>", count: 5000),
        ])
    func escapesEverything(text: String) throws {
        let xml = TwiML.ask([text], hints: [text]).render(VoiceSettings(voice: "a\"b", language: "<x>"))
        #expect(isWellFormed(xml), "\(xml.prefix(300))")
        #expect(!xml.contains("<Hangup/> &"))
    }

    @Test("A slow document wraps every Say in SSML prosody, text still escaped")
    func slowPace() {
        var twiml = TwiML.ask(["Tea & <biscuits>"])
        twiml.pace = .slow
        let xml = twiml.render(VoiceSettings())
        #expect(xml.contains(#"<prosody rate="slow">Tea &amp; &lt;biscuits&gt;</prosody></Say>"#))
        #expect(isWellFormed(xml))
    }

    @Test("A goodbye says its words and hangs up")
    func goodbyeHangsUp() {
        let xml = TwiML.goodbye(["Bye"]).render(voice)
        #expect(xml.hasSuffix("<Say voice=\"Polly.Joanna\" language=\"en-US\">Bye</Say><Hangup/></Response>"))
    }

    @Test("Hints are de-duplicated, stripped of commas and capped")
    func hintsAreCleaned() {
        let hints = (0..<600).map { "City \($0)" } + ["a,b", "City 1", String(repeating: "x", count: 101)]
        let xml = TwiML.ask(["x"], hints: hints).render(voice)
        let attribute = xml.components(separatedBy: "hints=\"")[1].components(separatedBy: "\"")[0]
        #expect(attribute.components(separatedBy: ", ").count == TwiML.maximumHints && TwiML.maximumHints == 500)
        #expect(!attribute.contains("a,b") && !attribute.contains(String(repeating: "x", count: 101)))
    }

    @Test("A speech model listens for whole seconds of silence; without one Twilio's 'auto' is kept")
    func speechModelAndTimeout() {
        let modelled = TwiML.ask(["x"]).render(VoiceSettings(voice: "Polly.Raveena", language: "en-IN", speechModel: "googlev2_telephony", speechTimeout: 2))
        #expect(modelled.contains(#"speechModel="googlev2_telephony" speechTimeout="2""#) && !modelled.contains(#"speechTimeout="auto""#))
        #expect(modelled.contains(#"language="en-IN""#))
        let unmodelled = TwiML.ask(["x"]).render(VoiceSettings())
        #expect(unmodelled.contains(#"speechTimeout="auto""#) && !unmodelled.contains("speechModel"))
    }

    @Test("The hand-off dials with the caller ID agents see and an Indian ring-back tone")
    func dialCallerIDAndRingTone() {
        let dial = TwiML([.dialAgent(TwiML.AgentDial(number: "+919812345678", whisperURL: "/twilio/agent-whisper", callerID: "+15551230000"))])
        let xml = dial.render(VoiceSettings())
        #expect(xml.contains(#"timeout="20" callerId="+15551230000" ringTone="in" answerOnBridge="true""#), "\(xml)")
        let plain = TwiML([.dialAgent(TwiML.AgentDial(number: "+919812345678", whisperURL: "/w"))]).render(VoiceSettings())
        #expect(!plain.contains("callerId") && plain.contains(#"ringTone="in""#))
        #expect(isWellFormed(xml))
    }

    @Test("The agent's whisper takes keys only, says what to press twice, and only then hangs up")
    func whisperTakesKeysOnly() {
        let xml = CallbacksController.whisperTwiML(topic: "network hospitals in Pune")
        #expect(!xml.contains("speech"), "an agent's 'Hello?' must not count as an answer")
        #expect(xml.components(separatedBy: #"<Gather input="dtmf" numDigits="1""#).count == 3, "\(xml)")
        #expect(!xml.contains("actionOnEmptyResult"), "silence falls through to the second ask, then to goodbye")
        #expect(xml.components(separatedBy: "Press 1").count == 3)
        #expect(xml.hasSuffix("<Say voice=\"Polly.Joanna\" language=\"en-US\">No key was pressed. Goodbye.</Say><Hangup/></Response>"))
        #expect(isWellFormed(xml))
    }

    func isWellFormed(_ xml: String) -> Bool {
        XMLParser(data: Data(xml.utf8)).parse()
    }
}
