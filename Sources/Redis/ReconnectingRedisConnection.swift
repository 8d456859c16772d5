import Logging
import Metrics
import NIOCore
import NIOPosix
import Synchronization

/// A shared connection that reconnects on demand with exponential backoff.
///
/// Any number of tasks may use it at once: their commands are pipelined on one socket. While
/// Redis is down it fails fast (no connect attempt inside the backoff window), so callers can
/// answer the caller at once instead of stacking connect timeouts; while one task connects, the
/// others wait for that attempt instead of making their own.
///
/// A pipeline that fails on a dropped connection is sent once more on a fresh one when every
/// command in it is safe to repeat (``RedisCommandType/isSafeToResend``). The channel notices a
/// server that closed the connection as soon as it happens, so an idle connection is replaced
/// before anything is sent on it.
public final class ReconnectingRedisConnection: RedisCommandRunner {
    public let endpoint: RedisEndpoint
    private let connectTimeout: Duration
    private let commandTimeout: Duration
    private let logger: Logger
    private let reconnects: Counter
    private let state = Mutex(State())
    /// Set in cluster mode: commands then go to the node serving their slot, each node through a
    /// connection of its own (this one holds none).
    private let cluster: RedisClusterClient?

    private struct State {
        var connection: RedisConnection?
        var connecting: EventLoopFuture<RedisConnection>?
        var backoff: Duration = .zero
        var nextAttempt: ContinuousClock.Instant = .now
        var everConnected = false
        var lastError: RedisError?
        /// ``RedisSentinel/generation`` when the connection was made.
        var generation = 0
        var closed = false
    }

    private enum Next {
        case use(RedisConnection)
        case wait(EventLoopFuture<RedisConnection>)
        case connect(EventLoopPromise<RedisConnection>)
        case fail(RedisError)
    }

    public static let minimumBackoff: Duration = .milliseconds(50)
    public static let maximumBackoff: Duration = .seconds(2)

    public init(endpoint: RedisEndpoint, connectTimeout: Duration = .milliseconds(500), commandTimeout: Duration = .seconds(2), logger: Logger) {
        self.endpoint = endpoint
        self.connectTimeout = connectTimeout
        self.commandTimeout = commandTimeout
        self.logger = logger
        self.reconnects = Counter(label: "loopai_redis_reconnects_total")
        self.cluster = endpoint.cluster.map {
            RedisClusterClient(cluster: $0, endpoint: endpoint, connectTimeout: connectTimeout, commandTimeout: commandTimeout, logger: logger)
        }
    }

    /// Runs `body` on a live connection, connecting first if needed.
    /// A connection-level failure drops the connection so the next call reconnects.
    public func with<T: Sendable>(_ body: (RedisConnection) async throws(RedisError) -> T) async throws(RedisError) -> T {
        guard cluster == nil else { throw .connection("\(endpoint): a cluster has no one connection; send commands instead") }
        let connection = try await connected()
        do {
            return try await body(connection)
        } catch {
            if error.isConnectionProblem || !connection.isUsable { drop(connection, error) }
            throw error
        }
    }

    /// Sends the commands back to back on one connection. When the connection drops under them,
    /// or the server turns out to be a replica (a fail-over), they are sent once more on a fresh
    /// connection (the first reconnect after a drop is immediate) if that cannot apply anything twice.
    public func pipeline(_ commands: [any RedisCommandType]) async throws(RedisError) -> [RedisValue] {
        if let cluster { return try await cluster.pipeline(commands) }
        let safe = commands.allSatisfy { $0.isSafeToResend && !$0.isBlocking }
        do {
            let (connection, replies) = try await with { connection throws(RedisError) in (connection, try await connection.pipeline(commands)) }
            guard replies.contains(where: Self.isReadOnly) else { return replies }
            drop(connection, .connection("\(endpoint): the server is now a read-only replica"))
            guard safe else { return replies }
        } catch {
            guard error.isConnectionProblem, safe else { throw error }
        }
        return try await with { connection throws(RedisError) in try await connection.pipeline(commands) }
    }

    /// Closes the connection; later calls fail with ``RedisError/shutdown``.
    public func close() async {
        await cluster?.close()
        let connection = state.withLock { state in
            state.closed = true
            defer { state.connection = nil }
            return state.connection
        }
        await connection?.close()
    }

