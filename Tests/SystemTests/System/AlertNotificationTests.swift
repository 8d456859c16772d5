import AsyncHTTPClient
import Foundation
import Testing

@testable import Gateway
@testable import LoopTools
@testable import Shared

/// The console's alerts reaching people: a local webhook receiver and a local SMTP sink, never a
/// real service. Two gateways watch; each incident is sent once when raised and once resolved.
@Suite("Alert notifications", .serialized, .timeLimit(.minutes(3)))
struct AlertNotificationTests {
    @Test("No brain alive is posted and mailed once while it lasts, then resolved once; the daily report is made once, sent and on the dashboard")
    func alertsAndReport() async throws {
        let receiver = try await WebhookReceiver()
        let directory = try TestPaths.temporaryDirectory("smtp")
        let sink = try await SMTPSink(directory: directory)
        let environment = [
            "ADMIN_TOKEN": NextStepsTests.adminToken, "ALERT_WEBHOOK_URL": receiver.url, "ALERT_EMAIL_TO": "ops@insurer.example",
            "ALERT_EMAIL_FROM": "loop-ai@insurer.example", "ALERT_SMTP_URL": sink.url, "DAILY_REPORT_HOUR": "0",
        ]
        let stack = try await LoopStack(gateways: 2, environment: environment)
        do {
            // Hour 0: the report of the day before is due at once; one gateway makes it.
            #expect(await eventually(timeout: .seconds(20)) { receiver.count("Loop AI daily report for") == 1 }, "\(receiver.received)")
            let report = receiver.received.first { $0.contains("daily report") } ?? ""
            #expect(report.contains("0 calls") && report.contains("hand-offs: 0 answered, 0 unanswered") && report.contains("0 emergencies"), "\(report)")
            let (status, body) = try await NextStepsTests.admin(stack, "/admin/overview")
            #expect(status == 200 && body.contains(#""report":{"#) && body.contains(#""answeredWithoutPerson":0"#), "\(body.prefix(400))")

            await stack.brainProcesses[0].stop()
            #expect(await eventually(timeout: .seconds(30)) { receiver.count("Loop AI critical: No brain is alive") == 1 }, "\(receiver.received)")
            #expect(receiver.received.last?.contains("since") == true && receiver.received.last?.contains("IST") == true, "\(receiver.received)")
            // Four more rounds on both gateways: still one message for the incident.
            try await Task.sleep(for: .seconds(12))
            #expect(receiver.count("No brain is alive") == 1, "\(receiver.received)")

            try await stack.startBrain()
            #expect(await eventually(timeout: .seconds(30)) { receiver.count("Loop AI resolved: No brain alive") == 1 }, "\(receiver.received)")
            try await Task.sleep(for: .seconds(7))
            #expect(receiver.count("resolved: No brain alive") == 1 && receiver.count("daily report") == 1, "\(receiver.received)")

            #expect(await eventually(timeout: .seconds(15)) { sink.log.contains("Subject: [Loop AI] Resolved: No brain alive") }, "\(sink.log)")
            #expect(sink.log.components(separatedBy: "Subject: [Loop AI] Critical: No brain alive").count == 2, "\(sink.log)")
            #expect(sink.log.contains("Subject: [Loop AI] Daily report for") && sink.log.contains("To: ops@insurer.example"), "\(sink.log)")
        } catch {
            Issue.record("\(error)\n\(stack.logs)")
        }
        await stack.shutdown()
        await sink.stop()
        await receiver.stop()
    }
}
