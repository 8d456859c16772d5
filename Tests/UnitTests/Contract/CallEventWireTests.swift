import Foundation
import Testing

@testable import Shared

/// A call's events are stored as JSON and read back by every later version: typed fields must
/// write the same bytes and read what older (and newer) versions wrote.
@Suite("Call events on the wire")
struct CallEventWireTests {
    /// The JSON with its keys in one order (the store imposes none: readers do not care).
    static func canonical(_ json: [UInt8]) throws -> String {
        let object = try JSONSerialization.jsonObject(with: Data(json))
        return String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }

    @Test("A turn's event as stored before its intent, outcome and mode were typed reads back and writes the same fields and values")
    func sameFields() throws {
        let stored = #"{"kind":"turn","at":1000,"intent":"list","outcome":"not-found","language":"en","places":["Pune"],"mode":"relay","said":"hospitals in Pune"}"#
        let event = try JSONDecoder().decode(CallEvent.self, from: Data(stored.utf8))
        #expect(event.intent == .list && event.outcome == .notFound && event.mode == .relay)
        #expect(try Self.canonical(CallRecordStore.encode(event)) == Self.canonical(Array(stored.utf8)))
    }

    @Test("An outcome this version does not know reads as other, as readers always took it; an unknown intent as none, the event kept")
    func unknownValues() throws {
        let stored = #"{"kind":"turn","at":1,"intent":"something-later","outcome":"something-later","places":["Pune"]}"#
        let event = try JSONDecoder().decode(CallEvent.self, from: Data(stored.utf8))
        #expect(event.outcome == .other && event.intent == nil && event.places == ["Pune"])
        #expect(CallRecord(call: "CA1", events: [event]).turns.map(\.intent) == ["unknown"])
    }
}
