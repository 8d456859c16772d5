import AsyncHTTPClient
import Foundation
import Testing

@testable import LoopTools
@testable import Shared
@testable import Twilio

/// The voice page and the dashboard in a real headless Chromium (Debian's `chromium` and
/// `chromium-driver`, driven by Selenium from `Tests/Browser/pages_test.py`), against a real
/// stack with a real call's record behind the charts.
///
/// With `LOOPAI_SCREENSHOTS` set to a folder, the screenshots are kept there (`scripts/screenshots`
/// uses it to refresh `docs/screenshots/`).
@Suite("Pages in a real browser", .serialized, .timeLimit(.minutes(4)))
struct BrowserTests {
    static let token = "admin-token-0123456789abcdef"

    @Test("Voice page and dashboard: ask, see cards, follow up, start again, in each offered language; log in, see charts from real calls, upload a list; markup stays text")
    func pagesInChromium() async throws {
        // Twilio's REST API, local: the voicemail's recording is played from it through the gateway.
        let twilio = try await NextStepsTests.fakeTwilio()
        defer { Task { await twilio.stop() } }
        let recording = "RE" + String(repeating: "a", count: 32)
        twilio.addRecording(sid: recording)
        try await LoopStack.with(
            environment: [
                "ADMIN_TOKEN": Self.token, "HOSPITALS_SOURCE": "redis", "CALL_RECORD_GRACE_SECONDS": "0", "HUMAN_AGENT_NUMBER": "+15550001111",
                "TWILIO_ACCOUNT_SID": twilio.accountSid, "TWILIO_API_URL": twilio.baseURL, "LANGUAGES": "en,hi,mr,kn",
            ]
        ) { stack in
            let caller = stack.caller()
            _ = try await caller.start()
            _ = try await caller.say("Tell me 3 hospitals in Pune")
            _ = try await caller.say("Is Zyxwv Galactic Hospital in my network in Pune?")
            _ = try await caller.callback(TwilioRoutes.callStatus, [("CallStatus", "completed"), ("CallDuration", "30")])
            let recorded = await eventually(timeout: .seconds(10)) {
                var request = HTTPClientRequest(url: stack.gatewayURL + "/admin/calls")
                request.headers.add(name: "Authorization", value: "Bearer \(Self.token)")
                guard let response = try? await HTTPClient.shared.execute(request, timeout: .seconds(5)),
                    let body = try? await response.body.collect(upTo: 1 << 20)
                else { return false }
                return String(buffer: body).contains(caller.callSid)
            }
            #expect(recorded)
            // A caller who asked about a claim, wanted a person, and left a message nobody took.
            let member = stack.caller()
            _ = try await member.start()
            _ = try await member.say("my claim for the knee surgery was rejected")
            _ = try await member.say("I want to talk to a person")
            _ = try await member.callback(TwilioRoutes.dialStatus, [("DialCallStatus", "no-answer")])
            _ = try await member.callback(
                TwilioRoutes.voicemail,
                [("RecordingSid", recording), ("RecordingUrl", "https://api.twilio.com/2010-04-01/Accounts/\(twilio.accountSid)/Recordings/\(recording)"), ("RecordingDuration", "12")])

            let screenshots =
                ProcessInfo.processInfo.environment["LOOPAI_SCREENSHOTS"] ?? stack.directory.appendingPathComponent("screenshots").path
            let script = TestPaths.packageRoot.appendingPathComponent("Tests/Browser/pages_test.py").path
            // The python3 on PATH: the one scripts/test installed Selenium into.
            let (status, log) = try ManagedProcess.runWithStatus(
                "/usr/bin/env",
                [
                    "python3", script, "--base", stack.gatewayURL, "--token", Self.token, "--screenshots", screenshots,
                    // The script pauses Redis and the brain to see the dashboard go stale and raise a critical banner.
                    "--redis-pid", String(stack.redis.pid ?? 0), "--brain-pid", String(stack.brainProcesses[0].pid),
                ])
            #expect(status == 0, "\(log)\n\(stack.logs)")
            #expect(log.contains("all browser checks passed"), "\(log)")
            for name in ["voice-page.png", "voice-page-phone.png", "voice-page-hindi-phone.png", "voice-page-kannada.png", "dashboard.png", "call.png", "call-phone.png", "callbacks.png", "upload-preview.png", "dashboard-phone.png"] {
                #expect(FileManager.default.fileExists(atPath: screenshots + "/" + name), "no \(name)")
            }
        }
    }
}
