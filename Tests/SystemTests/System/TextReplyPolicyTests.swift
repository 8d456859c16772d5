import Foundation
import Testing

@testable import LoopTools
@testable import Shared

/// Replies to texts are texts: the SMS policy, its caps and the opt-out list hold for them as for
/// "text me that", through real gateways, brains and Redis.
@Suite("Text replies", .serialized, .timeLimit(.minutes(3)))
struct TextReplyPolicyTests {
    func texter(_ stack: LoopStack, _ number: String) -> CallSimulator {
        CallSimulator(baseURL: stack.gatewayURL, signingBaseURL: LoopStack.publicURL, authToken: stack.authToken, from: number)
    }

    @Test("Satellite, premium, foreign and non-phone senders get an empty <Response/>; one number gets SMS_DAILY_LIMIT replies a day, then none")
    func policyAndCaps() async throws {
        try await LoopStack.with(environment: ["SMS_DAILY_LIMIT": "3"]) { stack in
            for sender in ["+881234567890", "+19005551234", "+447012345678", "sip:alice@example.com"] {
                let replies = try await texter(stack, sender).text("hospitals in pune")
                #expect(replies.isEmpty, "\(sender) was answered: \(replies)")
            }
            let member = texter(stack, "+919812345678")
            var answered = 0
            for _ in 0..<5 {
                if try await !member.text("hospitals in pune").isEmpty { answered += 1 }
            }
            #expect(answered == 3, "\(answered) replies with SMS_DAILY_LIMIT=3")
            #expect(stack.brainProcesses[0].log.contains("Left a text unanswered: Loop AI does not text this sender"))
            #expect(stack.brainProcesses[0].log.contains("Left a text unanswered: an SMS cap was reached"))
        }
    }

    @Test("Reply segments count toward the service-wide caps: with SMS_GLOBAL_HOURLY_LIMIT reached by replies, further texts from other numbers get none")
    func repliesCountTowardGlobalCaps() async throws {
        try await LoopStack.with(environment: ["SMS_GLOBAL_HOURLY_LIMIT": "4"]) { stack in
            var answered = 0
            for index in 0..<6 {
                if try await !texter(stack, "+91981234\(5670 + index)").text("tell me 5 hospitals in mumbai").isEmpty { answered += 1 }
            }
            #expect((1...2).contains(answered), "\(answered) multi-segment replies within a 4-segment hour")
        }
    }

    @Test("A number that texted STOP gets no reply to its next text until it texts START")
    func optOutBeforeReplying() async throws {
        try await LoopStack.with { stack async throws in
            let member = texter(stack, "+919822222222")
            #expect(try await member.text("hospitals in pune").count == 1)
            #expect(try await member.text("STOP").isEmpty)
            #expect(try await member.text("hospitals in mumbai").isEmpty, "a number that texted STOP was answered")
            #expect(try await member.text("START").isEmpty)
            #expect(try await member.text("hospitals in mumbai").count == 1)
        }
    }
}
