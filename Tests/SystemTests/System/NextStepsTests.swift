import AsyncHTTPClient
import Foundation
import NIOCore
import Testing

@testable import LoopTools
@testable import Shared
@testable import Twilio

/// The original guide's next steps through real processes, a real redis-server and a local
/// server shaped like Twilio's REST API: call records, recording, a warm hand-off with voicemail
/// (texting is ``TextingTests``).
@Suite("Recording, hand-off and call records", .serialized, .timeLimit(.minutes(4)))
struct NextStepsTests {
    static let adminToken = "admin-token-0123456789abcdef"
    static let agentNumber = "+15550001111"

    /// A stack whose brains call `twilio` for SMS and recordings.
    static func environment(_ twilio: FakeTwilioAPI, _ extra: [String: String] = [:]) -> [String: String] {
        [
            "TWILIO_ACCOUNT_SID": twilio.accountSid, "TWILIO_API_URL": twilio.baseURL, "TWILIO_PHONE_NUMBER": "+15551234567",
            "ADMIN_TOKEN": adminToken, "CALL_RECORD_GRACE_SECONDS": "1",
        ].merging(extra) { $1 }
    }

    static func fakeTwilio() async throws -> FakeTwilioAPI {
        try await FakeTwilioAPI(users: ["AC" + String(repeating: "a", count: 32): "test-auth-token-0123456789abcdef"])
    }

