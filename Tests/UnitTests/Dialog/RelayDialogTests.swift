import Foundation
import Testing

@testable import Brain
@testable import HospitalSearch
@testable import Shared
@testable import Twilio

/// The dialog on ConversationRelay calls: what a caller who cut in heard, the session's end, and
/// answers shaped for the socket.
@Suite("ConversationRelay in the dialog")
struct RelayDialogTests {
    static let socket = "wss://loop.example.test/twilio/relay"
    static let sid = CallSid("CA" + String(repeating: "cd", count: 16))!
    static let who = Turn.Caller(masked: "+91******5678", replyNumber: "+919876545678")

    struct Call {
        let engine: DialogEngine
        var state: DialogState?

        init(humanAgentNumber: String? = nil) throws {
            engine = DialogEngine(directory: try Fixture.network(), humanAgentNumber: humanAgentNumber)
        }

        mutating func send(_ input: DialogInput, on channel: DialogEngine.Channel = .gather) -> (DialogDecision, TurnReply.Body) {
            let answer = engine.answer(input, state: state)
            state = answer.decision.state
            return (answer.decision, engine.reply(to: answer, on: channel).body)
        }

        mutating func say(_ words: String, heard: String? = nil) throws -> RelayReply {
            let (_, body) = send(.relayPrompt(Turn.Utterance(speech: words), interrupted: heard.map { Turn.Interruption(heard: $0) }), on: .relay)
            guard case .json(let json) = body else { throw Fixture.Missing(description: "a relay prompt answered with TwiML") }
            return try JSONDecoder().decode(RelayReply.self, from: Data(json.utf8))
        }
    }

    @Test("A relay call's greeting is <Connect><ConversationRelay> with the greeting as its welcome and the socket from the turn; the session remembers the socket")
    func greeting() throws {
        var call = try Call()
        let (decision, body) = call.send(.callStarted(relay: Self.socket))
        #expect(decision.state.relay == Self.socket)
        guard case .twiml(let xml) = body else { throw Fixture.Missing(description: "no TwiML") }
        #expect(xml.contains(#"<Connect action="/twilio/relay-ended"><ConversationRelay url="\#(Self.socket)" welcomeGreeting="Hello! I am Loop AI"#))
        #expect(xml.contains(#"<Parameter name="offer-hi""#))
        #expect(!xml.contains("<Gather"))
    }

    @Test("A prompt is answered as sentences for the socket, in the call's language; a goodbye ends the session")
    func promptsAndGoodbye() throws {
        var call = try Call()
        _ = call.send(.callStarted(relay: Self.socket))
        let list = try call.say("Tell me 3 hospitals in Pune")
        #expect(list.sentences.joined(separator: " ").contains("Here are three"), "\(list.sentences)")
        #expect(list.language == .english && list.ending == nil)
        let hindi = try call.say("हिंदी में बात कीजिए")
        #expect(hindi.language == .hindi)
        let bye = try call.say("bye")
        #expect(bye.ending == .goodbye)
    }

    @Test("Cut after the first name: 'more' goes on from the second, 'the second one' is not a name never heard")
    func cutAfterFirstName() throws {
        var call = try Call()
        _ = call.send(.callStarted(relay: Self.socket))
        let list = try call.say("Tell me 3 hospitals in Pune")
        let named = call.state?.mentioned ?? []
        try #require(named.count == 3)
        let text = list.sentences.joined(separator: " ")
        let second = try #require(text.range(of: Speech.short(Speech.clean(named[1].name))))
        let unclear = try call.say("the second one", heard: String(text[..<second.lowerBound]))
        #expect(call.state?.mentioned == [named[0]])
        #expect(!unclear.sentences.joined(separator: " ").contains(Speech.short(Speech.clean(named[1].name))))
        let more = try call.say("more")
        #expect(more.sentences.joined(separator: " ").contains(Speech.short(Speech.clean(named[1].name))), "\(more.sentences)")
        #expect(call.state?.mentioned.first == named[1])
    }

    @Test("Heard whole, or cut before any name: nothing or everything is taken back")
    func heardWholeOrNothing() throws {
        let hospitals = try Array(Fixture.network().listing(in: .city(Fixture.network().city(Fixture.city("Pune"))), from: 0, limit: 3).hospitals)
        try #require(hospitals.count == 3)
        let spoken = Speech.list(hospitals.map { Speech.hospital($0) })
        #expect(Phrasing.namesHeard(hospitals, in: "Here are three: " + spoken) == 3)
        #expect(Phrasing.namesHeard(hospitals, in: "I found") == 0)
        #expect(Phrasing.namesHeard(hospitals, in: "Here are three: " + Speech.hospital(hospitals[0]) + ", " + Speech.hospital(hospitals[1])) == 2)
    }

