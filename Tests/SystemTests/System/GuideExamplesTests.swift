import Foundation
import Testing

@testable import LoopTools
@testable import Shared

/// The original integration guide's "Testing Without Phone Call" commands, run with curl exactly
/// as the guide shows them.
@Suite("The integration guide's curl examples", .serialized, .timeLimit(.minutes(3)))
struct GuideExamplesTests {
    /// Runs curl with the arguments after `curl` in the guide, returning the status and body.
    static func curl(_ arguments: [String]) throws -> (status: Int, body: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        process.arguments = ["-s", "-w", "\n%{http_code}"] + arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        let status = Int(text.split(separator: "\n").last ?? "") ?? 0
        return (status, String(text.dropLast(String(status).count + 1)))
    }

    @Test("Without an auth token, the guide's two commands get real answers, and a free-form CallSid keeps its session")
    func guideCommandsWorkLocally() async throws {
        let stack = try await LoopStack(authToken: nil)
        defer { Task { await stack.shutdown() } }
        let url = stack.gatewayURL

        let voice = try Self.curl(["-X", "POST", "\(url)/twilio/voice"])
        #expect(voice.status == 200, "\(voice.body)\n\(stack.logs)")
        #expect(try TwiMLDocument(xml: voice.body).text.contains("Loop AI"))

        let speech = try Self.curl([
            "-X", "POST", "\(url)/twilio/process-speech", "-F", "SpeechResult=Tell me hospitals in Delhi", "-F", "CallSid=test-call-123",
        ])
        #expect(speech.status == 200, "\(speech.body)")
        let answer = try TwiMLDocument(xml: speech.body).text
        #expect(answer.contains("New Delhi"), "\(answer)")

        let more = try Self.curl(["-X", "POST", "\(url)/twilio/process-speech", "-F", "SpeechResult=more", "-F", "CallSid=test-call-123"])
        #expect(more.status == 200)
        let key = RedisKeys().session(call: CallSid.standIn(for: "test-call-123"))
        #expect(try await stack.redis.execute(Ask("HGET", key, "version")).int == 2)
    }

    @Test("With an auth token set, a multipart post is refused as Twilio never sends one")
    func strictWithAToken() async throws {
        let stack = try await LoopStack()
        defer { Task { await stack.shutdown() } }
        let refused = try Self.curl([
            "-X", "POST", "\(stack.gatewayURL)/twilio/process-speech", "-F", "SpeechResult=Tell me hospitals in Delhi", "-F", "CallSid=test-call-123",
        ])
        #expect(refused.status == 415)
        let unsigned = try Self.curl(["-X", "POST", "\(stack.gatewayURL)/twilio/voice"])
        #expect(unsigned.status == 403)
    }
}
