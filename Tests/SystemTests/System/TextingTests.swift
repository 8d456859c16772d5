import AsyncHTTPClient
import Foundation
import NIOCore
import Testing

@testable import LoopTools
@testable import Redis
@testable import Shared
@testable import Twilio

/// Texting through real processes and a local server shaped like Twilio's REST API: "text me
/// that" during a call, delivery reports, STOP and START, a brain killed before it sends, and
/// conversations by text.
@Suite("SMS", .serialized, .timeLimit(.minutes(4)))
struct TextingTests {
    @Test("'Text me that' sends one SMS to the caller's own number, retried past a busy Twilio, within the daily limit")
    func textDuringCall() async throws {
        let twilio = try await NextStepsTests.fakeTwilio()
        defer { Task { await twilio.stop() } }
        try await LoopStack.with(environment: NextStepsTests.environment(twilio, ["SMS_DAILY_LIMIT": "2"])) { stack in
            let caller = stack.caller()
            _ = try await caller.start()
            let listed = try await caller.say("Tell me 3 hospitals in Pune")
            twilio.script(.fail(status: 503, code: 20503))
            let promised = try await caller.say("Can you text me that?")
            #expect(promised.text.contains("by text to the number you're calling from"), "\(promised.text)")
            #expect(await eventually { NextStepsTests.messages(twilio).count == 2 }, "\(NextStepsTests.messages(twilio).count) requests")
            let sent = NextStepsTests.messages(twilio)
            #expect(sent.allSatisfy { $0.fields["To"] == caller.from && $0.fields["From"] == "+15551234567" && $0.authorized })
            let body = sent.last?.fields["Body"] ?? ""
            let firstSent = body.components(separatedBy: "\n").dropFirst().first?.dropFirst(3) ?? "?"
            #expect(listed.text.contains(firstSent), "\(body)")
            #expect(body.contains("1. ") && body.contains("3. "), "\(body)")

            _ = try await caller.say("send me the addresses")
            #expect(await eventually { NextStepsTests.messages(twilio).count == 3 })
            let refused = try await caller.say("text me that again")
            #expect(refused.text.contains("as many text messages"), "\(refused.text)")
            try await Task.sleep(for: .seconds(1))
            #expect(NextStepsTests.messages(twilio).count == 3)

            // A number Twilio refuses to text: never retried, and the caller hears so on the next turn.
            let other = CallSimulator(
                baseURL: stack.gatewayURL, signingBaseURL: LoopStack.publicURL, authToken: stack.authToken, from: "+919800000001")
            _ = try await other.start()
            _ = try await other.say("Tell me 2 hospitals in Mumbai")
            twilio.script(.fail(status: 400, code: 21610))
            _ = try await other.say("sms kar do")
            #expect(await eventually { NextStepsTests.messages(twilio).count == 4 })
            try await Task.sleep(for: .seconds(1))
            let told = try await other.say("thank you")
            #expect(told.text.contains("could not be sent"), "\(told.text)")
            let again = try await other.say("thanks")
            #expect(!again.text.contains("could not be sent"))
            #expect(NextStepsTests.messages(twilio).count == 4)
        }
    }

