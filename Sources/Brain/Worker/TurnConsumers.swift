import Dispatch
import Foundation
import Logging
import ServiceLifecycle
import Shared
import Synchronization

/// The brain's consumer threads: each blocks on the turn queue with its own connection and
/// answers one turn at a time (the reliable-queue pattern: `BLMOVE` into this worker's
/// processing list, removed only when the reply is committed).
///
/// On graceful shutdown the threads stop taking turns, finish the ones they hold, and exit.
final class TurnConsumers: Service, Sendable {
    let configuration: BrainConfiguration
    let processor: TurnProcessor
    let logger: Logger
    private let stopping = Atomic<Bool>(false)
    private let finished = DispatchSemaphore(value: 0)

    /// How long one `BLMOVE` blocks; also how quickly a stop request is noticed.
    static let blockSeconds = "1"

    init(configuration: BrainConfiguration, processor: TurnProcessor, logger: Logger) {
        self.configuration = configuration
        self.processor = processor
        self.logger = logger
    }

    func run() async throws {
        for number in 0..<configuration.consumers {
            let thread = Thread { [self] in
                self.consume()
                self.finished.signal()
            }
            thread.name = "consumer-\(number)"
            thread.start()
        }
        try? await gracefulShutdown()
        logger.notice("Stopping: finishing the turns in hand")
        stopping.store(true, ordering: .relaxed)
        let consumers = configuration.consumers
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            DispatchQueue.global().async {
                for _ in 0..<consumers { self.finished.wait() }
                continuation.resume()
            }
        }
        logger.notice("All consumers stopped")
    }

    private func consume() {
        let connection = ReconnectingRedisConnection(endpoint: configuration.redis, commandTimeout: .seconds(5), logger: logger)
        let take: RedisCommand = ["BLMOVE", configuration.keys.turns, processor.processingList, "RIGHT", "LEFT", Self.blockSeconds]
        while !stopping.load(ordering: .relaxed) {
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
                    if stopping.load(ordering: .relaxed) && delay > 1 {
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
