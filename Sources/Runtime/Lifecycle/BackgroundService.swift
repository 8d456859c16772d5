import Logging
import ServiceLifecycle

/// A service (typically a small HTTP server) run in the background of a process that is doing
/// something else — a benchmark's bare endpoint, a test's stand-in for a remote API — and stopped
/// by graceful shutdown.
///
/// Never stop a Hummingbird server by cancelling its task: a connection accepted in the instant
/// of cancellation is dropped before anyone closes it, and NIO traps on the unclosed writer
/// ("Deinited NIOAsyncWriter without calling finish()"). Graceful shutdown closes the listener
/// first and then serves or closes every connection it accepted.
public final class BackgroundService: Sendable {
    private let group: ServiceGroup
    private let task: Task<Void, any Error>

    public init(_ service: some Service, logger: Logger) {
        let group = ServiceGroup(
            configuration: .init(services: [.init(service: service)], gracefulShutdownSignals: [], logger: logger))
        self.group = group
        task = Task { try await group.run() }
    }

    /// Asks the service to shut down gracefully and waits until it has.
    public func stop() async {
        await group.triggerGracefulShutdown()
        _ = try? await task.value
    }
}
