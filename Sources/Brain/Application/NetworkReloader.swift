import Logging
import ServiceLifecycle
import UnixSignals

/// Reloads the network list on `SIGHUP`, without stopping the consumers.
struct NetworkReloader: Service {
    let holder: NetworkHolder
    let path: String
    let logger: Logger

    func run() async throws {
        let signals = await UnixSignalsSequence(trapping: .sighup)
        await cancelWhenGracefulShutdown {
            for await _ in signals {
                logger.notice("SIGHUP: reloading the network list", metadata: ["path": "\(path)"])
                holder.reload(path: path, logger: logger)
            }
        }
    }
}
