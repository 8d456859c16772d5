import Logging
import Redis
import ServiceLifecycle
import Shared

/// Closes call records that are due: every brain runs one, and the close script lets exactly one
/// of them close each call (``CallRecordStore``).
struct CallRecordCloser: Service {
    let store: CallRecordStore
    let redis: RedisClient
    let logger: Logger
    var interval: Duration = .seconds(1)

    func run() async throws {
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            do {
                let closed = try await store.closeDue(redis: redis)
                if closed > 0 { logger.debug("Closed call records", metadata: ["calls": "\(closed)"]) }
            } catch {
                logger.warning("Could not close call records; will try again", metadata: ["error": "\(error)"])
            }
            try? await Task.sleep(for: interval)
        }
    }
}
