import Logging
import Redis
import ServiceLifecycle
import Shared

/// The console's background work on every gateway, every few seconds: filed calls that need a
/// callback put in the queue (``CallbackQueue/index(now:)``). Each gateway does it; doing it twice
/// changes nothing.
final class ConsoleWatcher: Service, Sendable {
    let queue: CallbackQueue
    let logger: Logger
    let interval: Duration
    private let loops = GracefulLoops()

    init(queue: CallbackQueue, interval: Duration = .seconds(3), logger: Logger) {
        self.queue = queue
        self.interval = interval
        self.logger = logger
    }

    func run() async throws {
        await loops.run(count: 1) { _ in await self.watch() }
    }

    private func watch() async {
        while !loops.isStopping {
            do {
                try await queue.index()
            } catch {
                logger.debug("Could not look for calls needing a callback", metadata: ["error": "\(error)"])
            }
            await loops.pause(interval)
        }
    }
}
