import Foundation
import Redis

/// Reads and maintains the set of live brain workers (``RedisKeys/workers`` and their heartbeats).
public struct BrainRegistry: Sendable {
    let redis: RedisClient
    let keys: RedisKeys

    public init(redis: RedisClient, keys: RedisKeys) {
        self.redis = redis
        self.keys = keys
    }

    /// The workers whose heartbeat key still exists.
    public func liveWorkers() async throws -> [WorkerHeartbeat] {
        let names = try await redis.execute(ZRANGE(keys.workers))
        guard !names.isEmpty else { return [] }
        let values = try await redis.execute(MGET(names.map { keys.heartbeat(worker: $0) }))
        let decoder = JSONDecoder()
        return values.compactMap { value in
            value.flatMap { try? decoder.decode(WorkerHeartbeat.self, from: Data($0.bytes)) }
        }
    }
}
