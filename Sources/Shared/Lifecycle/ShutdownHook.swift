import ServiceLifecycle

/// A service that does nothing until graceful shutdown, then runs `action`.
///
/// Services stop in reverse order, so listing a hook before the HTTP server makes its action
/// (closing Redis connections, say) run only after the server has answered its last request.
public struct ShutdownHook: Service {
    let action: @Sendable () async -> Void

    public init(_ action: @escaping @Sendable () async -> Void) {
        self.action = action
    }

    public func run() async throws {
        try? await gracefulShutdown()
        await action()
    }
}
