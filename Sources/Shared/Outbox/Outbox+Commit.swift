import Foundation
import Redis

extension Outbox {
    /// The outbox's part of a turn's commit: the REST job the turn asked for, queued once (a turn
    /// redone after a conflict or a crash finds its job already there). Nothing without a job.
    public struct JobPart: RedisScriptPartCall {
        public static let part = RedisScriptPart(
            keys: ["jobs", "due"], arguments: ["jobID", "job", "dueAt"],
            apply: """
                if arg.jobID ~= '' and redis.call('HSETNX', key.jobs, arg.jobID, arg.job) == 1 then
                    redis.call('ZADD', key.due, 'NX', arg.dueAt, arg.jobID)
                end
                """)

        let keys: RedisKeys
        let job: OutboundJob?
        let dueAt: Int64

        public func encode(into encoder: inout RedisScriptEncoder) {
            encoder.key("jobs", keys.outboxJobs)
            encoder.key("due", keys.outboxDue)
            encoder.argument("jobID", job?.id ?? "")
            encoder.argument("job", job.map(Outbox.encode) ?? [])
            encoder.argument("dueAt", dueAt)
        }
    }

    /// This outbox's part of a turn's commit.
    public func jobPart(_ job: OutboundJob?, dueAt: Int64) -> JobPart {
        JobPart(keys: keys, job: job, dueAt: dueAt)
    }
}
