import Logging
import Metrics

/// A connection that reconnects on demand with exponential backoff.
///
/// Owned by one thread, like ``RedisConnection``. While Redis is down it fails fast
/// (no connect attempt inside the backoff window), so callers can answer the caller at once
/// instead of stacking connect timeouts.
///
/// A connection idle for more than ``idleCheck`` is checked with `PING` before use, so a socket
/// that died while nobody used it (Redis restarted) is replaced before any command is sent on it.
/// A pipeline that still fails on a dropped connection is sent once more on a fresh one when
/// every command in it is safe to repeat (``RedisCommand/isSafeToRetry``).
public final class ReconnectingRedisConnection {
    public let endpoint: RedisEndpoint
    private let connectTimeout: Duration
    private let commandTimeout: Duration
    private let logger: Logger
    private let reconnects: Counter
    private var connection: RedisConnection?
    private var backoff: Duration = .zero
    private var nextAttempt: ContinuousClock.Instant = .now
    private var everConnected = false
    private var lastError: RedisError?
    private var lastUsed: ContinuousClock.Instant = .now
    /// ``RedisSentinel/generation`` when this connection was made.
    private var generation = 0

    /// How long a connection may sit unused before it is checked with `PING`.
    public static let idleCheck: Duration = .seconds(1)

    public static let minimumBackoff: Duration = .milliseconds(50)
    public static let maximumBackoff: Duration = .seconds(2)

    public init(endpoint: RedisEndpoint, connectTimeout: Duration = .milliseconds(500), commandTimeout: Duration = .seconds(2), logger: Logger) {
        self.endpoint = endpoint
        self.connectTimeout = connectTimeout
        self.commandTimeout = commandTimeout
        self.logger = logger
        self.reconnects = Counter(label: "loopai_redis_reconnects_total")
    }

    /// Runs `body` on a live connection, connecting first if needed.
    /// A connection-level failure drops the connection so the next call reconnects.
    public func with<T>(_ body: (RedisConnection) throws(RedisError) -> T) throws(RedisError) -> T {
        let connection = try connected()
        do {
            defer { lastUsed = .now }
            return try body(connection)
        } catch {
            if !connection.isUsable || error.isConnectionProblem {
                drop(error)
            }
            throw error
        }
    }

    /// Sends the commands in one write. When the connection drops under them, or the server turns
    /// out to be a replica (a fail-over), they are sent once more on a fresh connection (the first
    /// reconnect after a drop is immediate) if that cannot apply anything twice.
    public func pipeline(_ commands: [RedisCommand]) throws(RedisError) -> [RedisValue] {
        let safe = commands.allSatisfy(\.isSafeToRetry)
        do {
            let replies = try with { connection throws(RedisError) in try connection.pipeline(commands) }
            guard replies.contains(where: Self.isReadOnly) else { return replies }
            drop(.connection("\(endpoint): the server is now a read-only replica"))
            guard safe else { return replies }
        } catch {
            guard error.isConnectionProblem, safe else { throw error }
        }
        return try with { connection throws(RedisError) in try connection.pipeline(commands) }
    }

    public func execute(_ command: RedisCommand) throws(RedisError) -> RedisValue {
        try pipeline([command])[0]
    }

    public func close() {
        connection?.close()
        connection = nil
    }

    private static func isReadOnly(_ reply: RedisValue) -> Bool {
        if case .error(let message) = reply { return message.hasPrefix("READONLY") }
        return false
    }

    private func connected() throws(RedisError) -> RedisConnection {
        if let connection, connection.isUsable, endpoint.sentinel != nil, RedisSentinel.generation.load(ordering: .relaxed) != generation {
            drop(.connection("\(endpoint): a sentinel announced a new primary"))
        }
        if let connection, connection.isUsable {
            guard ContinuousClock.now - lastUsed > Self.idleCheck else { return connection }
            // Idle for a while: make sure the socket is still alive before trusting it with a command.
            if case .status? = try? connection.execute(.ping) { return connection }
            drop(.connection("\(endpoint): idle connection was closed"))
        }
        connection = nil
        if ContinuousClock.now < nextAttempt {
            throw lastError ?? .connection("\(endpoint): reconnecting")
        }
        do {
            let fresh = try connect()
            if everConnected {
                reconnects.increment()
                logger.notice("Reconnected to Redis", metadata: ["redis": "\(endpoint)"])
            }
            everConnected = true
            backoff = .zero
            lastError = nil
            connection = fresh
            return fresh
        } catch {
            scheduleRetry(after: error)
            throw error
        }
    }

    /// A new connection: to the endpoint, or to the primary the sentinels name, checked to be one.
    private func connect() throws(RedisError) -> RedisConnection {
        guard let sentinel = endpoint.sentinel else {
            return try RedisConnection(endpoint: endpoint, connectTimeout: connectTimeout, commandTimeout: commandTimeout)
        }
        generation = RedisSentinel.generation.load(ordering: .relaxed)
        var primary = endpoint
        primary.address = try sentinel.primary(connectTimeout: connectTimeout)
        primary.sentinel = nil
        let connection = try RedisConnection(endpoint: primary, connectTimeout: connectTimeout, commandTimeout: commandTimeout)
        // Sentinels can lag a fail-over by a moment: never settle on a replica.
        guard let role = try connection.execute(["ROLE"]).array?.first?.string, role == "master" else {
            connection.close()
            throw .connection("\(primary) is not the primary yet")
        }
        return connection
    }

    private func drop(_ error: RedisError) {
        connection?.close()
        connection = nil
        logger.warning("Lost Redis connection", metadata: ["redis": "\(endpoint)", "error": "\(error)"])
        // The first reconnect is immediate: most drops are a server restart or an idle timeout.
        lastError = error
        nextAttempt = .now
    }

    private func scheduleRetry(after error: RedisError) {
        backoff = backoff == .zero ? Self.minimumBackoff : min(backoff * 2, Self.maximumBackoff)
        nextAttempt = .now + backoff
        if lastError == nil || backoff == Self.maximumBackoff {
            logger.warning(
                "Redis unreachable; retrying with backoff",
                metadata: [
                    "redis": "\(endpoint)", "error": "\(error)", "backoff_ms": "\(backoff.milliseconds)",
                ])
        }
        lastError = error
    }
}
