import Foundation
import Logging
import ServiceLifecycle

/// Listens to the sentinels for `+switch-master` and tells every connection of this process to
/// find the new primary (``RedisSentinel/generation``), so a fail-over is followed at once rather
/// than at the next failed command.
public struct SentinelWatcher: Service {
    let sentinel: RedisSentinel
    let logger: Logger
    private let threads = BlockingThreads()

    public init(sentinel: RedisSentinel, logger: Logger) {
        self.sentinel = sentinel
        self.logger = logger
    }

    public func run() async throws {
        await threads.run(name: "sentinel-watcher", count: 1) { _ in self.watch() }
    }

    private func watch() {
        var next = 0
        while !threads.isStopping {
            let node = sentinel.nodes[next % sentinel.nodes.count]
            next += 1
            do {
                // A short read timeout lets the loop notice shutdown; the subscription is renewed.
                let connection = try RedisConnection(
                    endpoint: RedisEndpoint(address: .tcp(host: node.host, port: node.port), password: sentinel.password),
                    connectTimeout: .milliseconds(500), commandTimeout: .seconds(1))
                defer { connection.close() }
                _ = try connection.execute(["SUBSCRIBE", "+switch-master"])
                next -= 1
                while !threads.isStopping {
                    guard let message = try? connection.nextMessage() else { break }
                    if let parts = message.array, parts.count == 3, parts[2].string?.hasPrefix(sentinel.master + " ") == true {
                        RedisSentinel.generation.add(1, ordering: .relaxed)
                        logger.notice("Sentinel announced a new Redis primary", metadata: ["switch": "\(parts[2].string ?? "")"])
                    }
                }
            } catch {
                logger.debug("Sentinel subscription failed; trying the next sentinel", metadata: ["sentinel": "\(node)", "error": "\(error)"])
                Thread.sleep(forTimeInterval: 0.2)
            }
        }
    }
}
