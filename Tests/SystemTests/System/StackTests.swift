import Foundation
import Testing

@testable import Gateway
@testable import LoopTools
@testable import Shared

/// The production topology on loopback: nginx round-robin in front of two gateways, three brains,
/// one redis-server. Horizontal scaling is what this test shows, not what it assumes.
@Suite("Horizontally scaled stack", .serialized, .timeLimit(.minutes(3)))
struct StackTests {
    @Test("Calls through nginx continue while a gateway and a brain are restarted mid-call")
    func callsSurviveRestartsBehindNginx() async throws {
        let stack = try await LoopStack(brains: 3, gateways: 2, environment: ["REPLY_TIMEOUT_MS": "3000", "REPLY_REDIRECTS": "4"])
        let nginx = try NginxServer(upstreams: stack.gatewayPorts, directory: stack.directory)
        defer { Task { await nginx.stop() } }
        let up = await eventually(timeout: .seconds(10)) { await LoopStack.get(nginx.url + "/ready")?.status == 200 }
        #expect(up, "nginx did not come up: \(nginx.process.log)")

        let deadline = ContinuousClock.now + .seconds(9)
        async let records = FaultToleranceTests.load(urls: [nginx.url], token: stack.authToken, callers: 6, until: deadline)
        try await Task.sleep(for: .seconds(2))
        try await stack.restartGateway(0)
        try await Task.sleep(for: .seconds(1))
        try await stack.restartBrain(1)
        let finished = await records
        try await FaultToleranceTests.expectNoTurnLostOrRepeated(finished, redis: stack.redis, logs: stack.logs)
        #expect(finished.map(\.turns).reduce(0, +) > 100)

        // Both gateways served webhooks: the calls really were spread.
        for port in stack.gatewayPorts {
            let metrics = await LoopStack.get(stack.metricsURL(gateway: port))?.body ?? ""
            #expect(metrics.contains("/twilio/process-speech"), "gateway \(port) served no speech turns")
        }
        await nginx.stop()
        await stack.shutdown()
    }

    @Test("A whole call through nginx, greeting to goodbye, signed for the public URL")
    func wholeCallThroughProxy() async throws {
        let stack = try await LoopStack(brains: 1, gateways: 2)
        let nginx = try NginxServer(upstreams: stack.gatewayPorts, directory: stack.directory)
        _ = await eventually(timeout: .seconds(10)) { await LoopStack.get(nginx.url + "/ready")?.status == 200 }
        let caller = CallSimulator(baseURL: nginx.url, signingBaseURL: LoopStack.publicURL, authToken: stack.authToken)
        #expect(try await caller.start().text.contains("Loop AI"))
        #expect(try await caller.say("Tell me 3 hospitals around Bangalore").text.contains("306 network hospitals in Bengaluru"))
        #expect(try await caller.say("Can you confirm if Manipal Sarjapur in Bangalore is in my network?").text.hasPrefix("Yes"))
        #expect(try await caller.say("bye").ended)
        await nginx.stop()
        await stack.shutdown()
    }
}
