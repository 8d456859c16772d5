import Foundation
import Testing

@testable import Gateway
@testable import Shared
@testable import Twilio

/// What the call page is given: where the call stands, each turn's figures, a recording's state
/// without Twilio's success code read as an error.
@Suite("The call page's data")
struct CallPageTests {
    static func record(status: String?, open: Bool) -> CallRecord {
        var events = [CallEvent(kind: .turn, at: 1_000, caller: "+91******5678")]
        events[0].latencyMs = 412
        events[0].confidence = 0.87
        if let status { events.append(CallEvent(kind: .status, at: 2_000, status: EventStatus(twilio: status), duration: 30)) }
        var record = CallRecord(call: "CA" + String(repeating: "1", count: 32), events: events)
        if open { record.inProgress = true }
        return record
    }

    static func json(_ detail: CallDetail) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: JSONEncoder().encode(detail)) as? [String: Any])
    }

    @Test("A call Twilio reported ended is 'ended' while its record waits out the grace, never in progress; one it never reported ended says when it is filed")
    func phases() throws {
        let ending = CallDetail(record: Self.record(status: "completed", open: true), closesAt: 32_000)
        #expect(ending.phase == .ended && ending.closesAt == 32_000)
        let live = CallDetail(record: Self.record(status: "in-progress", open: true), closesAt: 3_601_000)
        #expect(live.phase == .inProgress && live.closesAt == 3_601_000)
        #expect(CallDetail(record: Self.record(status: nil, open: true), closesAt: 10).phase == .inProgress)
        #expect(CallDetail(record: Self.record(status: "no-answer", open: false), closesAt: nil).phase == .filed)
        let silent = CallDetail(record: Self.record(status: nil, open: false), closesAt: 99)
        #expect(silent.phase == .filedWithoutEnd && silent.closesAt == nil)
        // The record's own fields stay where they were, with the phase beside them.
        let body = try Self.json(ending)
        #expect(body["phase"] as? String == "ended" && body["closesAt"] as? Int == 32_000 && body["call"] as? String != nil)
        let turn = try #require((body["turns"] as? [[String: Any]])?.first)
        #expect(turn["latencyMs"] as? Int == 412 && turn["confidence"] as? Double == 0.87)
    }

    @Test("Each turn keeps its latency and the recogniser's confidence through the stored JSON")
    func turnFiguresSurviveStorage() throws {
        var event = CallEvent(kind: .turn, at: 5)
        event.latencyMs = 1_250
        event.confidence = 0.5
        let stored = try JSONDecoder().decode(CallEvent.self, from: Data(CallRecordStore.encode(event)))
        let turn = try #require(CallRecord(call: "CA1", events: [stored]).turns.first)
        #expect(turn.latencyMs == 1_250 && turn.confidence == 0.5)
    }

    @Test("Twilio's ErrorCode 0 is success, not 'Twilio error 0'; a real code is kept; old records with the 0 are shown without it")
    func errorCodes() {
        #expect(TwilioForm(body: FormBody(pairs: [("ErrorCode", "0")])).twilioError == nil)
        #expect(TwilioForm(body: FormBody(pairs: [("ErrorCode", "")])).twilioError == nil)
        #expect(TwilioForm(body: FormBody(pairs: [])).twilioError == nil)
        #expect(TwilioForm(body: FormBody(pairs: [("ErrorCode", "21220")])).twilioError == "Twilio error 21220")
        var old = Self.record(status: "completed", open: false)
        old.recording = CallRecord.Recording(sid: nil, url: nil, duration: 4, status: "completed", stoppedByCaller: false, note: "Twilio error 0")
        #expect(CallDetail(record: old, closesAt: nil).record.recording?.note == nil)
    }
}
