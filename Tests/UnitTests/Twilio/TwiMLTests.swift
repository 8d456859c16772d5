import Foundation
import Testing

@testable import Shared
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

    func isWellFormed(_ xml: String) -> Bool {
        XMLParser(data: Data(xml.utf8)).parse()
    }
}
