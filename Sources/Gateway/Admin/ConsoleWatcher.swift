import Logging
import Redis
import Runtime
import ServiceLifecycle
import Shared

/// The console's background work on every gateway, every few seconds: filed calls that need a
/// callback put in the queue (``CallbackQueue/index(now:)``), and the alerts and daily report
/// (``AlertWatch``). Each gateway does it; doing it twice changes nothing, and each alert's change
/// is seen, and sent, by one.
final class ConsoleWatcher: Service, Sendable {
    let queue: CallbackQueue?
    let alerts: AlertWatch
    let logger: Logger
    let interval: Duration
    private let loops = GracefulLoops()

    /// - Parameter queue: nil when the dashboard is off (nobody works a queue), alerts still watched.
    init(queue: CallbackQueue?, alerts: AlertWatch, interval: Duration = .seconds(3), logger: Logger) {
        self.queue = queue
        self.alerts = alerts
        self.interval = interval
        self.logger = logger
    }

    func run() async throws {
        await loops.run(count: 1) { _ in await self.watch() }
    }

    private func watch() async {
        var reach = AlertWatch.Reach()
        while !loops.isStopping {
            do {
                try await queue?.index()
            } catch {
                logger.debug("Could not look for calls needing a callback", metadata: ["error": "\(error)"])
            }
            await alerts.round(&reach)
            await loops.pause(interval)
        }
    }
}
