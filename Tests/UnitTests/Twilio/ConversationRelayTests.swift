import Config
import Foundation
import Testing

@testable import Shared
@testable import Twilio

/// ConversationRelay as Twilio documents it: the messages it sends, the ones it takes, and the
/// `<Connect><ConversationRelay>` noun.
@Suite("ConversationRelay messages and TwiML")
struct ConversationRelayTests {
    @Test("Twilio's documented messages are read: setup with its parameters, prompt, dtmf, interrupt (duration as number or string), error")
    func readsTwiliosMessages() throws {
        let setup = try RelayMessage(
            json: #"{"type":"setup","sessionId":"VX00000000000000000000000000000000","accountSid":"ACXX","parentCallSid":"","callSid":"CA00000000000000000000000000000000","from":"+18005550100","to":"+18005550101","forwardedFrom":"","callType":"PSTN","callerName":"","direction":"inbound","callStatus":"RINGING","customParameters":{"lang":"hi","offer-en":"For English, press 1."}}"#)
        #expect(
            setup
                == .setup(
                    RelayMessage.Setup(
                        sessionId: "VX00000000000000000000000000000000", callSid: "CA00000000000000000000000000000000", from: "+18005550100",
                        to: "+18005550101", customParameters: ["lang": "hi", "offer-en": "For English, press 1."])))
        #expect(try RelayMessage(json: #"{"type":"prompt","voicePrompt":"Hi! Can you tell me about life?","lang":"en-US","last":true}"#) == .prompt(text: "Hi! Can you tell me about life?", language: "en-US", last: true))
        #expect(try RelayMessage(json: #"{"type":"prompt","voicePrompt":"Hi","lang":"en-US","last":false}"#) == .prompt(text: "Hi", language: "en-US", last: false))
        #expect(try RelayMessage(json: #"{"type":"dtmf","digit":"1"}"#) == .dtmf(digit: "1"))
        #expect(try RelayMessage(json: #"{"type":"interrupt","utteranceUntilInterrupt":"Life is a complex set of","durationUntilInterruptMs":"460"}"#) == .interrupt(heard: "Life is a complex set of", milliseconds: 460))
        #expect(try RelayMessage(json: #"{"type":"interrupt","utteranceUntilInterrupt":"Life is","durationUntilInterruptMs":460}"#) == .interrupt(heard: "Life is", milliseconds: 460))
        #expect(try RelayMessage(json: #"{"type":"error","description":"Invalid message received: { \"foo\" : \"bar\" }"}"#) == .error(description: #"Invalid message received: { "foo" : "bar" }"#))
        #expect(try RelayMessage(json: #"{"type":"info","name":"tokensPlayed"}"#) == .unknown(type: "info"))
    }

