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

    /// Moves the processing lists of workers whose heartbeat expired back onto the queue, and
    /// drops them from the worker set; answers how many turns moved.
    struct RecoverDeadWorkers: RedisScriptCall {
        typealias Response = Int
        static let script = RedisScript(
            keys: ["workers", "queue"], arguments: ["heartbeatPrefix", "processingPrefix", "me"],
            body: """
                local members = redis.call('ZRANGE', key.workers, 0, -1)
                local moved = 0
                for _, worker in ipairs(members) do
                    if worker ~= arg.me and redis.call('EXISTS', arg.heartbeatPrefix .. worker) == 0 then
                        local list = arg.processingPrefix .. worker
                        while true do
                            local item = redis.call('LMOVE', list, key.queue, 'LEFT', 'RIGHT')
                            if not item then break end
                            moved = moved + 1
                        end
                        redis.call('ZREM', key.workers, worker)
                    end
                end
                return moved
                """)

        let keys: RedisKeys
        let me: String

        func encode(into encoder: inout RedisScriptEncoder) {
            encoder.key("workers", keys.workers)
            encoder.key("queue", keys.turns)
            // Key names with the worker left off: the script adds each worker's id.
            encoder.argument("heartbeatPrefix", keys.heartbeat(worker: ""))
            encoder.argument("processingPrefix", keys.processing(worker: ""))
            encoder.argument("me", me)
        }
    }

    /// Leaves the worker set on a clean exit, unless turns are still in our processing list.
    struct Leave: RedisScriptCall {
        typealias Response = Int
        static let script = RedisScript(
            keys: ["workers", "heartbeat", "processing"], arguments: ["me"],
            body: """
                if redis.call('LLEN', key.processing) == 0 then
                    redis.call('ZREM', key.workers, arg.me)
                    redis.call('DEL', key.heartbeat)
                    return 1
                end
                return 0
                """)

        let keys: RedisKeys
        let me: String

        func encode(into encoder: inout RedisScriptEncoder) {
            encoder.key("workers", keys.workers)
            encoder.key("heartbeat", keys.heartbeat(worker: me))
            encoder.key("processing", keys.processing(worker: me))
            encoder.argument("me", me)
        }
    }

    func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                await self.beat()
                try? await Task.sleep(for: WorkerHeartbeat.interval)
            }
        }
        // In a cluster each shard has its own set, heartbeat and processing list, and the global
        // set is the one the dashboard reads.
        for set in keys.isSharded ? keys.shards + [keys.global] : [keys] {
            do {
                try await redis.run(Leave(keys: set, me: workerID))
            } catch {
                logger.warning("Could not leave the worker set cleanly; others will recover our turns", metadata: ["error": "\(error)"])
            }
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
        // A recovery script names one shard's keys (a script's keys share a slot in a cluster), so
        // each shard has its own worker set and heartbeats; outside a cluster there is one.
        let alive = RedisExpiry.milliseconds(WorkerHeartbeat.timeToLive.milliseconds)
        var commands: [any RedisCommandType] = [
            SET(keys.heartbeat(worker: workerID), Array(json), expiry: alive),
            ZADD(keys.workers, score: Date.nowMilliseconds, member: workerID),
            ZCARD(keys.workers),
        ]
        let shards = keys.isSharded ? keys.shards : []
        for shard in shards {
            commands += [
                SET(shard.heartbeat(worker: workerID), Array(json), expiry: alive), ZADD(shard.workers, score: Date.nowMilliseconds, member: workerID),
            ]
        }
        let recoveries = keys.shards.map { RecoverDeadWorkers(keys: $0, me: workerID) }
        for (recover, shard) in zip(recoveries, keys.shards) { commands += [recover.command(), LLEN(shard.turns)] }
        do {
            let replies = try await redis.pipeline(commands)
            guard replies.count == commands.count else { throw RedisError.unexpectedReply("fewer replies than commands") }
            for reply in replies.prefix(3 + 2 * shards.count) { try reply.orThrow() }
            var moved = 0, queued = 0
            for (offset, recover) in recoveries.enumerated() {
                let reply = replies[3 + 2 * shards.count + 2 * offset]
                if case .error(let message) = reply, message.hasPrefix("NOSCRIPT") {
                    // A restarted Redis has no scripts cached: send the source once.
                    moved += try await redis.run(recover)
                } else {
                    moved += try Int(reply: reply)
                }
                queued += replies[3 + 2 * shards.count + 2 * offset + 1].int ?? 0
            }
            if moved > 0 {
                metrics.recovered.increment(by: moved)
                logger.notice("Recovered turns of a dead worker", metadata: ["turns": "\(moved)"])
            }
            metrics.workersAlive.record(replies[2].int ?? 0)
            metrics.queueDepth.record(queued)
            metrics.hospitals.record(directory.count)
        } catch {
            logger.debug("Heartbeat failed", metadata: ["error": "\(error)"])
        }
    }
}
