import Foundation
import Logging
import Redis
import Runtime
import ServiceLifecycle
import Shared

/// Waits on this gateway's reply list and hands each reply to its waiter.
///
/// One connection serves every open request of the process, so waiting costs no connection per
/// request. The loop wakes at least every ``pollInterval`` to expire waiters whose budget ran
/// out, and reconnects with backoff when Redis goes away.
final class ReplyListener: Service, Sendable {
    let endpoint: RedisEndpoint
    let list: RedisKey
    let waiters: ReplyWaiters
    let logger: Logger
    private let loops = GracefulLoops()

    static let pollInterval: Duration = .milliseconds(50)
    static let batch = 128

    init(endpoint: RedisEndpoint, list: RedisKey, waiters: ReplyWaiters, logger: Logger) {
        self.endpoint = endpoint
        self.list = list
        self.waiters = waiters
        self.logger = logger
    }

    func run() async throws {
        // Stops after the HTTP server (shut down before us) has answered its requests.
        await loops.run(count: 1) { _ in await self.listen() }
        waiters.expireAll()
    }

    private func listen() async {
        let connection = ReconnectingRedisConnection(endpoint: endpoint, commandTimeout: .seconds(2), logger: logger)
        let pop = BLMPOP(list, from: .left, count: Self.batch, timeout: String(format: "%.3f", Self.pollInterval.seconds))
        while !loops.isStopping {
            do {
                // Up to `batch` replies per wake-up, in one round trip.
                for item in try await connection.execute(pop)?.items ?? [] { deliver(item.bytes) }
            } catch {
                await loops.pause(Self.pollInterval)
            }
            waiters.expire()
        }
        await connection.close()
    }

    private func deliver(_ bytes: [UInt8]) {
        guard let reply = TurnReply(framed: bytes) else {
            logger.error("Dropped a malformed reply from the reply list")
            return
        }
        if !waiters.deliver(reply) {
            logger.debug("Reply arrived after its request stopped waiting", metadata: ["turn": "\(reply.turn)"])
        }
    }
}
