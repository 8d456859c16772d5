import Foundation
import Redis

extension Outbox {
    /// The outbox's part of a turn's commit: the REST job the turn asked for, queued once (a turn
    /// redone after a conflict or a crash finds its job already there).
    public struct JobPart: RedisMemoryPart {
        public static let part = RedisScriptPart(
            keys: ["jobs", "due"], arguments: ["jobID", "job", "dueAt"],
            apply: """
                if redis.call('HSETNX', key.jobs, arg.jobID, arg.job) == 1 then
                    redis.call('ZADD', key.due, 'NX', arg.dueAt, arg.jobID)
                end
                """)

        let keys: RedisKeys
        let job: OutboundJob
        let dueAt: Int64

        public func encode(into encoder: inout RedisScriptEncoder) {
            encoder.key("jobs", keys.outboxJobs)
            encoder.key("due", keys.outboxDue)
            encoder.argument("jobID", job.id)
            encoder.argument("job", Outbox.encode(job))
            encoder.argument("dueAt", dueAt)
        }

        public func apply(_ redis: inout MemoryRedis.Store) {
            if redis.call("HSETNX", keys.outboxJobs, job.id, Outbox.encode(job)) == .integer(1) {
                redis.call("ZADD", keys.outboxDue, "NX", dueAt, job.id)
            }
        }
    }

    /// This outbox's part of a turn's commit.
    public func jobPart(_ job: OutboundJob, dueAt: Int64) -> JobPart {
        JobPart(keys: keys, job: job, dueAt: dueAt)
    }
}

extension TurnStats {
    /// The statistics part of a turn's commit: the turn counted in its minute, with its latency,
    /// and a fact the grounding stage held back counted beside it.
    public struct Part: RedisMemoryPart {
        public static let part = RedisScriptPart(
            keys: ["stats"], arguments: ["latencyBucket", "ungrounded", "statsTTL"],
            apply: """
                redis.call('HINCRBY', key.stats, 'turns', 1)
                redis.call('HINCRBY', key.stats, 'b' .. arg.latencyBucket, 1)
                if arg.ungrounded == '1' then redis.call('HINCRBY', key.stats, '\(Problem.ungrounded.rawValue)', 1) end
                redis.call('EXPIRE', key.stats, arg.statsTTL)
                """)

        let keys: RedisKeys
        let receivedAt: Int64
        let committedAt: Int64
        let ungrounded: Bool

        public init(keys: RedisKeys, receivedAt: Int64, committedAt: Int64, ungrounded: Bool = false) {
            self.keys = keys
            self.receivedAt = receivedAt
            self.committedAt = committedAt
            self.ungrounded = ungrounded
        }

        public func encode(into encoder: inout RedisScriptEncoder) {
            encoder.key("stats", keys.stats(minute: TurnStats.minute(committedAt)))
            encoder.argument("latencyBucket", TurnStats.bucket(milliseconds: committedAt - receivedAt))
            encoder.argument("ungrounded", ungrounded ? "1" : "0")
            encoder.argument("statsTTL", TurnStats.ttl)
        }

        public func apply(_ redis: inout MemoryRedis.Store) {
            let key = keys.stats(minute: TurnStats.minute(committedAt))
            redis.call("HINCRBY", key, "turns", 1)
            redis.call("HINCRBY", key, "b\(TurnStats.bucket(milliseconds: committedAt - receivedAt))", 1)
            if ungrounded { redis.call("HINCRBY", key, Problem.ungrounded.rawValue, 1) }
            redis.call("EXPIRE", key, TurnStats.ttl)
        }
    }
}
