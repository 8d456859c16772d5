import Dispatch
import Foundation
import Logging
import Synchronization

/// One Redis connection with a thread of its own, fed by a queue of async requests.
///
/// Every request that arrives while the thread is busy is sent together with the others in one
/// pipelined write when the thread comes round again, so under load many callers share a single
/// round trip. Requests never block an async task: they suspend on a continuation that the lane
/// thread resumes.
final class RedisLane: Sendable {
    private struct Job {
        let commands: [RedisCommand]
        let continuation: CheckedContinuation<[RedisValue], any Error>
    }

    private struct State {
        var jobs: [Job] = []
        var stopped = false
    }

    private let state = Mutex(State())
    private let wakeUp = DispatchSemaphore(value: 0)
    private let finished = DispatchSemaphore(value: 0)

    init(endpoint: RedisEndpoint, name: String, commandTimeout: Duration, logger: Logger) {
        // The thread keeps the lane alive until `shutdown()` lets it finish.
        let thread = Thread {
            let connection = ReconnectingRedisConnection(
                endpoint: endpoint, commandTimeout: commandTimeout, logger: logger
            )
            self.run(connection: connection)
            connection.close()
            self.finished.signal()
        }
        thread.name = name
        thread.start()
    }

    /// Queues the commands and suspends until the lane thread has their replies.
    func send(_ commands: [RedisCommand]) async throws -> [RedisValue] {
        try await withCheckedThrowingContinuation { continuation in
            let accepted = state.withLock { state -> Bool in
                guard !state.stopped else { return false }
                state.jobs.append(Job(commands: commands, continuation: continuation))
                return true
            }
            if accepted { wakeUp.signal() } else { continuation.resume(throwing: RedisError.shutdown) }
        }
    }

    /// Stops the thread after the queued requests are answered, and waits for it.
    func shutdown() {
        let first = state.withLock { state -> Bool in
            defer { state.stopped = true }
            return !state.stopped
        }
        guard first else { return }
        wakeUp.signal()
        finished.wait()
    }

    private func run(connection: ReconnectingRedisConnection) {
        while true {
            wakeUp.wait()
            let (jobs, stopped) = state.withLock { state in
                defer { state.jobs.removeAll(keepingCapacity: true) }
                return (state.jobs, state.stopped)
            }
            if !jobs.isEmpty { Self.execute(jobs, on: connection) }
            if stopped {
                let late = state.withLock { state in
                    defer { state.jobs.removeAll() }
                    return state.jobs
                }
                if !late.isEmpty { Self.execute(late, on: connection) }
                return
            }
        }
    }

    private static func execute(_ jobs: [Job], on connection: ReconnectingRedisConnection) {
        let commands = jobs.flatMap(\.commands)
        do {
            let replies = try connection.pipeline(commands)
            var offset = 0
            for job in jobs {
                let slice = Array(replies[offset..<offset + job.commands.count])
                offset += job.commands.count
                job.continuation.resume(returning: slice)
            }
        } catch {
            for job in jobs { job.continuation.resume(throwing: error) }
        }
    }
}