    private static func isReadOnly(_ reply: RedisValue) -> Bool {
        if case .error(let message) = reply { return message.hasPrefix("READONLY") }
        return false
    }

    private func connected() async throws(RedisError) -> RedisConnection {
        var stale: RedisConnection?
        let next = state.withLock { state -> Next in
            if state.closed { return .fail(.shutdown) }
            if let connection = state.connection {
                let moved = endpoint.sentinel != nil && RedisSentinel.generation.load(ordering: .relaxed) != state.generation
                if connection.isUsable && !moved { return .use(connection) }
                stale = connection
                state.connection = nil
                state.lastError = .connection(moved ? "\(endpoint): a sentinel announced a new primary" : "\(endpoint): the connection closed")
                state.nextAttempt = .now
            }
            if let connecting = state.connecting { return .wait(connecting) }
            if ContinuousClock.now < state.nextAttempt { return .fail(state.lastError ?? .connection("\(endpoint): reconnecting")) }
            let promise = MultiThreadedEventLoopGroup.singleton.any().makePromise(of: RedisConnection.self)
            state.connecting = promise.futureResult
            return .connect(promise)
        }
        if let stale {
            logger.warning("Lost Redis connection", metadata: ["redis": "\(endpoint)"])
            await stale.close()
        }
        switch next {
        case .use(let connection):
            return connection
        case .fail(let error):
            throw error
        case .wait(let future):
            do {
                return try await future.get()
            } catch {
                throw error as? RedisError ?? .connection("\(endpoint): \(error)")
            }
        case .connect(let promise):
            do {
                let (fresh, generation) = try await connect()
                let reconnected = state.withLock { state -> Bool in
                    defer {
                        state.everConnected = true
                        state.backoff = .zero
                        state.lastError = nil
                        state.connection = fresh
                        state.connecting = nil
                        state.generation = generation
                    }
                    return state.everConnected
                }
                if reconnected {
                    reconnects.increment()
                    logger.notice("Reconnected to Redis", metadata: ["redis": "\(endpoint)"])
                }
                promise.succeed(fresh)
                return fresh
            } catch {
                scheduleRetry(after: error)
                promise.fail(error)
                throw error
            }
        }
    }

    /// A new connection: to the endpoint, or to the primary the sentinels name, checked to be one.
    private func connect() async throws(RedisError) -> (RedisConnection, generation: Int) {
        guard let sentinel = endpoint.sentinel else {
            return (try await RedisConnection.connect(to: endpoint, connectTimeout: connectTimeout, commandTimeout: commandTimeout), 0)
        }
        let generation = RedisSentinel.generation.load(ordering: .relaxed)
        var primary = endpoint
        primary.address = try await sentinel.primary(connectTimeout: connectTimeout)
        primary.sentinel = nil
        let connection = try await RedisConnection.connect(to: primary, connectTimeout: connectTimeout, commandTimeout: commandTimeout)
        // Sentinels can lag a fail-over by a moment: never settle on a replica.
        let role = try? await connection.execute(ROLE()).first?.string
        guard role == "master" else {
            await connection.close()
            throw .connection("\(primary) is not the primary yet")
        }
        return (connection, generation)
    }

    private func drop(_ connection: RedisConnection, _ error: RedisError) {
        let current = state.withLock { state -> Bool in
            guard state.connection === connection else { return false }
            state.connection = nil
            // The first reconnect is immediate: most drops are a server restart or an idle timeout.
            state.lastError = error
            state.nextAttempt = .now
            return true
        }
        guard current else { return }
        logger.warning("Lost Redis connection", metadata: ["redis": "\(endpoint)", "error": "\(error)"])
        Task { await connection.close() }
    }

    private func scheduleRetry(after error: RedisError) {
        let (backoff, first) = state.withLock { state in
            state.connecting = nil
            state.backoff = state.backoff == .zero ? Self.minimumBackoff : min(state.backoff * 2, Self.maximumBackoff)
            state.nextAttempt = .now + state.backoff
            defer { state.lastError = error }
            return (state.backoff, state.lastError == nil)
        }
        if first || backoff == Self.maximumBackoff {
            logger.warning(
                "Redis unreachable; retrying with backoff",
                metadata: ["redis": "\(endpoint)", "error": "\(error)", "backoff_ms": "\(Int((backoff / .milliseconds(1)).rounded()))"])
        }
    }
}
