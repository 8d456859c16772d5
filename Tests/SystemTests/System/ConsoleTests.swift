import AsyncHTTPClient
import Foundation
import Testing

@testable import Gateway
@testable import LoopTools
@testable import Shared
@testable import Twilio

/// The operators' console on real calls: a call whole at its own URL, calls in progress, the
/// list's filters and its CSV.
@Suite("Operators' console", .serialized, .timeLimit(.minutes(3)))
struct ConsoleTests {
    @Test("A call, whole: in progress it is listed live and opens with every turn said and answered; once filed it opens at the same URL; the page is behind the login")
    func callWhole() async throws {
        let twilio = try await NextStepsTests.fakeTwilio()
        defer { Task { await twilio.stop() } }
        try await LoopStack.with(environment: NextStepsTests.environment(twilio)) { stack in
            let caller = stack.caller()
            _ = try await caller.start()
            let listed = try await caller.say("Tell me 3 hospitals around Bangalore")
            _ = try await caller.press("2")
            let live = try await NextStepsTests.admin(stack, "/admin/live")
            #expect(live.status == 200 && live.body.contains(caller.callSid), "\(live.body)")
            let open = try await Self.call(stack, caller.callSid)
            #expect(open?.inProgress == true)
            #expect(open?.turns.count == 3)
            #expect(open?.turns[1].said == "Tell me 3 hospitals around Bangalore")
            #expect(open?.turns[1].answer == listed.text, "\(open?.turns[1].answer ?? "-")")
            #expect(open?.turns[1].places == ["Bengaluru"])
            #expect(open?.turns[2].said == "[pressed 2]" && open?.turns[2].language == "hi")
            _ = try await caller.callback(TwilioRoutes.callStatus, [("CallStatus", "completed"), ("CallDuration", "30")])
            #expect(await eventually(timeout: .seconds(15)) { (try? await Self.call(stack, caller.callSid))??.inProgress == nil })
            let filed = try await Self.call(stack, caller.callSid)
            #expect(filed?.turns.count == 3 && filed?.status == "completed")
            #expect(try await NextStepsTests.admin(stack, "/admin/calls/CA" + String(repeating: "0", count: 32)).status == 404)
            #expect(try await NextStepsTests.admin(stack, "/admin/calls/not-a-call").status == 400)
            let page = try await NextStepsTests.admin(stack, "/admin/call/\(caller.callSid)")
            #expect(page.status == 200 && page.body.contains("call.js"))
            #expect(try await NextStepsTests.admin(stack, "/admin/call/\(caller.callSid)", token: nil).status == 401)
        }
    }

    @Test("The call list filters by language, caller, hospital or place and outcome, and exports what it shows as CSV")
    func filtersAndCSV() async throws {
        let twilio = try await NextStepsTests.fakeTwilio()
        defer { Task { await twilio.stop() } }
        try await LoopStack.with(environment: NextStepsTests.environment(twilio)) { stack in
            let pune = CallSimulator(baseURL: stack.gatewayURL, signingBaseURL: LoopStack.publicURL, authToken: stack.authToken, from: "+919800001111")
            _ = try await pune.start()
            _ = try await pune.say("How many network hospitals are there in Pune?")
            let hindi = CallSimulator(baseURL: stack.gatewayURL, signingBaseURL: LoopStack.publicURL, authToken: stack.authToken, from: "+919800002222")
            _ = try await hindi.start()
            _ = try await hindi.press("2")
            _ = try await hindi.say("मुंबई में अस्पताल बताइए")
            for caller in [pune, hindi] { _ = try await caller.callback(TwilioRoutes.callStatus, [("CallStatus", "completed"), ("CallDuration", "9")]) }
            #expect(await eventually(timeout: .seconds(15)) { (try? await NextStepsTests.calls(stack).count) == 2 })
            func calls(_ query: String) async throws -> [String] {
                let (status, body) = try await NextStepsTests.admin(stack, "/admin/calls?" + query)
                #expect(status == 200, "\(query): \(body)")
                return try JSONDecoder().decode(CallRecordStore.Page.self, from: Data(body.utf8)).calls.map(\.call)
            }
            #expect(try await calls("language=hi") == [hindi.callSid])
            #expect(try await calls("caller=1111") == [pune.callSid])
            #expect(try await calls("search=pune") == [pune.callSid])
            #expect(try await calls("search=Mumbai&language=en").isEmpty)
            #expect(try await NextStepsTests.admin(stack, "/admin/calls?language=fr").status == 400)
            #expect(try await NextStepsTests.admin(stack, "/admin/calls?caller=abc").status == 400)
            let csv = try await NextStepsTests.admin(stack, "/admin/calls.csv?language=hi")
            #expect(csv.status == 200)
            let lines = csv.body.split(separator: "\r\n")
            #expect(lines.count == 2 && lines[0].hasPrefix("call,ended,caller,outcome,language,mode"))
            #expect(lines.last?.hasPrefix(hindi.callSid + ",") == true && lines.last?.contains("'+91******2222") == true, "\(csv.body)")
        }
    }

    static func call(_ stack: LoopStack, _ sid: String) async throws -> CallRecord? {
        let (status, body) = try await NextStepsTests.admin(stack, "/admin/calls/\(sid)")
        guard status == 200 else { return nil }
        return try JSONDecoder().decode(CallRecord.self, from: Data(body.utf8))
    }
}
