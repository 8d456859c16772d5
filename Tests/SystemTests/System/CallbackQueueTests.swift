import AsyncHTTPClient
import Foundation
import NIOCore
import Testing

@testable import Gateway
@testable import LoopTools
@testable import Shared
@testable import Twilio

/// The console's callback queue on real calls: a voicemail at once, a hand-off nobody took and an
/// emergency once filed; moves checked on the server.
@Suite("Callback queue", .serialized, .timeLimit(.minutes(3)))
struct CallbackQueueTests {
    static func post(_ stack: LoopStack, _ path: String, _ body: String) async throws -> (status: Int, body: String) {
        try await NextStepsTests.adminPost(stack, path, body)
    }

    static func queue(_ stack: LoopStack, tab: String) async throws -> AdminQueueController.Listing {
        let (status, body) = try await NextStepsTests.admin(stack, "/admin/queue?tab=" + tab)
        #expect(status == 200, "\(body)")
        return try JSONDecoder().decode(AdminQueueController.Listing.self, from: Data(body.utf8))
    }

    @Test("A voicemail, a hand-off nobody took and an emergency are callbacks with a target; moves need a note, a colleague, an outcome on close, and only the allowed ones pass")
    func queueOfCallbacks() async throws {
        let environment = ["HUMAN_AGENT_NUMBER": NextStepsTests.agentNumber, "ADMIN_TOKEN": NextStepsTests.adminToken, "CALL_RECORD_GRACE_SECONDS": "0"]
        try await LoopStack.with(environment: environment) { stack in
            let voicemail = stack.caller()
            _ = try await voicemail.start()
            _ = try await voicemail.say("I want to talk to a person")
            try await ConsoleTests.leaveVoicemail(voicemail)
            let handoff = stack.caller()
            _ = try await handoff.start()
            _ = try await handoff.say("I want to talk to a person")
            _ = try await handoff.callback(TwilioRoutes.dialStatus, [("DialCallStatus", "busy")])
            let emergency = stack.caller()
            _ = try await emergency.start()
            _ = try await emergency.say("My father is having chest pain")
            let quiet = stack.caller()
            _ = try await quiet.start()
            _ = try await quiet.say("Tell me 3 hospitals in Pune")
            for caller in [handoff, emergency, quiet] { _ = try await caller.callback(TwilioRoutes.callStatus, [("CallStatus", "completed"), ("CallDuration", "20")]) }
            #expect(await eventually(timeout: .seconds(20)) { ((try? await Self.queue(stack, tab: "new"))?.items.count ?? 0) == 3 })
            let new = try await Self.queue(stack, tab: "new")
            let reasons = Dictionary(uniqueKeysWithValues: new.items.map { ($0.call, $0.reasons) })
            #expect(reasons[voicemail.callSid] == [.voicemail] && reasons[handoff.callSid] == [.unansweredHandoff] && reasons[emergency.callSid] == [.emergency], "\(reasons)")
            #expect(reasons[quiet.callSid] == nil, "a call answered in full needs no callback")
            #expect(new.items.allSatisfy { $0.due > $0.at && !$0.overdue && $0.work.state == .new })
            #expect(new.items.first { $0.call == handoff.callSid }?.hasCallbackNumber == true, "the number of a hand-off nobody took is kept for the callback")
            #expect(new.counts["new"] == 3 && new.counts["closed"] == 0 && new.colleagues == ["admin"])

            let path = "/admin/queue/\(handoff.callSid)"
            #expect(try await Self.post(stack, path + "/move", #"{"state":"assigned"}"#).status == 400, "a move without a note")
            let stranger = try await Self.post(stack, path + "/move", #"{"state":"assigned","assignee":"mallory","note":"x"}"#)
            #expect(stranger.status == 400 && stranger.body.contains("assignee must be one of admin"), "\(stranger.body)")
            #expect(try await Self.post(stack, path + "/move", #"{"state":"called-back","note":"x"}"#).status == 409, "new → called back skips taking it")
            #expect(try await Self.post(stack, path + "/move", #"{"state":"assigned","note":"mine after lunch"}"#).status == 200)
            let mine = try await Self.queue(stack, tab: "mine")
            #expect(mine.items.map(\.call) == [handoff.callSid] && mine.items.first?.work.assignee == "admin-token", "the bearer token's moves are admin-token's")
            let revealed = try await Self.post(stack, path + "/reveal", "")
            #expect(revealed.status == 200 && revealed.body.contains(handoff.from), "\(revealed.body)")
            #expect(try await Self.post(stack, path + "/move", #"{"state":"closed","note":"done"}"#).status == 400, "closing needs its outcome")
            #expect(try await Self.post(stack, path + "/move", #"{"state":"closed","note":"spoke to him","outcome":"reached-member"}"#).status == 200)
            let closed = try await Self.queue(stack, tab: "closed")
            let item = try #require(closed.items.first { $0.call == handoff.callSid })
            #expect(item.work.outcome == "reached-member")
            #expect(item.work.history.map(\.action) == ["assigned", "revealed-number", "closed"] && item.work.history.map(\.note) == ["mine after lunch", nil, "spoke to him"])
            #expect(try await Self.queue(stack, tab: "all").items.allSatisfy { $0.call != handoff.callSid }, "closed items leave the working tabs")
            #expect(try await NextStepsTests.admin(stack, "/admin/queue?tab=later").status == 400)
            #expect(try await NextStepsTests.admin(stack, "/admin/queue/\(quiet.callSid)").status == 404)
            #expect(try await NextStepsTests.admin(stack, "/admin/queue/\(emergency.callSid)").status == 200)
            #expect(try await NextStepsTests.admin(stack, "/admin/queue", token: nil).status == 401)
        }
    }
}
