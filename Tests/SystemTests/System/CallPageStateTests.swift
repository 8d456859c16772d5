import Foundation
import Testing

@testable import Gateway
@testable import LoopTools
@testable import Shared
@testable import Twilio

/// Item 8 of issue 34 on a real call: the call page's JSON says where the call stands, each turn's
/// latency and confidence, and a recording's state without "Twilio error 0".
@Suite("The call page on a real call", .serialized, .timeLimit(.minutes(2)))
struct CallPageStateTests {
    struct Detail: Decodable {
        struct Turn: Decodable {
            var latencyMs: Int?
            var confidence: Double?
        }
        struct Recording: Decodable {
            var status: String
            var note: String?
        }
        var phase: String
        var closesAt: Int64?
        var turns: [Turn]
        var recording: Recording?
    }

    static func detail(_ stack: LoopStack, _ sid: String) async throws -> Detail? {
        let (status, body) = try await NextStepsTests.admin(stack, "/admin/calls/\(sid)")
        guard status == 200 else { return nil }
        return try JSONDecoder().decode(Detail.self, from: Data(body.utf8))
    }

    @Test("In progress until Twilio reports the end, with the time it would be filed anyway; 'ended' through the grace; then filed. Turns carry latency and confidence; a recording that succeeded carries no error")
    func stateAfterTheCall() async throws {
        let twilio = try await NextStepsTests.fakeTwilio()
        defer { Task { await twilio.stop() } }
        try await LoopStack.with(environment: NextStepsTests.environment(twilio, ["CALL_RECORD_GRACE_SECONDS": "6"])) { stack in
            let caller = stack.caller()
            _ = try await caller.start()
            _ = try await caller.say("Tell me 3 hospitals in Pune", confidence: 0.81)
            let recording = "RE" + String(repeating: "b", count: 32)
            _ = try await caller.callback(
                TwilioRoutes.recordingStatus, [("RecordingStatus", "completed"), ("RecordingSid", recording), ("RecordingDuration", "20"), ("ErrorCode", "0")])
            let now = Int64(Date().timeIntervalSince1970 * 1000)
            let live = try #require(try await Self.detail(stack, caller.callSid))
            #expect(live.phase == "in-progress")
            // A call Twilio never reports ended is filed the session's lifetime (an hour) after its last turn.
            #expect((live.closesAt ?? 0) > now + 3_500_000 && (live.closesAt ?? 0) < now + 3_700_000, "\(live.closesAt ?? 0) vs \(now)")
            let spoken = live.turns[1]
            #expect(spoken.confidence == 0.81 && (spoken.latencyMs ?? -1) >= 0 && (spoken.latencyMs ?? Int.max) < 15_000, "\(spoken)")
            #expect(live.recording?.status == "completed" && live.recording?.note == nil, "\(String(describing: live.recording))")

            _ = try await caller.callback(TwilioRoutes.callStatus, [("CallStatus", "completed"), ("CallDuration", "30")])
            let ending = try #require(try await Self.detail(stack, caller.callSid))
            #expect(ending.phase == "ended", "ended, never 'in progress', during the grace")
            #expect((ending.closesAt ?? .max) <= Int64(Date().timeIntervalSince1970 * 1000) + 6_500)
            #expect(await eventually(timeout: .seconds(20)) { (try? await Self.detail(stack, caller.callSid))??.phase == "filed" })

            let failed = stack.caller()
            _ = try await failed.start()
            _ = try await failed.callback(TwilioRoutes.recordingStatus, [("RecordingStatus", "absent"), ("ErrorCode", "21220")])
            #expect(try await Self.detail(stack, failed.callSid)?.recording?.note == "Twilio error 21220")
        }
    }
}
