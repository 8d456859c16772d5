import Foundation
import HospitalSearch
import Logging
import Redis
import ServiceLifecycle
import Shared

/// Announces that this brain is alive and recovers the turns of brains that died.
///
/// Every second: refresh this worker's heartbeat key (short TTL) and its entry in the worker set,
/// then look for workers in the set whose heartbeat expired and move their processing lists back
/// onto the queue. Recovery is one Lua script, so any number of brains can run it at once
/// without a turn being moved twice.
struct WorkerPresence: Service {
    let workerID: String
    let redis: RedisClient
    let keys: RedisKeys
    let holder: NetworkHolder
    let consumers: Int
    let startedAt: Int64
    let logger: Logger
    let metrics: BrainMetrics

    /// Moves the processing lists of workers whose heartbeat expired back onto the queue.
    /// KEYS: the worker set, the queue. ARGV: the heartbeat and processing key names with the
    /// worker left off (from ``RedisKeys``), this worker.
    static let recoverScript = RedisScript(
        """
        local members = redis.call('ZRANGE', KEYS[1], 0, -1)
        local moved = 0
        for _, worker in ipairs(members) do
            if worker ~= ARGV[3] and redis.call('EXISTS', ARGV[1] .. worker) == 0 then
                local list = ARGV[2] .. worker
                while true do
                    local item = redis.call('LMOVE', list, KEYS[2], 'LEFT', 'RIGHT')
                    if not item then break end
                    moved = moved + 1
                end
                redis.call('ZREM', KEYS[1], worker)
            end
        end
        return moved
        """)

    /// Leaves the worker set on a clean exit, unless turns are still in our processing list.
    static let leaveScript = RedisScript(
        """
        if redis.call('LLEN', KEYS[3]) == 0 then
            redis.call('ZREM', KEYS[1], ARGV[1])
            redis.call('DEL', KEYS[2])
            return 1
        end
        return 0
        """)

    func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                await self.beat()
                try? await Task.sleep(for: WorkerHeartbeat.interval)
            }
        }
        do {
            _ = try await redis.run(
                Self.leaveScript, keys: [keys.workers, keys.heartbeat(worker: workerID), keys.processing(worker: workerID)],
                arguments: [Array(workerID.utf8)])
        } catch {
            logger.warning("Could not leave the worker set cleanly; others will recover our turns", metadata: ["error": "\(error)"])
        }
    }

    func beat() async {
        let directory = holder.directory
        let heartbeat = WorkerHeartbeat(
            worker: workerID, host: ProcessInfo.processInfo.hostName, pid: ProcessInfo.processInfo.processIdentifier,
            hospitals: directory.count, network: directory.fingerprint, consumers: consumers, startedAt: startedAt,
            list: directory.path
        )
        guard let json = try? JSONEncoder().encode(heartbeat) else { return }
        do {
            let recoverKeys = [keys.workers, keys.turns].map { Array($0.utf8) }
            let recoverArguments = [keys.heartbeat(worker: ""), keys.processing(worker: ""), workerID].map { Array($0.utf8) }
            let replies = try await redis.pipeline([
                .set(keys.heartbeat(worker: workerID), Array(json), expiresInMilliseconds: WorkerHeartbeat.timeToLive.milliseconds),
                .zadd(keys.workers, score: Date.nowMilliseconds, workerID),
                Self.recoverScript.call(keys: recoverKeys, arguments: recoverArguments),
                .zcard(keys.workers),
                .llen(keys.turns),
            ])
            var recovered = replies[2]
            if RedisScript.isMissing(recovered) {
                // A restarted Redis has no scripts cached: send the source once.
                recovered = try await redis.execute(Self.recoverScript.callWithSource(keys: recoverKeys, arguments: recoverArguments))
            }
            if let moved = try recovered.orThrow().int, moved > 0 {
                metrics.recovered.increment(by: moved)
                logger.notice("Recovered turns of a dead worker", metadata: ["turns": "\(moved)"])
            }
            metrics.workersAlive.record(replies[3].int ?? 0)
            metrics.queueDepth.record(replies[4].int ?? 0)
            metrics.hospitals.record(directory.count)
        } catch {
            logger.debug("Heartbeat failed", metadata: ["error": "\(error)"])
        }
    }
}
