import Logging
import ServiceLifecycle
import Synchronization

/// A small pool of shared Redis connections for async code, run as a service.
///
/// Connections live on SwiftNIO's event loops: nothing blocks a thread, and commands sent at
/// the same moment by many tasks share one write on one connection. Requests are spread
/// round-robin; a connection that broke reconnects with backoff on its next request, and
/// meanwhile fails fast with ``RedisError/connection(_:)``.
///
/// Nothing connects until the first command. As a `Service`, the client closes its connections
/// on graceful shutdown; list it before the services that use it, so it stops after them.
public final class RedisClient: Service, RedisCommandRunner {
    public let endpoint: RedisEndpoint
    private let connections: [ReconnectingRedisConnection]
    private let next = Atomic<Int>(0)

    /// - Parameters:
    ///   - connections: how many connections to keep; at least one. Pipelining makes a few enough.
    ///   - commandTimeout: the longest one reply may take before its connection is dropped.
    public init(endpoint: RedisEndpoint, connections: Int = 2, commandTimeout: Duration = .seconds(1), name: String = "redis", logger: Logger) {
        self.endpoint = endpoint
        var logger = logger
        logger[metadataKey: "redis_pool"] = "\(name)"
        self.connections = (0..<max(1, connections)).map { _ in
            ReconnectingRedisConnection(endpoint: endpoint, commandTimeout: commandTimeout, logger: logger)
        }
    }

    /// Runs the commands back to back on one connection.
    /// Error replies come back in place as ``RedisValue/error(_:)``, so one failed command does not hide the others.
    public func pipeline(_ commands: [any RedisCommandType]) async throws(RedisError) -> [RedisValue] {
        guard !commands.isEmpty else { return [] }
        return try await nextConnection().pipeline(commands)
    }

    /// The next connection, round-robin.
    func nextConnection() -> ReconnectingRedisConnection {
        connection(next.wrappingAdd(1, ordering: .relaxed).oldValue)
    }

    /// One of the pool's connections, for work that must stay on one connection (`WAIT` after a
    /// write applies to the writes of its own connection); `index` wraps around the pool.
    public func connection(_ index: Int) -> ReconnectingRedisConnection {
        connections[abs(index % connections.count)]
    }

    /// Waits for graceful shutdown, then closes the connections.
    public func run() async throws {
        try? await gracefulShutdown()
        await shutdown()
    }

    /// Closes every connection; later commands fail with ``RedisError/shutdown``.
    public func shutdown() async {
        for connection in connections { await connection.close() }
    }
}
