import Logging
import Redis
import Runtime
import ServiceLifecycle
import Shared

/// The brain's consumers: tasks that each wait on the turn queue with a connection of their own
/// and answer one turn at a time (the reliable-queue pattern: `BLMOVE` into this worker's
/// processing list, removed only when the reply is committed).
///
/// Reading and committing sessions go through the shared pool instead, so the commands of many
/// consumers leave in one write. Waiting costs no thread: a blocked `BLMOVE` is only a pending
/// reply on an event loop. On
/// graceful shutdown the consumers stop taking turns, finish the ones they hold, and return.
final class TurnConsumers: Service, Sendable {
    let configuration: BrainConfiguration
    let processor: TurnProcessor
    let redis: RedisClient
    let workerID: String
    let logger: Logger
    private let loops = GracefulLoops()

    /// How long one `BLMOVE` blocks; also how quickly a stop request is noticed.
    static let blockSeconds = "1"

    init(configuration: BrainConfiguration, processor: TurnProcessor, redis: RedisClient, workerID: String, logger: Logger) {
        self.configuration = configuration
        self.processor = processor
        self.redis = redis
        self.workerID = workerID
        self.logger = logger
    }

    func run() async throws {
        // A blocking pop waits on one list, and in a cluster each shard has its own: every shard
        // gets at least one consumer, and the rest are spread over the shards in turn.
        let count = max(configuration.consumers, configuration.keys.shards.count)
        await loops.run(count: count) { index in await self.consume(index) }
        logger.notice("All consumers stopped")
    }

    private func consume(_ index: Int) async {
        let connection = ReconnectingRedisConnection(endpoint: configuration.redis, commandTimeout: .seconds(5), logger: logger)
        let shared = redis.connection(index)
        let queue = configuration.keys.shard(index)
        let processing = queue.processing(worker: workerID)
        let take = BLMOVE(queue.turns, processing, from: .right, to: .left, timeout: Self.blockSeconds)
        while !loops.isStopping {
            let raw: [UInt8]
            do {
                guard let taken = try await connection.execute(take) else { continue }
                raw = taken.bytes
            } catch {
                await loops.pause(.milliseconds(100))
                continue
            }
            processor.metrics.inFlight.increment()
            // The turn is ours now: keep trying until it is answered, even through a Redis outage
            // (it is safe in the processing list meanwhile). A stop request does not abandon it.
            var delay: Duration = .milliseconds(50)
            while true {
                do {
                    try await processor.process(raw, from: processing, on: shared)
                    break
                } catch {
                    logger.warning("Could not finish a turn; retrying", metadata: ["error": "\(error)"])
                    if Task.isCancelled || (loops.isStopping && delay > .seconds(1)) {
                        // Redis is down and we are asked to stop, or cancelled (no sleep would wait):
                        // leave the turn in the processing list for recovery.
                        break
                    }
                    try? await Task.sleep(for: delay)
                    delay = min(delay * 2, .seconds(2))
                }
            }
            processor.metrics.inFlight.decrement()
        }
        await connection.close()
    }
}
