import AsyncHTTPClient
import Foundation
import HummingbirdTesting
import Testing

@testable import Gateway
@testable import LoopTools
@testable import Shared
@testable import Twilio

/// What a caller hears when no brain is alive: the gateway answers at once, in the call's
/// language, and nothing the caller leaves is lost.
@Suite("Calls with no brain alive", .timeLimit(.minutes(3)))
struct NoBrainTests {
    @Test("With no brain alive, a new caller hears at once an apology in the call's language and is handed to the agent, or told goodbye when there is none")
    func noBrainAlive() async throws {
        let redis = try await RedisServer()
        defer { Task { await redis.stop() } }
        let alone = try await GatewayHarness.configuration(redis: redis.url)
        try await GatewayHarness.app(alone).test(.live) { (client: any TestClientProtocol) async throws in
            let started = ContinuousClock.now
            let greeting = String(buffer: try await client.post(GatewayHarness.request("/twilio/voice", fields: GatewayHarness.speech(""), token: nil)).body)
            // No wait for a brain that does not exist: no hold is said (below), and the answer comes well before the ~12 s a caller waited before; a loaded machine is allowed for.
            #expect(ContinuousClock.now - started < .seconds(10), "the caller waited for a brain that does not exist")
            #expect(greeting.contains("look up hospitals right now.") && greeting.hasSuffix("<Hangup/></Response>"), "\(greeting)")
            #expect(!greeting.contains("ask me again") && !greeting.contains("<Redirect"))
        }
        let withAgent = try await GatewayHarness.configuration(
            redis: redis.url, extra: ["HUMAN_AGENT_NUMBER": "+919876500000", "HUMAN_AGENT_CALLER_ID": "+15550009999", "DEFAULT_LANGUAGE": "hi"])
        try await GatewayHarness.app(withAgent).test(.live) { (client: any TestClientProtocol) async throws in
            let greeting = String(buffer: try await client.post(GatewayHarness.request("/twilio/voice", fields: GatewayHarness.speech(""), token: nil)).body)
            #expect(greeting.contains(#"<Say voice="Polly.Aditi" language="hi-IN">माफ़ कीजिए, अभी मैं अस्पताल नहीं देख पा रही हूँ।"#), "\(greeting)")
            #expect(greeting.contains(#"callerId="+15550009999""#) && greeting.contains(">+919876500000</Number>"), "\(greeting)")
            #expect(greeting.contains(#"action="/twilio/dial-status?lang=hi""#), "\(greeting)")
        }
    }

    @Test("With no brain alive as a hand-off ends unanswered, the caller is invited at once to leave a message in the call's language; a bridged call just ends")
    func handoffEndsWithoutBrain() async throws {
        let redis = try await RedisServer()
        defer { Task { await redis.stop() } }
        let alone = try await GatewayHarness.configuration(redis: redis.url, extra: ["HUMAN_AGENT_NUMBER": "+15550001111"])
        try await GatewayHarness.app(alone).test(.live) { (client: any TestClientProtocol) async throws in
            let dialEnded = GatewayHarness.speech("") + [("DialCallStatus", "no-answer"), ("DialCallDuration", "0")]
            let started = ContinuousClock.now
            let hindi = String(buffer: try await client.post(GatewayHarness.request("/twilio/dial-status?lang=hi", fields: dialEnded, token: nil)).body)
            #expect(ContinuousClock.now - started < .seconds(10), "the caller waited for a brain that does not exist")
            #expect(hindi.contains("बीप के बाद एक छोटा संदेश छोड़िए"), "\(hindi)")
            #expect(hindi.contains(#"action="/twilio/voicemail?lang=hi""#) && hindi.contains(#"transcribe="false""#), "\(hindi)")
            #expect(hindi.hasSuffix("<Hangup/></Response>") && !hindi.contains("<Redirect"), "\(hindi)")
            let english = String(buffer: try await client.post(GatewayHarness.request("/twilio/dial-status", fields: dialEnded, token: nil)).body)
            #expect(english.contains("leave a short message after the beep") && english.contains(#"transcribeCallback="/twilio/voicemail-transcription""#), "\(english)")
            let bridged = GatewayHarness.speech("") + [("DialCallStatus", "completed"), ("DialCallDuration", "95"), ("DialBridged", "true")]
            let ended = String(buffer: try await client.post(GatewayHarness.request("/twilio/dial-status", fields: bridged, token: nil)).body)
            #expect(ended.hasSuffix("<Response><Hangup/></Response>"), "\(ended)")
        }
        // Each is still queued for the brains to come: the call's record and its voicemail.
        #expect(try await redis.execute(Ask("LLEN", RedisKeys().turns)).int == 3)
    }

    @Test("A message left while no brain is alive is thanked at once, and listed by the first brain back, however late")
    func voicemailWaitsForABrain() async throws {
        let agent = "+15550002222"
        try await LoopStack.with(environment: ["HUMAN_AGENT_NUMBER": agent, "ADMIN_TOKEN": NextStepsTests.adminToken]) { stack in
            let caller = stack.caller()
            _ = try await caller.start()
            _ = try await caller.say("Tell me hospitals in Pune")
            #expect(try await caller.say("I want to talk to a real person").next == .dial(agent))
            for brain in stack.brainProcesses { await brain.stop() }

            let unanswered = try await caller.post(
                path: TwilioRoutes.dialStatus,
                webhook: TwilioWebhook.callback(
                    [("DialCallStatus", "no-answer"), ("DialCallDuration", "0")], callSid: caller.callSid, from: caller.from, to: caller.to,
                    accountSid: caller.accountSid))
            #expect(unanswered.text.contains("leave a short message"), "\(unanswered.text)")
            #expect(unanswered.next == .record(action: TwilioRoutes.voicemail))
            let recordingSid = "RE" + String(repeating: "e", count: 32)
            let thanked = try await caller.post(
                path: TwilioRoutes.voicemail,
                webhook: TwilioWebhook.callback(
                    [("RecordingSid", recordingSid), ("RecordingUrl", "https://api.twilio.com/recordings/\(recordingSid)"), ("RecordingDuration", "7")],
                    callSid: caller.callSid, from: caller.from, to: caller.to, accountSid: caller.accountSid))
            #expect(thanked.text.contains("message has been recorded") && thanked.next == .hangup, "\(thanked.text)")

            // Past the age at which a brain drops a turn Twilio gave up on: a message is never such a turn.
            try await Task.sleep(for: .seconds(31))
            try await stack.startBrain()
            let listed = await eventually(timeout: .seconds(20)) {
                guard let (status, body) = try? await NextStepsTests.admin(stack, "/admin/voicemails"), status == 200,
                    let list = try? JSONDecoder().decode(VoicemailList.self, from: Data(body.utf8))
                else { return false }
                return list.voicemails.contains { $0.recordingURL == "https://api.twilio.com/recordings/\(recordingSid)" && $0.context?.contains("Pune") == true }
            }
            #expect(listed, "the message left while no brain was alive was never listed")
        }
    }
}
