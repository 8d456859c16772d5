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

        let gateway = try #require(await LoopStack.get(stack.gatewayURL + "/metrics"))
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
}
