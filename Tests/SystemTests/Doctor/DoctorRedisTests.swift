import Config
import Foundation
import Testing

@testable import LoopTools
@testable import Redis
@testable import Shared

/// `loop doctor` against a real redis-server: reachable, and the replicas `REDIS_WAIT_REPLICAS`
/// waits for.
@Suite("loop doctor and Redis", .serialized)
struct DoctorRedisTests {
    @Test("REDIS_WAIT_REPLICAS fails on a Redis without a replica and passes once one is connected; a reachable Redis passes")
    func replicasForWait() async throws {
        let primary = try await RedisServer()
        defer { Task { await primary.stop() } }
        let alone = try await Settings.load(environment: ["REDIS_URL": primary.url, "REDIS_WAIT_REPLICAS": "50"], environmentFile: nil)
        let before = await Doctor.redis(alone)
        #expect(before.contains { $0.check == "Redis" && $0.level == .ok }, "\(before.map(\.line))")
        #expect(before.contains { $0.check == "REDIS_WAIT_REPLICAS" && $0.level == .failure }, "\(before.map(\.line))")
        let replica = try await RedisServer(replicaOf: primary.port)
        defer { Task { await replica.stop() } }
        var after: [Doctor.Finding] = []
        // The replica connects to its primary within a moment.
        for _ in 0..<50 {
            after = await Doctor.redis(alone)
            if after.contains(where: { $0.check == "REDIS_WAIT_REPLICAS" && $0.level == .ok }) { break }
            try await Task.sleep(for: .milliseconds(100))
        }
        #expect(after.contains { $0.check == "REDIS_WAIT_REPLICAS" && $0.level == .ok }, "\(after.map(\.line))")
    }
}
