import Dispatch
import Foundation

/// Admits one long computation at a time (``onOwnThread(_:)``).
private let heavyWork = DispatchSemaphore(value: 1)

/// Runs minutes of computation on a thread of its own and waits for it without holding a thread.
///
/// A synchronous test that computes for minutes (ten thousand generated calls, every hospital of
/// the real list) runs on one of the cooperative pool's threads, and a 2-core machine has two:
/// two such tests side by side stopped every in-process fake (Twilio's REST API, WhatsApp) and
/// every `eventually` of the process-based tests running beside them for minutes, which failed
/// those tests under load. On a thread of its own the work shares the cores as the OS schedules
/// them and the pool stays free. Expectations are checked on the result, back in the test.
func onOwnThread<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        let thread = Thread {
            // One at a time: several side by side left the process-based tests' sockets and fakes
            // a sliver of two cores for seconds. The wait blocks this thread only, never the pool.
            heavyWork.wait()
            defer { heavyWork.signal() }
            continuation.resume(with: Result { try work() })
        }
        // The dialog's searches recurse; a secondary thread's default stack is smaller than the main one's.
        thread.stackSize = 16 << 20
        thread.start()
    }
}
