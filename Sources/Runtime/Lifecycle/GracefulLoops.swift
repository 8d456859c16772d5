import ServiceLifecycle
import Synchronization

/// Long-running loops run as child tasks of a service, asked to finish on graceful shutdown.
///
/// Loops are not cancelled: on graceful shutdown ``isStopping`` turns true, the loops notice it
/// between two pieces of work, finish what they hold and return; ``run(count:loop:)`` returns
/// once all of them have. So a turn taken from the queue is always answered or left for recovery,
/// never cut off halfway.
public final class GracefulLoops: Sendable {
    private let stopping = Atomic<Bool>(false)

    public init() {}

    /// True once graceful shutdown began, or the loop's task was cancelled: loops should finish
    /// their current work and return. Cancellation counts too: a service group cancels its services
    /// when one of them fails, and a cancelled loop's commands and sleeps return at once, so a loop
    /// that waited only for graceful shutdown would spin on them for ever, ignoring SIGTERM.
    public var isStopping: Bool { stopping.load(ordering: .relaxed) || Task.isCancelled }

    /// Runs `count` copies of `loop(index)` concurrently until all have returned.
    public func run(count: Int, loop: @escaping @Sendable (_ index: Int) async -> Void) async {
        await withGracefulShutdownHandler {
            await withDiscardingTaskGroup { group in
                for index in 0..<count {
                    group.addTask { await loop(index) }
                }
            }
        } onGracefulShutdown: {
            self.stopping.store(true, ordering: .relaxed)
        }
    }

    /// Sleeps unless shutdown began; a pause between retries that never delays a stop by much.
    public func pause(_ duration: Duration) async {
        guard !isStopping else { return }
        try? await Task.sleep(for: duration)
    }
}