    @Test("A text reports its delivery on the call's record; STOP is never answered with dialog, and the number is not texted until START")
    func deliveryAndOptOut() async throws {
        let twilio = try await NextStepsTests.fakeTwilio()
        defer { Task { await twilio.stop() } }
        try await LoopStack.with(environment: NextStepsTests.environment(twilio, [:])) { stack in
            let caller = stack.caller()
            _ = try await caller.start()
            _ = try await caller.say("Tell me 3 hospitals in Pune")
            _ = try await caller.say("text me that")
            #expect(await eventually { NextStepsTests.messages(twilio).count == 1 })
            let callback = NextStepsTests.messages(twilio).first?.fields["StatusCallback"] ?? ""
            #expect(callback == LoopStack.publicURL + TwilioRoutes.smsStatus + "?call=" + caller.callSid, "\(callback)")
            let failed = try await caller.callback(
                String(callback.dropFirst(LoopStack.publicURL.count)),
                [("MessageSid", "SM" + String(repeating: "e", count: 32)), ("MessageStatus", "undelivered"), ("ErrorCode", "30003")])
            #expect(failed.status == 204)
            let forged = try await caller.send(
                path: TwilioRoutes.smsStatus + "?call=" + caller.callSid,
                webhook: TwilioWebhook.callback([("MessageStatus", "delivered")], callSid: caller.callSid, from: caller.from, to: caller.to, accountSid: caller.accountSid),
                headers: [("X-Twilio-Signature", "forged")])
            #expect(forged.status == 403)
            _ = try await caller.callback(TwilioRoutes.callStatus, [("CallStatus", "completed"), ("CallDuration", "30")])
            var record: CallRecord?
            #expect(
                await eventually(timeout: .seconds(15)) {
                    record = try? await NextStepsTests.calls(stack).first { $0.call == caller.callSid }
                    return record != nil
                })
            #expect(record?.texts.contains { $0.status == "undelivered" && $0.note == "Twilio error 30003" } == true, "\(String(describing: record?.texts))")

            // STOP by text: Twilio answers it; Loop AI says nothing, and never texts that number.
            let number = "+919811111111"
            let texter = CallSimulator(baseURL: stack.gatewayURL, signingBaseURL: LoopStack.publicURL, authToken: stack.authToken, from: number)
            #expect(try await texter.text("STOP").isEmpty)
            let same = CallSimulator(baseURL: stack.gatewayURL, signingBaseURL: LoopStack.publicURL, authToken: stack.authToken, from: number)
            _ = try await same.start()
            _ = try await same.say("Tell me 2 hospitals in Mumbai")
            let refused = try await same.say("text me that")
            #expect(refused.text.contains("asked not to receive texts"), "\(refused.text)")
            try await Task.sleep(for: .milliseconds(500))
            #expect(NextStepsTests.messages(twilio).count == 1)
            #expect(try await texter.text("start").isEmpty)
            let allowed = try await same.say("text me that")
            #expect(allowed.text.contains("by text"), "\(allowed.text)")
            #expect(await eventually { NextStepsTests.messages(twilio).count == 2 })
        }
    }

    @Test("A brain killed after queueing an SMS and before sending it: another brain sends it, exactly once")
    func textSurvivesABrainKilled() async throws {
        let twilio = try await NextStepsTests.fakeTwilio()
        defer { Task { await twilio.stop() } }
        let stack = try await LoopStack(brains: 0, environment: NextStepsTests.environment(twilio, Self.unreachableTwilio))
        defer { Task { await stack.shutdown() } }
        try await Self.sentOnceAfterABrainIsKilled(stack, twilio: twilio) { _ in
            try await stack.redis.execute(ZRANGE(RedisKeys().outboxDue, start: 0, stop: -1)).count
        }
    }

    /// A first brain's Twilio is unreachable, so its job stays queued until it is killed.
    static let unreachableTwilio = ["TWILIO_API_URL": "http://127.0.0.1:\(freePort())", "OUTBOX_LEASE_SECONDS": "2"]

    /// On `stack` (no brain yet, ``unreachableTwilio``): a call asks for a text, the brain that
    /// queued it is killed before it could send, and a second brain sends it, once. `dueJobs`
    /// counts the outbox's due jobs for a call.
    static func sentOnceAfterABrainIsKilled(
        _ stack: LoopStack, twilio: FakeTwilioAPI, dueJobs: (CallSid) async throws -> Int
    ) async throws {
        let doomed = try await stack.startBrain()
        let caller = stack.caller()
        _ = try await caller.start()
        _ = try await caller.say("Tell me 3 hospitals in Pune")
        let promised = try await caller.say("text me that")
        #expect(promised.text.contains("by text"), "\(promised.text)")
        #expect(try await dueJobs(try #require(CallSid(caller.callSid))) == 1)
        #expect(await eventually(timeout: .seconds(40)) { doomed.log.contains("Twilio failed an outbox job") }, "\(doomed.log.suffix(3000))")
        await doomed.kill9()
        #expect(messages(twilio).isEmpty)
        try await stack.startBrain(environment: ["TWILIO_API_URL": twilio.baseURL])
        #expect(await eventually(timeout: .seconds(20)) { messages(twilio).count == 1 }, "\(stack.logs)")
        try await Task.sleep(for: .seconds(4))
        #expect(messages(twilio).count == 1)
        #expect(messages(twilio).first?.fields["To"] == caller.from)
    }

    static func messages(_ twilio: FakeTwilioAPI) -> [FakeTwilioAPI.Received] { NextStepsTests.messages(twilio) }

    @Test("A text message gets a <Message> answer from the same brain, with addresses, and follow-ups work")
    func inboundText() async throws {
        try await LoopStack.with { stack in
            let texter = stack.caller()
            let first = try await texter.text("hospitals in pune")
            #expect(first.count == 1)
            let reply = first.first ?? ""
            #expect(reply.contains("Pune") && reply.contains("1. ") && reply.contains("3. "), "\(reply)")
            #expect(reply.count <= 3 * 153)
            let more = try await texter.text("more")
            #expect((more.first ?? "").contains("The next"), "\(more)")
            #expect(more.first != reply)
            let many = try await texter.text("tell me 20 hospitals in mumbai")
            #expect((many.first ?? "").count <= 1600)
            let unsigned = try await texter.send(
                path: TwilioRoutes.sms, webhook: TwilioWebhook.sms("hi", from: texter.from, to: texter.to, accountSid: texter.accountSid),
                headers: [("X-Twilio-Signature", "forged")])
            #expect(unsigned.status == 403)
        }
    }
}
