import Foundation
import Testing

@testable import Shared

/// Call records folded from their events, and the summary over them.
@Suite("Call records")
struct CallRecordTests {
    static func turn(_ at: Int64, _ intent: String, _ outcome: CallOutcome, places: [String]? = nil, notFound: [String]? = nil) -> CallEvent {
        CallEvent(kind: .turn, at: at, intent: DialogOutcome(rawValue: intent), outcome: outcome, language: "en", caller: "+91******5678", places: places, notFound: notFound)
    }

    @Test("A call's outcome is its most telling turn's; Twilio's duration wins over the events' span")
    func folding() {
        let record = CallRecord(
            call: "CA1",
            events: [
                Self.turn(1_000, "greeting", .other), Self.turn(2_000, "list", .found, places: ["Pune"]),
                Self.turn(3_000, "confirm", .notFound, places: ["Pune"], notFound: ["Zyx"]),
                CallEvent(kind: .sms, at: 3_500, status: .sent, sid: "SM1"), CallEvent(kind: .status, at: 9_000, status: .completed, duration: 42),
            ])
        #expect(record.outcome == .found)
        #expect(record.duration == 42)
        #expect(record.places == ["Pune"])
        #expect(record.notFound == ["Zyx"])
        #expect(record.texts.count == 1)
        #expect(record.turns.map(\.intent) == ["greeting", "list", "confirm"])
        let voicemail = CallRecord(
            call: "CA2",
            events: [Self.turn(1, "human-agent", .handoff), CallEvent(kind: .dial, at: 2, status: .noAnswer), CallEvent(kind: .voicemail, at: 3, url: "u")])
        #expect(voicemail.outcome == .voicemail && voicemail.handoff == "no-answer")
        #expect(voicemail.duration == 0)
    }

    @Test("The summary counts outcomes, places and the names callers wanted that the list lacks, most asked first")
    func summary() {
        let records =
            (0..<5).map { index in
                CallRecord(call: "CA\(index)", events: [Self.turn(0, "confirm", .notFound, places: ["Pune"], notFound: index < 3 ? ["Zyx"] : ["Abc"])])
            } + [CallRecord(call: "CAx", events: [Self.turn(0, "list", .found, places: ["Mumbai"])])]
        let summary = CallSummary(records: records, from: 0, to: 1)
        #expect(summary.calls == 6)
        #expect(summary.outcomes == ["not-found": 5, "found": 1])
        #expect(summary.topNotFound.map(\.name) == ["Zyx", "Abc"])
        #expect(summary.topPlaces.first?.name == "Pune")
        #expect(summary.text.contains("Zyx: 3"))
    }
}