    /// GET an admin route with the bearer token (or `token`).
    static func admin(_ stack: LoopStack, _ path: String, token: String? = adminToken) async throws -> (status: Int, body: String) {
        var request = HTTPClientRequest(url: stack.gatewayURL + path)
        if let token { request.headers.add(name: "Authorization", value: "Bearer \(token)") }
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(10))
        return (Int(response.status.code), String(buffer: try await response.body.collect(upTo: 1 << 22)))
    }

    /// POST JSON to an admin route with the bearer token.
    static func adminPost(_ stack: LoopStack, _ path: String, _ body: String) async throws -> (status: Int, body: String) {
        var request = HTTPClientRequest(url: stack.gatewayURL + path)
        request.method = .POST
        request.headers.add(name: "Authorization", value: "Bearer \(adminToken)")
        request.headers.add(name: "Content-Type", value: "application/json")
        request.body = .bytes(ByteBuffer(string: body))
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(10))
        return (Int(response.status.code), String(buffer: try await response.body.collect(upTo: 1 << 20)))
    }

    static func calls(_ stack: LoopStack) async throws -> [CallRecord] {
        let (status, body) = try await admin(stack, "/admin/calls")
        guard status == 200 else { return [] }
        return try JSONDecoder().decode(CallRecordStore.Page.self, from: Data(body.utf8)).calls
    }

    static func messages(_ twilio: FakeTwilioAPI) -> [FakeTwilioAPI.Received] {
        twilio.received.filter { $0.path.hasSuffix("/Messages.json") }
    }

    @Test("A call's record is complete once Twilio reports it completed: turns, outcome, places, names not in the list, duration")
    func callRecordAfterCompleted() async throws {
        let twilio = try await Self.fakeTwilio()
        defer { Task { await twilio.stop() } }
        try await LoopStack.with(environment: Self.environment(twilio)) { stack in
            #expect(try await Self.admin(stack, "/admin/calls", token: nil).status == 401)
            #expect(try await Self.admin(stack, "/admin/calls", token: "wrong-token-0123456789").status == 401)
            let caller = stack.caller()
            _ = try await caller.start()
            let listed = try await caller.say("Tell me 3 hospitals around Bangalore")
            #expect(listed.text.contains("Bengaluru"), "\(listed.text)")
            let missing = try await caller.say("Is Zyxwv Galactic Hospital in my network in Pune?")
            #expect(missing.text.hasPrefix("No"), "\(missing.text)")
            _ = try await caller.say("goodbye")
            #expect(try await caller.callback(TwilioRoutes.callStatus, [("CallStatus", "completed"), ("CallDuration", "42")]).status == 204)

            var record: CallRecord?
            let closed = await eventually(timeout: .seconds(15)) {
                record = try? await Self.calls(stack).first { $0.call == caller.callSid }
                return record != nil
            }
            #expect(closed, "no record in /admin/calls")
            guard let record else { return }
            #expect(record.status == "completed")
            #expect(record.mode == "gather")
            #expect(record.duration == 42)
            #expect(record.turns.count == 4)
            #expect(record.outcome == .found)
            #expect(record.places.contains("Bengaluru"))
            #expect(record.hospitals.count >= 3)
            #expect(record.notFound == ["Zyxwv Galactic (Pune)"], "\(record.notFound)")
            #expect(record.caller == "+91******5678")
            #expect(!(try await Self.admin(stack, "/admin/calls").body.contains("9876545678")), "a caller number in clear")

            let filtered = try await Self.admin(stack, "/admin/calls?outcome=hand-off")
            #expect(filtered.status == 200 && !filtered.body.contains(caller.callSid))
            #expect(try await Self.admin(stack, "/admin/calls?outcome=nonsense").status == 400)
            #expect(try await Self.admin(stack, "/admin/calls?from=yesterday").status == 400)

            let summaryBody = try await Self.admin(stack, "/admin/summary")
            let summary = try JSONDecoder().decode(CallSummary.self, from: Data(summaryBody.body.utf8))
            #expect(summary.calls == 1)
            #expect(summary.outcomes["found"] == 1)
            #expect(summary.topNotFound.first?.name == "Zyxwv Galactic (Pune)")
            #expect(summary.averageTurns == 4)

            let report = try ManagedProcess.run(TestPaths.binary("loop"), ["report", "--redis-url", stack.redis.url])
            #expect(report.contains("Calls: 1"), "\(report)")
            #expect(report.contains("Zyxwv Galactic (Pune): 1"), "\(report)")
        }
    }

    @Test("Recorded calls: the greeting says so and starts the recording in its own TwiML, 'don't record' stops it in the answer's own TwiML before saying so, the record keeps it")
    func recording() async throws {
        let twilio = try await Self.fakeTwilio()
        defer { Task { await twilio.stop() } }
        try await LoopStack.with(environment: Self.environment(twilio, ["RECORD_CALLS": "true"])) { stack in
            let caller = stack.caller()
            let greeting = try await caller.start()
            #expect(greeting.text.contains("recorded"), "\(greeting.text)")
            // No REST request that could reach Twilio before the call is in progress (error 21220):
            // the greeting's TwiML starts the recording itself, before anything else.
            let xml = greeting.documents.first?.xml ?? ""
            #expect(
                xml.contains(
                    #"<Response><Start><Recording name="loopai-call" channels="dual" recordingStatusCallback="/twilio/recording-status" recordingStatusCallbackMethod="POST" recordingStatusCallbackEvent="in-progress completed absent"/></Start>"#
                ), "\(xml)")
            let inProgress = try await caller.callback(
                TwilioRoutes.recordingStatus,
                [("RecordingSid", "RE0123456789abcdef0123456789abcdef"), ("RecordingStatus", "in-progress"), ("RecordingSource", "StartCallRecordingTwiML")])
            #expect(inProgress.status == 204)
            let stopped = try await caller.say("please don't record this call")
            #expect(stopped.text.contains("stopped recording"), "\(stopped.text)")
            // Stopped by the answer itself, before the caller is told: no REST stop that could fail after they heard it.
            let stoppedXML = stopped.documents.last?.xml ?? ""
            #expect(stoppedXML.hasPrefix(#"<?xml version="1.0" encoding="UTF-8"?><Response><Stop><Recording name="loopai-call"/></Stop>"#), "\(stoppedXML)")
            let status = try await caller.callback(
                TwilioRoutes.recordingStatus,
                [
                    ("RecordingSid", "RE0123456789abcdef0123456789abcdef"), ("RecordingUrl", "https://api.twilio.com/recordings/RE0123"),
                    ("RecordingStatus", "completed"), ("RecordingDuration", "7"), ("RecordingChannels", "1"), ("RecordingSource", "StartCallRecordingAPI"),
                ])
            #expect(status.status == 204)
            _ = try await caller.callback(TwilioRoutes.callStatus, [("CallStatus", "completed"), ("CallDuration", "12")])
            var record: CallRecord?
            #expect(
                await eventually(timeout: .seconds(15)) {
                    record = try? await Self.calls(stack).first { $0.call == caller.callSid }
                    return record != nil
                })
            #expect(record?.recording?.sid == "RE0123456789abcdef0123456789abcdef")
            #expect(record?.recording?.url == "https://api.twilio.com/recordings/RE0123")
            #expect(record?.recording?.duration == 7)
            #expect(record?.recording?.stoppedByCaller == true)
            #expect(!twilio.received.contains { $0.path.hasSuffix("/Recordings.json") }, "recording is never started through REST")
            #expect(!twilio.received.contains { $0.path.hasSuffix("/Recordings/Twilio.CURRENT.json") }, "a <Gather> call's recording is stopped in TwiML")

            // A recording Twilio could not make is noted on the call's record, with Twilio's reason.
            let second = stack.caller()
            _ = try await second.start()
            let absent = try await second.callback(
                TwilioRoutes.recordingStatus, [("RecordingSid", "RE" + String(repeating: "d", count: 32)), ("RecordingStatus", "absent"), ("ErrorCode", "21220")])
            #expect(absent.status == 204)
            _ = try await second.callback(TwilioRoutes.callStatus, [("CallStatus", "completed"), ("CallDuration", "5")])
            var failed: CallRecord?
            #expect(
                await eventually(timeout: .seconds(15)) {
                    failed = try? await Self.calls(stack).first { $0.call == second.callSid }
                    return failed != nil
                })
            #expect(failed?.recording?.status == "absent" && failed?.recording?.note == "Twilio error 21220", "\(String(describing: failed?.recording))")
        }
    }

    @Test("A warm hand-off: the agent hears the context and must press 1; unanswered, the caller leaves a message the agents can list")
    func warmHandoffWithVoicemail() async throws {
        try await LoopStack.with(environment: ["HUMAN_AGENT_NUMBER": Self.agentNumber, "ADMIN_TOKEN": Self.adminToken]) { stack in
            let caller = stack.caller()
            _ = try await caller.start()
            _ = try await caller.say("Tell me hospitals in Pune")
            let transfer = try await caller.say("I want to talk to a real person")
            #expect(transfer.next == .dial(Self.agentNumber))
            let document = try #require(transfer.documents.last)
            #expect(document.dialAction == TwilioRoutes.dialStatus)
            let whisperURL = try #require(document.whisperURL)
            #expect(whisperURL.hasPrefix(TwilioRoutes.agentWhisper + "?topic="))

            // The agent's leg: Twilio fetches the whisper when the agent's phone answers.
            let agent = CallSimulator(
                baseURL: stack.gatewayURL, signingBaseURL: LoopStack.publicURL, authToken: stack.authToken, from: "+15551234567", to: Self.agentNumber)
            let whisper = try await agent.post(
                path: whisperURL, webhook: TwilioWebhook.callback([], callSid: agent.callSid, from: agent.from, to: agent.to, accountSid: agent.accountSid))
            #expect(whisper.text.contains("Loop AI caller, asking about network hospitals in Pune"), "\(whisper.text)")
            #expect(whisper.text.contains("Press 1"))
            guard case .gather(let acceptAction, _) = whisper.next else {
                Issue.record("no gather in \(whisper.xml)")
                return
            }
            // A voicemail box never presses 1: the agent's leg is hung up, never bridged.
            let ignored = try await agent.callback(acceptAction, [])
            #expect(try TwiMLDocument(xml: ignored.body).next == .hangup)

            let unanswered = try await caller.post(
                path: TwilioRoutes.dialStatus,
                webhook: TwilioWebhook.callback(
                    [("DialCallStatus", "no-answer"), ("DialCallSid", "CA" + String(repeating: "b", count: 32)), ("DialCallDuration", "0")],
                    callSid: caller.callSid, from: caller.from, to: caller.to, accountSid: caller.accountSid))
            #expect(unanswered.text.contains("leave a short message"), "\(unanswered.text)")
            #expect(unanswered.next == .record(action: TwilioRoutes.voicemail))
            #expect(unanswered.transcribeCallback == TwilioRoutes.voicemailTranscription)
            let recordingSid = "RE" + String(repeating: "c", count: 32)
            let thanked = try await caller.post(
                path: TwilioRoutes.voicemail,
                webhook: TwilioWebhook.callback(
                    [
                        ("RecordingSid", recordingSid), ("RecordingUrl", "https://api.twilio.com/recordings/\(recordingSid)"), ("RecordingDuration", "9"),
                        ("Digits", "hangup"),
                    ],
                    callSid: caller.callSid, from: caller.from, to: caller.to, accountSid: caller.accountSid))
            #expect(thanked.text.contains("message has been recorded"))
            #expect(thanked.next == .hangup)
            let transcribed = try await caller.callback(
                TwilioRoutes.voicemailTranscription,
                [("RecordingSid", recordingSid), ("TranscriptionText", "Please call me back about Ruby Hall."), ("TranscriptionStatus", "completed")])
            #expect(transcribed.status == 204)

            let listed = try await Self.admin(stack, "/admin/voicemails")
            #expect(listed.status == 200)
            let voicemails = try JSONDecoder().decode(VoicemailBody.self, from: Data(listed.body.utf8)).voicemails
            #expect(voicemails.count == 1)
            #expect(voicemails.first?.recordingURL == "https://api.twilio.com/recordings/\(recordingSid)")
            #expect(voicemails.first?.transcription == "Please call me back about Ruby Hall.")
            #expect(voicemails.first?.context?.contains("Pune") == true)
            #expect(voicemails.first?.caller == "+91******5678")

            // An agent who presses 1 takes the call: when the bridge ends, Loop AI just hangs up.
            let second = stack.caller()
            _ = try await second.start()
            _ = try await second.say("I want an agent")
            let pressed = try await agent.callback(acceptAction, [("Digits", "1"), ("ParentCallSid", second.callSid)])
            #expect(try TwiMLDocument(xml: pressed.body).next == .end)
            let bridged = try await second.post(
                path: TwilioRoutes.dialStatus,
                webhook: TwilioWebhook.callback(
                    [("DialCallStatus", "completed"), ("DialCallDuration", "95")], callSid: second.callSid, from: second.from, to: second.to,
                    accountSid: second.accountSid))
            #expect(bridged.said.isEmpty && bridged.next == .hangup, "\(bridged.xml)")

            // Twilio's own `DialBridged=true` says a person took the call even without the press marker.
            let third = stack.caller()
            _ = try await third.start()
            _ = try await third.say("connect me to an agent")
            let joined = try await third.post(
                path: TwilioRoutes.dialStatus,
                webhook: TwilioWebhook.callback(
                    [("DialCallStatus", "completed"), ("DialCallDuration", "40"), ("DialBridged", "true")], callSid: third.callSid, from: third.from,
                    to: third.to, accountSid: third.accountSid))
            #expect(joined.said.isEmpty && joined.next == .hangup, "\(joined.xml)")
        }
    }

    struct VoicemailBody: Decodable {
        var voicemails: [Voicemail]
    }
}
