import Config
import Foundation
import NIOCore
import NIOPosix
import Shared

/// Runs Swift concurrency's tasks on SwiftNIO's event loops instead of a separate thread pool.
///
/// The gateway's HTTP server and every Redis connection live on `MultiThreadedEventLoopGroup.singleton`.
/// With the tasks on the same threads, a request handler that awaits Redis resumes on the loop that
/// read the reply, instead of hopping to the cooperative pool and back for every await. NIO ships
/// this switch for exactly this purpose; it must be thrown once, first thing in `main`.
public enum EventLoopExecutor {
    /// Installs the event loops as the global executor; false if that was not possible here.
    ///
    /// `EVENT_LOOP_THREADS` (environment only: the loops exist before settings are read) sets how
    /// many loops there are; 0 or unset means one per core. On a small machine shared by several
    /// processes, one loop each avoids waking a second thread for every hand-off.
    @discardableResult
    public static func adopt() -> Bool {
        if let text = ProcessInfo.processInfo.environment[Setting.eventLoopThreads.name], let count = Int(text), count > 0 {
            NIOSingletons.groupLoopCountSuggestion = count
        }
        return NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
    }
}
