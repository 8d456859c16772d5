import Foundation
import TestSupport
import Testing

@testable import Shared

/// The compact queue encoding of a turn, and the JSON turns it replaced.
@Suite("Turn encoding")
struct TurnEncodingTests {
    static let sid = CallSid("CA" + String(repeating: "ab", count: 16))!
    static let who = Turn.Caller(masked: "+91******5678", replyNumber: "+919876545678")

    static func turn(_ payload: Turn.Payload, conversation: ConversationID = .phoneCall(sid)) -> Turn {
        Turn(id: TurnID.random(), conversation: conversation, payload: payload, receivedAt: 1_795_000_000_123, replyTo: "loopai:replies:gw-1")
    }

    static func speech(confidence: Double? = 0.92, digits: String? = nil, caller: Turn.Caller = who) -> Turn {
        turn(.speech(Turn.Utterance(speech: "मणिपाल Sarjapur, Bengaluru", confidence: confidence, digits: digits), caller))
    }

    /// One turn of every kind, with every field its kind carries.
    static let everyKind: [Turn] = {
        let web = WebSessionID(random: .random(), signature: "0123456789abcdef")
        let search = TurnID.random()
        return [
            turn(.callStarted(who)), speech(), turn(.fallback(Turn.Caller())),
            turn(.sms(text: "hospitals in Pune", who), conversation: .textThread(sid)),
            turn(.dialEnded(Turn.DialResult(status: "no-answer", duration: 12, agentAccepted: true), who)),
            turn(.voicemail(Turn.Recording(sid: "RE1", url: "https://api.twilio.com/r/RE1", duration: 30), who)),
            turn(.callStarted(who, relay: "wss://loop.example.com/twilio/relay")),
            turn(.relayPrompt(Turn.Utterance(speech: "more"), interrupted: Turn.Interruption(heard: "I found 306", milliseconds: 900), who)),
            turn(.relayPrompt(Turn.Utterance(speech: "", digits: "2"), interrupted: nil, Turn.Caller())),
            turn(.relayEnded(Turn.RelayEnding(status: "failed", handoff: #"{"reason":"handoff"}"#, errorCode: "64105", relay: "wss://x/twilio/relay"), who)),
            turn(.web(text: "Tell me 3 hospitals around Bangalore"), conversation: .webSession(web)),
            turn(.web(text: "बेंगलुरु के तीन हॉस्पिटल बताइए", language: .hindi), conversation: .webSession(web)),
            Turn(
                id: search, conversation: .search(search), payload: .search(Turn.SearchRequest(query: "Manipal", city: "Pune", limit: 5)),
                receivedAt: 1, replyTo: "r"),
        ]
    }()

    @Test("Every kind, with every field it carries, survives the compact round trip")
    func everyKindRoundTrips() throws {
        for turn in Self.everyKind { #expect(try Turn.decode(turn.encoded()) == turn, "\(turn.kind)") }
        #expect(Set(Self.everyKind.map(\.kind.rawValue)).count == 10)
    }

    @Test("Every mix of a speech turn's optional fields survives the compact round trip")
    func optionalFieldsRoundTrip() throws {
        for confidence in [nil, 0.0, 0.923_456_78] {
            for digits in [nil, "2", "*#"] {
                for caller in [Turn.Caller(), Self.who, Turn.Caller(masked: "x")] {
                    let turn = Self.speech(confidence: confidence, digits: digits, caller: caller)
                    #expect(try Turn.decode(turn.encoded()) == turn)
                }
            }
        }
    }

    /// A turn as gateways wrote it before the compact encoding.
    static func legacyJSON(kind: String, extras: [String: String] = [:]) -> [UInt8] {
        let fields: [String: Any] = [
            "version": 1, "id": String(repeating: "1", count: 32), "kind": kind, "callSid": sid.value, "speech": "hospitals in Pune",
            "confidence": 0.9, "caller": "+91******5678", "extras": extras, "receivedAt": 5, "replyTo": "loopai:replies:gw-1",
        ]
        return Array((try? JSONSerialization.data(withJSONObject: fields)) ?? Data())
    }

    @Test("A turn queued as JSON by an older gateway is still read, its webhook fields typed")
    func readsJSONTurns() throws {
        let speech = try Turn.decode(Self.legacyJSON(kind: "speech"))
        #expect(speech.kind == .speech && speech.utterance?.confidence == 0.9 && speech.caller?.masked == "+91******5678")
        let dial = try Turn.decode(Self.legacyJSON(kind: "dial-ended", extras: ["DialCallStatus": "busy", "AgentAccepted": "1"]))
        #expect(dial.payload == .dialEnded(Turn.DialResult(status: "busy", agentAccepted: true), Turn.Caller(masked: "+91******5678")))
    }

    @Test("A turn of a kind this version does not know is refused, never read as a call starting")
    func unknownKindsAreRefused() throws {
        #expect(throws: (any Error).self) { try Turn.decode(Self.legacyJSON(kind: "conversation-relay")) }
        var bytes = Self.speech().encoded()
        bytes[1] = 200
        #expect(throws: (any Error).self) { try Turn.decode(bytes) }
    }

    @Test("The compact form starts with its version byte and is smaller than the JSON")
    func isVersionedAndSmall() throws {
        let compact = Self.speech().encoded()
        #expect(compact.first == 2)
        #expect(compact.count < Self.legacyJSON(kind: "speech").count)
    }

    @Test("A reply's body is TwiML or JSON, and says which after the trip through the reply list")
    func replyBodies() throws {
        let id = TurnID.random()
        let twiml = TurnReply(turn: id, body: .twiml(#"<?xml version="1.0"?><Response/>"#))
        let json = TurnReply(turn: id, body: .json(#"{"reply":"hi"}"#))
        #expect(TurnReply(framed: twiml.framed) == twiml && TurnReply(framed: json.framed) == json)
    }

    @Test("Cut or damaged bytes are refused with an error, never a crash")
    func refusesDamage() throws {
        let bytes = Self.speech(digits: "5").encoded()
        for length in 0..<bytes.count {
            #expect(throws: (any Error).self) { try Turn.decode(Array(bytes.prefix(length))) }
        }
        var generator = SeededGenerator(seed: 99)
        for _ in 0..<2_000 {
            var damaged = bytes
            damaged[Int.random(in: 1..<damaged.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
            _ = try? Turn.decode(damaged)
        }
    }
}
