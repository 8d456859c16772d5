import Foundation
import Testing

@testable import Gateway
@testable import LoopTools
@testable import Shared

/// `/metrics` on every process, scraped after real calls.
@Suite("Metrics", .serialized, .timeLimit(.minutes(3)))
struct MetricsTests {
    @Test("Gateway and brain expose the operational metrics in Prometheus format")
    func scrape() async throws {
        let brainPort = freePort()
        let stack = try await LoopStack(environment: ["BRAIN_METRICS_PORT": String(brainPort), "HOST": "127.0.0.1"])
        let caller = stack.caller()
        _ = try await caller.start()
        _ = try await caller.say("Tell me 3 hospitals in Pune")
        _ = try await caller.say("What's the weather like?")
        let unsigned = CallSimulator(baseURL: stack.gatewayURL, signingBaseURL: LoopStack.publicURL, authToken: "wrong-token")
        _ = try? await unsigned.start()

        let gateway = try #require(await LoopStack.get(stack.metricsURL(gateway: stack.gatewayPorts[0])))
        #expect(gateway.status == 200)
        for name in [
            "http_server_request_duration_seconds_bucket", "/twilio/process-speech", "loopai_signature_rejections_total",
            "loopai_replies_missed_budget_total", "loopai_redis_reconnects_total",
        ] {
            #expect(gateway.body.contains(name), "gateway /metrics lacks \(name)")
        }
        let scraped = await eventually(timeout: .seconds(5)) {
            (await LoopStack.get("http://127.0.0.1:\(brainPort)/metrics")?.body ?? "").contains("loopai_queue_depth")
        }
        #expect(scraped)
        let brain = try #require(await LoopStack.get("http://127.0.0.1:\(brainPort)/metrics"))
        for name in [
            "loopai_turn_queue_wait_seconds_bucket", "loopai_turn_processing_seconds_bucket", "loopai_turn_total_seconds_bucket",
            "loopai_turns_in_flight", "loopai_brain_workers_alive", "loopai_queue_depth", "loopai_hospitals_loaded",
            "loopai_dialog_outcomes_total{intent=\"list\"", "loopai_dialog_outcomes_total{intent=\"handoff\",outcome=\"handed-off\"}",
        ] {
            #expect(brain.body.contains(name), "brain /metrics lacks \(name)")
        }
        let health = try #require(await LoopStack.get("http://127.0.0.1:\(brainPort)/health"))
        #expect(health.body.contains("\"hospitals\":2179"))
        await stack.shutdown()
    }

    @Test("The gateway's /metrics is not public on the webhook port: its own listener on loopback serves it, the webhook port only with the admin token")
    func gatewayMetricsApart() async throws {
        let token = "admin-token-0123456789abcdef"
        try await LoopStack.with { stack in
            #expect(await LoopStack.get(stack.gatewayURL + "/metrics")?.status == 404, "/metrics answered on the webhook port without admin")
            #expect(await LoopStack.get(stack.metricsURL(gateway: stack.gatewayPorts[0]))?.body.contains("loopai_signature_rejections_total") == true)
            let log = stack.gatewayProcesses[0].log
            #expect(log.split(separator: "\n").contains { $0.contains("Gateway metrics listening") && $0.contains("[IPv4]127.0.0.1/") }, "\(log.prefix(2000))")
        }
        try await LoopStack.with(environment: ["ADMIN_TOKEN": token]) { stack in
            let client = AdminDashboardTests.Browser(base: stack.gatewayURL)
            #expect(try await client.send(.GET, "/metrics").status == 401)
            let scraped = try await client.send(.GET, "/metrics", headers: [("Authorization", "Bearer \(token)")])
            #expect(scraped.status == 200 && scraped.body.contains("loopai_signature_rejections_total"))
        }
    }
}
