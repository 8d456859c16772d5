import Foundation
import Testing

@testable import Gateway
@testable import LoopTools
@testable import Shared
@testable import Twilio

/// Finding a call in the console (issue 34, item 5): by the member's whole number through a keyed
/// hash, by words said, by what was asked; numbered pages and sorting.
@Suite("Finding a call", .serialized, .timeLimit(.minutes(3)))
struct CallSearchTests {
    /// A caller on the stack's gateway from `number`.
    static func caller(_ stack: LoopStack, from number: String) -> CallSimulator {
        CallSimulator(baseURL: stack.gatewayURL, signingBaseURL: LoopStack.publicURL, authToken: stack.authToken, from: number)
    }

    @Test("A member's calls are found by their whole number in any form, never kept in clear; words said are searched in English and Devanagari; asks filter; pages and sorting")
    func findingACall() async throws {
        let twilio = try await NextStepsTests.fakeTwilio()
        defer { Task { await twilio.stop() } }
        try await LoopStack.with(environment: NextStepsTests.environment(twilio)) { stack in
            let member = Self.caller(stack, from: "+919876543210")
            _ = try await member.start()
            _ = try await member.say("My father is having chest pain, hospitals in Pune")
            let again = Self.caller(stack, from: "+919876543210")
            _ = try await again.start()
            _ = try await again.press("2")
            _ = try await again.say("पुणे में अस्पताल बताइए")
            _ = try await again.say("मेरा क्लेम क्यों रिजेक्ट हुआ")
            // Another member whose last four digits are the same.
            let other = Self.caller(stack, from: "+919800003210")
            _ = try await other.start()
            _ = try await other.say("Tell me 3 hospitals in Pune")
            _ = try await other.say("What's the weather in Bangalore?")
            for caller in [member, again, other] { _ = try await caller.callback(TwilioRoutes.callStatus, [("CallStatus", "completed"), ("CallDuration", "9")]) }
            #expect(await eventually(timeout: .seconds(15)) { (try? await NextStepsTests.calls(stack).count) == 3 })
            func list(_ query: String) async throws -> CallList {
                let (status, body) = try await NextStepsTests.admin(stack, "/admin/calls?" + query)
                #expect(status == 200, "\(query): \(body)")
                return try JSONDecoder().decode(CallList.self, from: Data(body.utf8))
            }
            let both = Set([member.callSid, again.callSid])
            for written in ["%2B919876543210", "%2B91%2098765%2043210", "09876543210", "9876543210", "919876543210", "98765-43210"] {
                #expect(Set(try await list("caller=" + written).calls.map(\.call)) == both, "caller=\(written)")
            }
            #expect(Set(try await list("caller=3210").calls.map(\.call)).count == 3, "a few digits still match the masked number")
            #expect(try await list("caller=9876500000").calls.isEmpty)
            let keys = try ManagedProcess.run("/usr/bin/env", ["redis-cli", "-p", String(stack.redis.port), "--scan"])
            #expect(keys.contains("loopai:calls:by-caller:") && !keys.contains("9876543210"), "no key holds the number in clear: \(keys)")
            #expect(try await list("search=chest%20pain").calls.map(\.call) == [member.callSid])
            #expect(try await list("search=" + "क्लेम".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!).calls.map(\.call) == [again.callSid])
            #expect(try await list("ask=emergency").calls.map(\.call) == [member.callSid])
            #expect(try await list("ask=out-of-scope").calls.map(\.call).contains(other.callSid))
            #expect(!(try await list("ask=out-of-scope").calls.map(\.call).contains(member.callSid)))
            #expect(try await NextStepsTests.admin(stack, "/admin/calls?ask=lost").status == 400)
            #expect(try await NextStepsTests.admin(stack, "/admin/calls?sort=sideways").status == 400)
            #expect(try await NextStepsTests.admin(stack, "/admin/calls?page=0").status == 400)
            let first = try await list("limit=2&page=1")
            let second = try await list("limit=2&page=2")
            #expect(first.calls.count == 2 && first.more && second.calls.count == 1 && !second.more)
            #expect(Set((first.calls + second.calls).map(\.call)).count == 3, "pages neither repeat nor skip")
            let byTurns = try await list("sort=-turns")
            #expect(byTurns.calls.first?.call == again.callSid && byTurns.calls.map(\.turns.count) == byTurns.calls.map(\.turns.count).sorted(by: >))
            let csv = try await NextStepsTests.admin(stack, "/admin/calls.csv?caller=09876543210")
            #expect(csv.body.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 3, "the export finds by number too: \(csv.body)")
        }
    }
}
