import Foundation
import Testing

@testable import Gateway
@testable import LoopTools
@testable import Shared
@testable import Twilio

/// A whole call through real processes: Twilio's webhooks → gateway → Redis → brain → session.
@Suite("Full call through gateway, Redis and brain", .serialized, .timeLimit(.minutes(3)))
struct FullCallTests {
    @Test(
        "A caller hears the greeting, three Bengaluru hospitals and a yes for Manipal Sarjapur, and the session is kept in Redis (one loop per core, and one loop per process)",
        arguments: ["0", "1"])
    func fullCallAnswersBothQuestionsAndKeepsTheSession(eventLoopThreads: String) async throws {
        let stack = try await LoopStack(environment: ["EVENT_LOOP_THREADS": eventLoopThreads])
        defer { Task { await stack.shutdown() } }
        let caller = stack.caller()

        let greeting = try await caller.start()
        #expect(greeting.text.contains("Loop AI"), "\(stack.logs)")
        guard case .gather(let action, _) = greeting.next else {
            Issue.record("The greeting must listen for speech, got \(greeting.next)")
            return
        }
        #expect(action == TwilioRoutes.processSpeech)

        let list = try await caller.say("Tell me 3 hospitals around Bangalore.")
        #expect(list.text.contains("Bengaluru"))
        #expect(list.text.contains("I found 306 network hospitals in Bengaluru"))
        let spoken = list.documents.last?.said.joined(separator: " ") ?? ""
        let names = ["Abhaya Hospital", "Bangalore Hospital", "Healthcare Global Enterprises"]
        for name in names { #expect(spoken.contains(name), "expected \(name) in: \(spoken)") }

        let confirm = try await caller.say("Can you confirm if Manipal Sarjapur in Bangalore is in my network?")
        #expect(confirm.text.hasPrefix("Yes"), "\(confirm.text)")
        #expect(confirm.text.contains("Sarjapur Road"))
        #expect(!confirm.ended)

        let connection = try await stack.redis.connection()
        let key = RedisKeys().session(call: try #require(CallSid(caller.callSid)))
        let version = try await connection.execute(Ask("HGET", key, "version")).int
        #expect(version == 3)
        let ttl = try #require(try await connection.execute(Ask("TTL", key)).int)
        #expect(ttl > 3000 && ttl <= 3600)

        let bye = try await caller.say("That's all, thanks, bye")
        #expect(bye.ended)
        #expect(bye.next == .hangup)
    }
}
