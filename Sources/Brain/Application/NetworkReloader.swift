import Logging
import ServiceLifecycle
import UnixSignals

/// Reloads the network list on `SIGHUP` from wherever this brain gets it (`HOSPITALS_SOURCE`),
/// without stopping the consumers: the file, or the list uploaded to Redis — never the file over
/// an uploaded list.
struct NetworkReloader: Service {
    /// What `SIGHUP` reloads, for the log.
    let source: String
    let reload: @Sendable () async -> Void
    let logger: Logger

    func run() async throws {
        let signals = await UnixSignalsSequence(trapping: .sighup)
        await cancelWhenGracefulShutdown {
            for await _ in signals {
                logger.notice("SIGHUP: reloading the network list", metadata: ["source": "\(source)"])
                await reload()
            }
        }
    }
}
