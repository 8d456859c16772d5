import Foundation
import Redis
import Synchronization
import Testing

@testable import LoopTools

/// `loop capacity` against a real stack, briefly: the report has its levels, its result and its
/// floor in both voice modes, with every figure it promises read from the processes and Redis.
@Suite("loop capacity", .timeLimit(.minutes(2)))
struct CapacityRunTests {
    @Test("A few seconds at two calls report turns, CPU, memory, Redis commands and the floor in both modes")
    func shortRunReportsEveryFigure() async throws {
        try await LoopStack.with { stack in
            let relayPort = try await stack.startGateway(environment: ["VOICE_MODE": "relay"])
            var options = CapacityOptions()
            options.modes = [.gather, .relay]
            options.gatherURL = stack.gatewayURL
            options.relayURL = "http://127.0.0.1:\(relayPort)"
            options.publicURL = LoopStack.publicURL
            options.authToken = stack.authToken
            // A 5 s window: at the suite's own load (load average 11–14 with the other stacks) 1.5 s,
            // and once 3 s, caught no answered relay turn at all.
            options.pacing = CapacityPacing(rate: 20, think: 0.2, jitter: 0.25, settle: 0.2, window: 5)
            options.start = 2
            options.maximum = 2
            options.idleSeconds = 0.5
            // A bound, not a target: a loaded CI machine needs room for both modes and their floors.
            options.maxSeconds = 45
            options.gatewayPID = stack.gatewayProcesses[0].pid
            options.relayGatewayPID = stack.gatewayProcesses[1].pid
            options.brainPID = stack.brainProcesses[0].pid
            options.redis = try RedisEndpoint(url: stack.redis.url)
            let printed = Mutex<[String]>([])
            let outcome = try await CapacityRun(options: options, say: { line in printed.withLock { $0.append(line) } }).run()
            let report = printed.withLock { $0.joined(separator: "\n") }

            #expect(outcome.modes.map(\.mode) == [.gather, .relay])
            for mode in outcome.modes {
                let level = try #require(mode.levels.first, "\(report)")
                #expect(level.calls == 2)
                #expect(level.turns.answered > 0, "\(report)")
                #expect(level.turns.failures == 0, "\(report)")
                for role in ["gateway", "brain", "redis", "loop"] { #expect(level.cpuPerTurn(role) != nil, "\(role)\n\(report)") }
                #expect((level.redisCallsPerTurn ?? 0) > 0 && level.turnRedisCallsPerTurn != nil, "\(report)")
                #expect((level.resident["gateway"] ?? 0) > 0 && (level.resident["brain"] ?? 0) > 0)
                #expect(level.bytesPerCall != nil)
                let floor = try #require(mode.floor, "\(report)")
                #expect(floor.turns.latency.count > 0 && floor.turns.failures == 0, "\(report)")
            }
            #expect(report.contains("Machine: "))
            #expect(report.contains("Calls held at p99 ≤ 250 ms:"))
            #expect(report.contains("floor, GET /twilio/status"))
        }
    }
}
