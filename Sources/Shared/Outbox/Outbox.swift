import Foundation
import Redis

/// The reliable queue of ``OutboundJob``s between the brains that decide and the senders that
/// call Twilio.
///
/// Jobs live in a hash (``RedisKeys/outboxJobs``) and a sorted set of when each is next due
/// (``RedisKeys/outboxDue``). A sender *claims* a due job by pushing its due time a lease into the
/// future, in one script, so no other sender takes it meanwhile; a sender that dies simply lets
/// the lease run out and another takes the job. Before sending, a sender checks the job's done
/// marker (``RedisKeys/outboxDone(job:)``), and it sets that marker in the same round trip that
/// removes the job, so a job is sent once. Twilio's API has no idempotency key, so an SMS tried
/// before (or retried after an answer that never came) is first looked for among the messages
/// Twilio holds (`TwilioRESTClient.sendMessage`).
/// (The one window left: a sender that dies after Twilio accepted a message and before that
/// round trip, when the next sender's attempt is its first.)
public struct Outbox: Sendable {
    public let keys: RedisKeys
    /// How long a claimed job is left to its sender before another may take it.
    public var lease: Duration
    /// How many times a job is tried before it is given up.
    public var maximumAttempts: Int
    /// How long a done marker is kept.
    public static let doneTTL = 7 * 86_400

    public init(keys: RedisKeys, lease: Duration = .seconds(120), maximumAttempts: Int = 4) {
        self.keys = keys
        self.lease = lease
        self.maximumAttempts = maximumAttempts
    }

    /// The job as stored: JSON.
    public static func encode(_ job: OutboundJob) -> [UInt8] {
        (try? Array(JSONEncoder().encode(job))) ?? []
    }

    /// Takes the first due job for a lease: pushes its due time to the lease's end and answers
    /// its JSON, or nil when no job is due. A job id without a job is dropped.
    struct ClaimJob: RedisScriptCall {
        typealias Response = RedisBytes?
        static let script = RedisScript(
            keys: ["due", "jobs"], arguments: ["now", "leaseEnd"],
            body: """
                local ids = redis.call('ZRANGEBYSCORE', key.due, '-inf', arg.now, 'LIMIT', 0, 1)
                if #ids == 0 then return false end
                local job = redis.call('HGET', key.jobs, ids[1])
                if not job then
                    redis.call('ZREM', key.due, ids[1])
                    return false
                end
                redis.call('ZADD', key.due, arg.leaseEnd, ids[1])
                return job
                """)

        let keys: RedisKeys
        let now: Int64
        let leaseEnd: Int64

        func encode(into encoder: inout RedisScriptEncoder) {
            encoder.key("due", keys.outboxDue)
            encoder.key("jobs", keys.outboxJobs)
            encoder.argument("now", now)
            encoder.argument("leaseEnd", leaseEnd)
        }
    }

    /// Takes the next due job for `lease`, if there is one. In a cluster, the shards with a job due
    /// are found in one round trip (split by node), and the first of them from a random one on is
    /// claimed: an idle sender costs one read per shard a poll, not a script.
    public func claim(redis: RedisClient, now: Int64 = Date.nowMilliseconds) async throws(RedisError) -> OutboundJob? {
        var shards = keys.shards
        if shards.count > 1 {
            let due = try await redis.pipeline(shards.map { ZRANGEBYSCORE($0.outboxDue, min: "-inf", max: String(now), limit: 1) })
            shards = zip(shards, due).filter { !($0.1.array?.isEmpty ?? true) }.map(\.0)
            guard !shards.isEmpty else { return nil }
        }
        let start = Int.random(in: 0..<shards.count)
        for offset in shards.indices {
            let shard = shards[(start + offset) % shards.count]
            guard let bytes = try await redis.run(ClaimJob(keys: shard, now: now, leaseEnd: now + lease.milliseconds)) else { continue }
            return try Self.decode(bytes)
        }
        return nil
    }

    private static func decode(_ bytes: RedisBytes) throws(RedisError) -> OutboundJob {
        guard let job = try? JSONDecoder().decode(OutboundJob.self, from: Data(bytes.bytes)) else {
            throw .unexpectedReply("an outbox job that does not decode")
        }
        return job
    }

    /// True when the job was already done (sent, or given up) by some sender.
    public func isDone(_ job: OutboundJob, redis: RedisClient) async throws(RedisError) -> Bool {
        try await redis.execute(EXISTS(keys.outboxDone(job: job.id)))
    }

    /// Marks the job done with `result` and removes it, running `also` in the same round trip.
    public func finish(_ job: OutboundJob, result: String, also: [any RedisCommandType] = [], redis: RedisClient) async throws(RedisError) {
        let shard = keys.of(record: job.call)
        let replies = try await redis.pipeline(
            [
                SET(keys.outboxDone(job: job.id), result, expiry: .seconds(Self.doneTTL)),
                ZREM(shard.outboxDue, job.id),
                HDEL(shard.outboxJobs, job.id),
            ] + also)
        for reply in replies { try reply.orThrow() }
    }

    /// Puts the job back, one attempt older, to be taken again at `due`.
    public func retry(_ job: OutboundJob, due: Int64, redis: RedisClient) async throws(RedisError) {
        var next = job
        next.attempts += 1
        let keys = self.keys.of(record: job.call)
        let (stored, scheduled) = try await redis.execute(
            HSET(keys.outboxJobs, field: job.id, value: Self.encode(next)), ZADD(keys.outboxDue, score: due, member: job.id))
        _ = try stored.get()
        _ = try scheduled.get()
    }
}
