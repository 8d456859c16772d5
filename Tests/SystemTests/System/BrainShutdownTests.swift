import Foundation
import TestSupport
import Testing

@testable import Shared

/// A brain always stops: asked to at any moment of its start-up or of a Redis outage, and when one
/// of its own services fails at start (which cancels the others rather than asking them to finish).
@Suite("Brains that stop", .serialized, .timeLimit(.minutes(4)))
struct BrainShutdownTests {
    /// On the small fixture list: loading the real one in several brains at once would starve the
    /// tests running beside these.
    static func brain(_ redis: RedisServer, _ directory: URL, name: String, metricsPort: Int = 0) throws -> ManagedProcess {
        try ManagedProcess(
            name: name, executable: TestPaths.binary("brain"), arguments: ["serve"],
            environment: [
                "REDIS_URL": redis.url, "HOSPITALS_CSV": PackagePaths.fixtureList, "LOG_LEVEL": "info",
                "BRAIN_METRICS_PORT": String(metricsPort), "BRAIN_CONSUMERS": "16",
            ], directory: directory)
    }

    @Test("A brain whose status server cannot start (its port taken) exits within seconds instead of spinning on cancelled consumers")
    func failedServiceStopsTheBrain() async throws {
        let redis = try await RedisServer()
        defer { Task { await redis.stop() } }
        let directory = try TestPaths.temporaryDirectory("brain-stop")
        // redis-server holds this port, so the brain's /metrics listener cannot bind it.
        let brain = try Self.brain(redis, directory, name: "brain-port-taken", metricsPort: redis.port)
        // Its services start once the list is loaded, however loaded the machine is; then it must end.
        let started = await eventually(timeout: .seconds(60)) { brain.log.contains("Brain started") || !brain.isRunning }
        #expect(started, "\(brain.log.suffix(2000))")
        await brain.waitForExit(timeout: .seconds(10))
        #expect(!brain.isRunning, "the brain kept running after a service failed:\n\(brain.log.suffix(2000))")
        await brain.kill9()
    }

    @Test("SIGTERM at random moments of start-up, and of a Redis outage, ends every brain within a few seconds")
    func stopsAtRandomMoments() async throws {
        let redis = try await RedisServer()
        defer { Task { await redis.stop() } }
        let directory = try TestPaths.temporaryDirectory("brain-stop")
        var generator = SystemRandomNumberGenerator()
        for round in 0..<3 {
            let brain = try Self.brain(redis, directory, name: "brain-start-\(round)")
            try await Task.sleep(for: .milliseconds(Int.random(in: 0...1500, using: &generator)))
            brain.signal(SIGTERM)
            await brain.waitForExit(timeout: .seconds(5))
            #expect(!brain.isRunning, "round \(round): still running 5 s after SIGTERM during start-up:\n\(brain.log.suffix(2000))")
            await brain.kill9()
        }
        for round in 0..<2 {
            let brain = try Self.brain(redis, directory, name: "brain-outage-\(round)")
            let started = await eventually(timeout: .seconds(30)) { brain.log.contains("Brain started") || !brain.isRunning }
            #expect(started && brain.isRunning, "\(brain.log.suffix(2000))")
            await redis.stop()
            try await Task.sleep(for: .milliseconds(Int.random(in: 0...1500, using: &generator)))
            brain.signal(SIGTERM)
            await brain.waitForExit(timeout: .seconds(8))
            #expect(!brain.isRunning, "round \(round): still running 8 s after SIGTERM during a Redis outage:\n\(brain.log.suffix(2000))")
            await brain.kill9()
            try await redis.start()
        }
    }
}
