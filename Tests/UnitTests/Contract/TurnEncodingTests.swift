import Foundation
import TestSupport
import Testing

@testable import Shared

/// The compact queue encoding of a turn, and the JSON turns it replaced.
@Suite("Turn encoding")
struct TurnEncodingTests {
    static func turn(kind: Turn.Kind = .speech, confidence: Double? = 0.92, digits: String? = nil, caller: String? = "+91******5678") -> Turn {
        Turn(
            id: TurnID.random(), kind: kind, callSid: CallSid("CA" + String(repeating: "ab", count: 16))!, speech: "मणिपाल Sarjapur, Bengaluru",
            confidence: confidence, digits: digits, caller: caller, receivedAt: 1_795_000_000_123, replyTo: "loopai:replies:gw-1")
    }

    @Test("Every kind and every mix of optional fields survives the compact round trip")
    func roundTrip() throws {
        for kind in [Turn.Kind.callStarted, .speech, .fallback] {
            for confidence in [nil, 0.0, 0.923_456_78] {
                for digits in [nil, "2", "*#"] {
                    for caller in [nil, "+91******5678"] {
                        let turn = Self.turn(kind: kind, confidence: confidence, digits: digits, caller: caller)
                        #expect(try Turn.decode(try turn.encoded()) == turn)
                    }
                }
            }
        }
    }

    @Test("The new kinds keep the caller's number for an SMS and the webhook's extra fields")
    func carriesReplyNumberAndExtras() throws {
        for kind in [Turn.Kind.sms, .dialEnded, .voicemail] {
            var turn = Self.turn(kind: kind)
            turn.replyNumber = "+919876545678"
            turn.extras = ["DialCallStatus": "no-answer", "RecordingUrl": "https://api.twilio.com/r/RE1", "Empty": ""]
            #expect(try Turn.decode(try turn.encoded()) == turn)
            #expect(try Turn.decode(try JSONEncoder().encode(turn).map { $0 }) == turn)
        }
    }

    @Test("A turn queued as JSON by an older gateway is still read")
    func readsJSONTurns() throws {
        let turn = Self.turn(digits: "1")
        let json = Array(try JSONEncoder().encode(turn))
        #expect(json.first == UInt8(ascii: "{"))
        #expect(try Turn.decode(json) == turn)
    }

    @Test("The compact form starts with its version byte and is smaller than the JSON")
    func isVersionedAndSmall() throws {
        let turn = Self.turn()
        let compact = try turn.encoded()
        #expect(compact.first == 2)
        #expect(compact.count < (try JSONEncoder().encode(turn)).count)
    }

    @Test("Cut or damaged bytes are refused with an error, never a crash")
    func refusesDamage() throws {
        let bytes = try Self.turn(digits: "5").encoded()
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
