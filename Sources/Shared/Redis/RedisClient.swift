import Logging
import Synchronization

/// A bounded pool of Redis connections for async code.
///
/// Each connection runs on a thread of its own (see ``RedisLane``), so blocking hiredis calls
/// never touch an event loop. Requests are spread round-robin; a lane whose connection broke
/// reconnects with backoff on its next request, and meanwhile fails fast with
/// ``RedisError/connection(_:)``.
public final class RedisClient: Sendable {
    public let endpoint: RedisEndpoint
    private let lanes: [RedisLane]
    private let next = Atomic<Int>(0)

    /// - Parameters:
    ///   - connections: how many connections (and threads) to keep; bounded, at least one.
    ///   - commandTimeout: the longest one round trip may take before the connection is dropped.
    public init(endpoint: RedisEndpoint, connections: Int = 4, commandTimeout: Duration = .seconds(1), name: String = "redis", logger: Logger) {
        self.endpoint = endpoint
        self.lanes = (0..<max(1, connections)).map { index in
            RedisLane(endpoint: endpoint, name: "\(name)-\(index)", commandTimeout: commandTimeout, logger: logger)
        }
    }

    /// Runs one command. Error replies are thrown as ``RedisError/server(_:)``.
    @discardableResult
    public func execute(_ command: RedisCommand) async throws -> RedisValue {
        try await pipeline([command])[0].orThrow()
    }

    /// Runs the commands back to back on one connection, in one write.
    /// Error replies come back in place as ``RedisValue/error(_:)``, so one failed command does not hide the others.
    public func pipeline(_ commands: [RedisCommand]) async throws -> [RedisValue] {
        guard !commands.isEmpty else { return [] }
        let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
        let lane = lanes[abs(index % lanes.count)]
        return try await lane.send(commands)
    }

    /// Answers queued requests, then closes every connection and stops their threads.
    public func shutdown() {
        for lane in lanes { lane.shutdown() }
    }
}
