import AsyncHTTPClient
import Foundation
import NIOCore
import Testing

@testable import Gateway
@testable import LoopTools
@testable import Shared
@testable import Twilio

/// Item 7 of issue 34 on a real stack: the dashboard's figures a supervisor can trust.
@Suite("Figures a supervisor can trust", .serialized, .timeLimit(.minutes(2)))
struct SupervisorFiguresTests {
    struct Overview: Decodable {
        struct Channel: Decodable { var calls: Int }
        var notInList: [NotInList]
        var handoffsWeek: Handoffs
        var channels: [String: Channel]
    }

    static func converse(_ stack: LoopStack, _ text: String, session: String?) async throws -> ConverseReply {
        var request = HTTPClientRequest(url: stack.gatewayURL + "/converse")
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        var body: [String: String] = ["text": text]
        if let session { body["session_id"] = session }
        request.body = .bytes(ByteBuffer(bytes: try JSONEncoder().encode(body)))
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(10))
        return try JSONDecoder().decode(ConverseReply.self, from: Data(buffer: try await response.body.collect(upTo: 1 << 20)))
    }

    @Test("Names not in the list carry their city and merge across spellings and channels; a name the list holds elsewhere is not one; a page load is no web conversation; a hand-off is a call put through")
    func figures() async throws {
        try await LoopStack.with(
            environment: ["ADMIN_TOKEN": NextStepsTests.adminToken, "CALL_RECORD_GRACE_SECONDS": "0", "HUMAN_AGENT_NUMBER": "+15550001111"]
        ) { stack in
            // The web page loads (its greeting) and nobody asks: no conversation yet.
            let greeting = try await Self.converse(stack, "", session: nil)
            let loaded = try await NextStepsTests.admin(stack, "/admin/overview")
            #expect(try JSONDecoder().decode(Overview.self, from: Data(loaded.body.utf8)).channels["web"]?.calls ?? 0 == 0, "\(loaded.body)")
            _ = try await Self.converse(stack, "Is Zyxwv Galactik Hospital in Pune in my network?", session: greeting.sessionID)
            _ = try await Self.converse(stack, "Tell me 3 hospitals in Pune", session: greeting.sessionID)

            let caller = stack.caller()
            _ = try await caller.start()
            _ = try await caller.say("Is Zyxwv Galactic Hospital in my network in Pune?")
            // Jehangir Hospital is in the list, in Pune: asked in Mumbai it is not "not in the list".
            _ = try await caller.say("Is Jehangir Hospital in Mumbai in my network?")
            _ = try await caller.say("I want to talk to a person")
            _ = try await caller.callback(TwilioRoutes.dialStatus, [("DialCallStatus", "no-answer")])
            _ = try await caller.callback(TwilioRoutes.callStatus, [("CallStatus", "completed"), ("CallDuration", "40")])

            var overview: Overview?
            let filed = await eventually(timeout: .seconds(15)) {
                guard let body = try? await NextStepsTests.admin(stack, "/admin/overview").body,
                    let read = try? JSONDecoder().decode(Overview.self, from: Data(body.utf8)), read.handoffsWeek.total == 1
                else { return false }
                overview = read
                return true
            }
            #expect(filed)
            let figures = try #require(overview)
            #expect(figures.channels["web"]?.calls == 1, "one question asked on the page is one conversation, the page load none")
            let zyxwv = figures.notInList.filter { $0.name.hasPrefix("Zyxwv") }
            #expect(zyxwv.count == 1 && zyxwv.first?.city == "Pune" && zyxwv.first?.count == 2, "\(figures.notInList)")
            #expect(Set(zyxwv.first?.channels ?? []) == ["calls", "web"])
            #expect(!figures.notInList.contains { $0.name.contains("Jehangir") }, "\(figures.notInList)")
            #expect(figures.handoffsWeek.unanswered == 1 && figures.handoffsWeek.answered == 0 && figures.handoffsWeek.askedWithoutAgent == 0)
        }
    }
}
