import Dispatch
import Foundation
import ServiceLifecycle
import Synchronization

/// Blocking loops on threads of their own, run as part of a service group.
///
/// Blocking hiredis calls must not run on an event loop or on Swift's cooperative pool, so each
/// loop gets a thread. On graceful shutdown ``isStopping`` turns true; the loops notice it, finish
/// what they hold and return, and ``run(_:)`` returns once all of them have.
public final class BlockingThreads: Sendable {
    private let stopping = Atomic<Bool>(false)
    private let finished = DispatchSemaphore(value: 0)

    public init() {}

    /// True once graceful shutdown began: loops should finish their current work and return.
    public var isStopping: Bool { stopping.load(ordering: .relaxed) }

    /// Starts `count` threads running `loop(index)`, waits for graceful shutdown, then for the loops to return.
    public func run(name: String, count: Int, loop: @escaping @Sendable (_ index: Int) -> Void) async {
        for index in 0..<count {
            let thread = Thread { [finished] in
                loop(index)
                finished.signal()
            }
            thread.name = count == 1 ? name : "\(name)-\(index)"
            thread.start()
        }
        try? await gracefulShutdown()
        stopping.store(true, ordering: .relaxed)
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            DispatchQueue.global().async { [finished] in
                for _ in 0..<count { finished.wait() }
                continuation.resume()
            }
        }
    }
}
