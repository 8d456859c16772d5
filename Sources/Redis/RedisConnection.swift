import NIOCore
import NIOPosix

/// One Redis connection on a SwiftNIO channel.
///
/// Safe to share: any number of tasks may send on it at once, and what they send within one
/// event-loop tick goes out in one write (see ``RedisChannelHandler``). Nothing blocks a thread;
/// a blocking command (`BLMOVE`) simply gets its reply later, so give it a connection of its
/// own and a command timeout longer than its own.
public final class RedisConnection: RedisCommandRunner {
    public let endpoint: RedisEndpoint
    private let channel: any Channel
    /// Replies that answer no command: pub/sub messages after `SUBSCRIBE`. Ends when the connection closes.
    public let pushes: AsyncStream<RedisValue>

    private init(endpoint: RedisEndpoint, channel: any Channel, pushes: AsyncStream<RedisValue>) {
        self.endpoint = endpoint
        self.channel = channel
        self.pushes = pushes
    }

    /// Connects, logs in and selects the database.
    /// - Parameters:
    ///   - connectTimeout: how long to wait for the TCP or unix-socket connection.
    ///   - commandTimeout: the longest any reply may take before the connection is closed.
    public static func connect(
        to endpoint: RedisEndpoint, connectTimeout: Duration = .milliseconds(500), commandTimeout: Duration = .seconds(2),
        group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    ) async throws(RedisError) -> RedisConnection {
        let (pushes, pushContinuation) = AsyncStream.makeStream(of: RedisValue.self, bufferingPolicy: .bufferingNewest(1024))
        let timeout = TimeAmount(commandTimeout)
        let bootstrap = ClientBootstrap(group: group)
            .connectTimeout(TimeAmount(connectTimeout))
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    let handler = try RedisChannelHandler(
                        commandTimeout: timeout, onPush: { pushContinuation.yield($0) }, onClose: { pushContinuation.finish() })
                    try channel.pipeline.syncOperations.addHandler(handler)
                }
            }
        let channel: any Channel
        do {
            switch endpoint.address {
            case .tcp(let host, let port):
                channel = try await bootstrap.channelOption(.socketOption(.tcp_nodelay), value: 1)
                    .channelOption(.socketOption(.so_keepalive), value: 1)
                    .connect(host: host, port: port).get()
            case .unixSocket(let path):
                channel = try await bootstrap.connect(unixDomainSocketPath: path).get()
            }
        } catch {
            pushContinuation.finish()
            throw .connection("\(endpoint): \(error)")
        }
        let connection = RedisConnection(endpoint: endpoint, channel: channel, pushes: pushes)
        do {
            try await connection.logIn()
        } catch {
            await connection.close()
            throw error
        }
        return connection
    }

    private func logIn() async throws(RedisError) {
        if let password = endpoint.password {
            do {
                try await execute(AUTH(username: endpoint.username, password: password))
            } catch {
                throw .connection("authentication to \(endpoint) failed: \(error)")
            }
        }
        if endpoint.database != 0 {
            do {
                try await execute(SELECT(endpoint.database))
            } catch {
                throw .connection("cannot select database \(endpoint.database): \(error)")
            }
        }
    }

    /// False once the connection closed; the owner should drop it and make a new one.
    public var isUsable: Bool { channel.isActive }

    public func close() async {
        try? await channel.close()
    }

    /// Sends the commands back to back and returns their replies in order.
    ///
    /// A cancelled task stops waiting at once with ``RedisError/cancelled``; the commands may
    /// still run, and their replies are read and dropped so the connection stays in step.
    public func pipeline(_ commands: [any RedisCommandType]) async throws(RedisError) -> [RedisValue] {
        try await send(commands.map { RESPCommand($0) })
    }

    func send(_ commands: [RESPCommand]) async throws(RedisError) -> [RedisValue] {
        guard !commands.isEmpty else { return [] }
        guard !Task.isCancelled else { throw .cancelled }
        let promise = channel.eventLoop.makePromise(of: [RedisValue].self)
        channel.writeAndFlush(RedisRequest(commands: commands, promise: promise)).whenFailure { error in
            promise.fail(error as? RedisError ?? .connection("\(self.endpoint): \(error)"))
        }
        do {
            return try await withTaskCancellationHandler {
                try await promise.futureResult.get()
            } onCancel: {
                promise.fail(RedisError.cancelled)
            }
        } catch let error as RedisError {
            throw error
        } catch {
            throw .connection("\(endpoint): \(error)")
        }
    }
}