    @Test("The session's end: a hand-off dials, a goodbye hangs up, a message is recorded, a lost socket reconnects asking the question again")
    func sessionEnds() throws {
        func ended(_ handoff: String?, after words: String? = nil, agent: String? = "+15550001111") throws -> (DialogDecision, String) {
            var call = try Call(humanAgentNumber: agent)
            _ = call.send(.callStarted(relay: Self.socket))
            if let words { _ = try call.say(words) }
            let (decision, body) = call.send(.relayEnded(Turn.RelayEnding(status: handoff == nil ? "failed" : "completed", handoff: handoff, relay: Self.socket)))
            return (decision, body.text)
        }
        let (handoff, dial) = try ended(RelayReply.Ending.handoff.handoffData, after: "I want to talk to a person")
        #expect(handoff.action == .transferToAgent && dial.contains("<Dial") && dial.contains("+15550001111"))
        #expect(try ended(RelayReply.Ending.goodbye.handoffData, after: "bye").1.contains("<Hangup/>"))
        #expect(try ended(RelayReply.Ending.message.handoffData).1.contains("<Record"))
        let (reconnect, xml) = try ended(nil, after: "Tell me 3 hospitals in Pune")
        #expect(reconnect.outcome == .reconnected && reconnect.acts == [.lineTrouble] && reconnect.prompt == .hearMore)
        #expect(xml.contains("<ConversationRelay") && xml.contains("Would you like to hear more?"))
    }

    @Test("Asked for a person on a line with nobody to transfer to: said so, and the session ends as a goodbye")
    func noPersonToTransferTo() throws {
        var call = try Call()
        _ = call.send(.callStarted(relay: Self.socket))
        let reply = try call.say("I want to talk to a person")
        #expect(reply.ending == .goodbye)
        let (_, body) = call.send(.relayEnded(Turn.RelayEnding(status: "completed", handoff: reply.ending?.handoffData, relay: Self.socket)))
        let xml = body.text
        #expect(Phrasing.noPersonOnThisLine.allSatisfy { xml.contains($0.xmlEscaped) } && xml.hasSuffix("<Hangup/></Response>"), "\(xml)")
    }

    @Test(
        "An ending's words are not sent before `end` but said in the <Connect action> answer, in the call's language, before <Dial>, <Hangup> or <Record>",
        arguments: [Language.english, .hindi])
    func endingsAreSaidByTheActionAnswer(language: Language) throws {
        func ending(_ words: String, agent: String? = "+15550001111", _ handoff: RelayReply.Ending? = nil) throws -> (RelayReply, String) {
            var call = try Call(humanAgentNumber: agent)
            _ = call.send(.callStarted(relay: Self.socket))
            if language == .hindi { _ = try call.say("हिंदी में बात कीजिए") }
            let reply = try call.say(words)
            #expect(reply.sentences.isEmpty, "said on the socket just before end: \(reply.sentences)")
            let (_, body) = call.send(
                .relayEnded(Turn.RelayEnding(status: "completed", handoff: (handoff ?? reply.ending)?.handoffData, relay: Self.socket)))
            return (reply, body.text)
        }
        let person = language == .english ? "I want to talk to a person" : "किसी इंसान से बात करवाइए"
        let (handoff, dial) = try ending(person)
        #expect(handoff.ending == .handoff)
        let connecting = try #require(Phrasing.sentences(for: .connectingToAgent, in: language).first)
        let said = try #require(dial.range(of: connecting.xmlEscaped), "\(dial)")
        let dialed = try #require(dial.range(of: "<Dial"))
        #expect(said.upperBound < dialed.lowerBound)
        let bye = language == .english ? "bye" : "धन्यवाद, बस इतना ही"
        let (goodbye, hangup) = try ending(bye)
        #expect(goodbye.ending == .goodbye)
        let farewell = try #require(Phrasing.sentences(for: .goodbye, in: language).first)
        #expect(hangup.contains("<Say") && hangup.contains(farewell.xmlEscaped) && hangup.hasSuffix("<Hangup/></Response>"), "\(hangup)")
        // A message (nobody took the hand-off) is asked for in words before its beep.
        let (_, record) = try ending(bye, .message)
        let ask = try #require(Phrasing.sentences(for: .agentUnavailable, in: language).first)
        let asked = try #require(record.range(of: ask.xmlEscaped), "\(record)")
        let beep = try #require(record.range(of: "<Record"))
        #expect(asked.upperBound < beep.lowerBound)
    }
}