    @Test("Malformed messages say what is wrong with them")
    func malformed() {
        for (text, reason) in [("not json", "not JSON"), ("[1]", "not a JSON object"), (#"{"a":1}"#, #"no "type""#), (#"{"type":"prompt"}"#, #"a prompt without "voicePrompt""#),
            (#"{"type":"setup"}"#, #"a setup message without "callSid""#), (#"{"type":"dtmf","digit":""}"#, #"a dtmf message without "digit""#)]
        {
            #expect(throws: RelayMessage.Malformed(reason: reason)) { try RelayMessage(json: text) }
        }
    }

    @Test("Loop AI's messages are Twilio's: text tokens with last (and lang), a language switch for both directions, end with handoffData")
    func writesTwiliosMessages() throws {
        func object(_ command: RelayCommand) throws -> NSDictionary {
            try #require(try JSONSerialization.jsonObject(with: Data(command.json.utf8)) as? NSDictionary)
        }
        #expect(try object(.text("Hello.", last: false)) == ["type": "text", "token": "Hello.", "last": false])
        #expect(try object(.text("नमस्ते", last: true, language: "hi-IN")) == ["type": "text", "token": "नमस्ते", "last": true, "lang": "hi-IN"])
        #expect(try object(.language("hi-IN")) == ["type": "language", "ttsLanguage": "hi-IN", "transcriptionLanguage": "hi-IN"])
        #expect(try object(.end(handoffData: #"{"reason":"handoff"}"#)) == ["type": "end", "handoffData": #"{"reason":"handoff"}"#])
        #expect(try object(.end(handoffData: nil)) == ["type": "end"])
    }

    @Test("Sentences sent as tokens carry their own spacing in both languages' punctuation, the last one unspaced and marked")
    func tokensCarryTheirSpacing() {
        let english = RelayCommand.tokens([("I found 219 network hospitals in Pune.", nil), ("Here are three: A, B and C.", nil), ("Shall I go on?", nil)])
        #expect(
            english == [
                .text("I found 219 network hospitals in Pune. ", last: false), .text("Here are three: A, B and C. ", last: false),
                .text("Shall I go on?", last: true),
            ])
        let hindi = RelayCommand.tokens([("पुणे में 219 अस्पताल हैं।", nil), ("क्या और सुनना चाहेंगे? ", nil), ("For English, press 1.", "en-IN")])
        #expect(
            hindi == [
                .text("पुणे में 219 अस्पताल हैं। ", last: false), .text("क्या और सुनना चाहेंगे? ", last: false),
                .text("For English, press 1.", last: true, language: "en-IN"),
            ])
        // Joined as Twilio joins them, no two sentences touch.
        let joined = (english + hindi).compactMap { if case .text(let token, _, _, _) = $0 { token } else { nil } }.joined()
        #expect(!joined.contains(".I") && !joined.contains("।क") && !joined.contains(".H"))
        #expect(RelayCommand.tokens([("One moment, please.", nil)]) == [.text("One moment, please.", last: true)])
        // The recording notice's tokens are marked as not interruptible.
        #expect(RelayCommand.text("This call is recorded.", last: true, interruptible: false).json.contains(#""interruptible":false"#))
    }

    @Test("handoffData carries the ending and reads back; anyone else's data is not an ending")
    func endings() {
        for ending in [RelayReply.Ending.handoff, .goodbye, .message] { #expect(RelayReply.Ending(handoffData: ending.handoffData) == ending) }
        #expect(RelayReply.Ending(handoffData: nil) == nil)
        #expect(RelayReply.Ending(handoffData: #"{"reason":"lunch"}"#) == nil)
        #expect(RelayReply.Ending(handoffData: "garbage") == nil)
    }

    @Test("<Connect action><ConversationRelay>: the documented attributes, escaped; a <Language> per language; the context as <Parameter>s; hints without commas")
    func connectNoun() {
        var english = VoiceSettings.RelayVoice()
        english.voice = "en-IN-Neural2-A"
        var hindi = english
        hindi.voice = "hi-IN-Neural2-A"
        let relay = ConversationRelay(
            url: "wss://loop.example.com/twilio/relay", action: "/twilio/relay-ended?lang=hi", welcomeGreeting: #"Hello & "welcome" <caller>"#,
            language: "hi-IN", languages: [.init(code: "hi-IN", voice: hindi), .init(code: "en-IN", voice: english)],
            hints: ["Bengaluru", "Whitefield, Bengaluru", "Pune"], parameters: [.init(name: "lang", value: "hi")])
        let xml = TwiML([.connectRelay(relay)]).render(VoiceSettings())
        #expect(xml.contains(#"<Connect action="/twilio/relay-ended?lang=hi"><ConversationRelay url="wss://loop.example.com/twilio/relay""#))
        #expect(xml.contains(#"welcomeGreeting="Hello &amp; &quot;welcome&quot; &lt;caller&gt;""#))
        #expect(xml.contains(#"language="hi-IN" ttsProvider="Google" voice="hi-IN-Neural2-A" transcriptionProvider="Google" speechModel="telephony""#))
        #expect(xml.contains(#"speechModel="telephony" ttsLanguage="hi-IN" transcriptionLanguage="hi-IN" interruptible="any""#))
        #expect(xml.contains(#"interruptible="any" dtmfDetection="true" hints="Bengaluru,Whitefield Bengaluru,Pune" reportInputDuringAgentSpeech="any">"#))
        #expect(xml.contains(#"<Language code="en-IN" ttsProvider="Google" voice="en-IN-Neural2-A" transcriptionProvider="Google" speechModel="telephony"/>"#))
        #expect(xml.hasSuffix(#"<Parameter name="lang" value="hi"/></ConversationRelay></Connect></Response>"#))
    }

    @Test("Keys and speech during Loop AI's own speech reach the socket: reportInputDuringAgentSpeech is any unless set otherwise")
    func reportsInputDuringAgentSpeech() async throws {
        let relay = ConversationRelay(url: "wss://loop.example.com/twilio/relay", action: "/twilio/relay-ended", welcomeGreeting: "Hello", language: "en-IN", languages: [])
        #expect(TwiML([.connectRelay(relay)]).render(VoiceSettings()).contains(#"reportInputDuringAgentSpeech="any""#))
        var keysOnly = relay
        keysOnly.reportInputDuringAgentSpeech = .dtmf
        #expect(TwiML([.connectRelay(keysOnly)]).render(VoiceSettings()).contains(#"reportInputDuringAgentSpeech="dtmf""#))
        let configured = try await Settings.load(environment: ["RELAY_REPORT_INPUT_DURING_AGENT_SPEECH": "speech"], environmentFile: nil)
        #expect(try configured.relayReportInput() == .speech)
        #expect(try await Settings.load(environment: [:], environmentFile: nil).relayReportInput() == .any)
        let wrong = try await Settings.load(environment: ["RELAY_REPORT_INPUT_DURING_AGENT_SPEECH": "always"], environmentFile: nil)
        #expect(throws: ConfigurationError.self) { try wrong.relayReportInput() }
    }
}
