import Foundation
import Testing

@testable import Shared

/// A call event's status is typed, and stored as the word it always was.
@Suite("Event statuses")
struct EventStatusTests {
    @Test("A status is written as its word, and a word Twilio may add later reads back as itself")
    func wireFormat() throws {
        let event = CallEvent(kind: .recording, at: 1, status: .stoppedByCaller)
        let json = String(decoding: try JSONEncoder().encode(event), as: UTF8.self)
        #expect(json.contains(#""status":"stopped-by-caller""#), "\(json)")
        let later = try JSONDecoder().decode(CallEvent.self, from: Data(#"{"kind":"status","at":2,"status":"some-new-status"}"#.utf8))
        #expect(later.status == EventStatus(rawValue: "some-new-status"))
    }

    @Test("Twilio's word is kept to 32 characters, and none is 'unknown'")
    func twilioWords() {
        #expect(EventStatus(twilio: String(repeating: "x", count: 40)).rawValue.count == 32)
        #expect(EventStatus(twilio: "") == .unknown)
        #expect(EventStatus(twilio: "no-answer") == .noAnswer)
    }
}
