import Foundation
import Logging
import ServiceLifecycle
import Shared

/// The brain's consumer threads: each blocks on the turn queue with its own connection and
/// answers one turn at a time (the reliable-queue pattern: `BLMOVE` into this worker's
/// processing list, removed only when the reply is committed).
///
/// On graceful shutdown the threads stop taking turns, finish the ones they hold, and exit.
final class TurnConsumers: Service, Sendable {
    let configuration: BrainConfiguration
    let processor: TurnProcessor
    let logger: Logger
    private let threads = BlockingThreads()

    /// How long one `BLMOVE` blocks; also how quickly a stop request is noticed.
    static let blockSeconds = "1"

    init(configuration: BrainConfiguration, processor: TurnProcessor, logger: Logger) {
        self.configuration = configuration
        self.processor = processor
        self.logger = logger
    }

    func run() async throws {
        await threads.run(name: "consumer", count: configuration.consumers) { _ in self.consume() }
        logger.notice("All consumers stopped")
    }

    private func consume() {
        let connection = ReconnectingRedisConnection(endpoint: configuration.redis, commandTimeout: .seconds(5), logger: logger)
        let take = RedisCommand.blmove(configuration.keys.turns, processor.processingList, from: .right, to: .left, timeout: Self.blockSeconds)
        while !threads.isStopping {
            let raw: [UInt8]
            do {
                guard let bytes = try connection.execute(take).orThrow().bytes else { continue }
                raw = bytes
            } catch {
                Thread.sleep(forTimeInterval: 0.1)
                continue
            }
            processor.metrics.inFlight.increment()
            // The turn is ours now: keep trying until it is answered, even through a Redis outage
            // (it is safe in the processing list meanwhile). A stop request does not abandon it.
            var delay = 0.05
            while true {
                do {
                    try processor.process(raw, on: connection)
                    break
                } catch {
                    logger.warning("Could not finish a turn; retrying", metadata: ["error": "\(error)"])
                    if threads.isStopping && delay > 1 {
                        // Redis is down and we are asked to stop: leave the turn for recovery.
                        break
                    }
                    Thread.sleep(forTimeInterval: delay)
                    delay = min(delay * 2, 2)
                }
            }
            processor.metrics.inFlight.decrement()
        }
        connection.close()
    }
}
