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
        let members = try await redis.execute(.zrangeAll(keys.workers)).array ?? []
        let names = members.compactMap(\.string)
        guard !names.isEmpty else { return [] }
        let values = try await redis.execute(.mget(names.map { keys.heartbeat(worker: $0) })).array ?? []
        let decoder = JSONDecoder()
        return values.compactMap { value in
            value.bytes.flatMap { try? decoder.decode(WorkerHeartbeat.self, from: Data($0)) }
        }
    }
}
