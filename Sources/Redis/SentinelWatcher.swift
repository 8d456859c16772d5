import Logging
import ServiceLifecycle

/// Listens to the sentinels for `+switch-master` and tells every connection of this process to
/// find the new primary (``RedisSentinel/generation``), so a fail-over is followed at once rather
/// than at the next failed command.
public struct SentinelWatcher: Service {
    let sentinel: RedisSentinel
    let logger: Logger

    public init(sentinel: RedisSentinel, logger: Logger) {
        self.sentinel = sentinel
        self.logger = logger
    }

    public func run() async throws {
        // Nothing to finish on shutdown: the subscription simply ends.
        await cancelWhenGracefulShutdown { await watch() }
    }

    private func watch() async {
        var next = 0
        while !Task.isCancelled {
            let node = sentinel.nodes[next % sentinel.nodes.count]
            next += 1
            do {
                let connection = try await RedisConnection.connect(to: sentinel.endpoint(of: node), commandTimeout: .seconds(2))
                try await connection.execute(SUBSCRIBE("+switch-master"))
                next -= 1
                // Ends when the sentinel goes away (then the next one is tried) or on shutdown.
                await withTaskCancellationHandler {
                    for await message in connection.pushes {
                        announce(message)
                    }
                } onCancel: {
                    Task { await connection.close() }
                }
                await connection.close()
            } catch {
                logger.debug("Sentinel subscription failed; trying the next sentinel", metadata: ["sentinel": "\(node)", "error": "\(error)"])
                try? await Task.sleep(for: .milliseconds(200))
            }
        }
    }

    private func announce(_ message: RedisValue) {
        guard let parts = message.array, parts.count == 3, let text = parts[2].string, text.hasPrefix(sentinel.master + " ") else { return }
        RedisSentinel.generation.add(1, ordering: .relaxed)
        logger.notice("Sentinel announced a new Redis primary", metadata: ["switch": "\(text)"])
    }
}
