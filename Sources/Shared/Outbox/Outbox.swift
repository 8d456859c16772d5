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
/// removes the job, so a job is sent once. (The one window left: a sender that dies after Twilio
/// accepted a message and before that round trip; Twilio's API has no idempotency key to close it.)
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

    /// Queues a job outside a turn's commit.
    public func enqueueCommands(_ job: OutboundJob, due: Int64 = Date.nowMilliseconds) -> [RedisCommand] {
        [
            RedisCommand([Array("HSET".utf8), Array(keys.outboxJobs.utf8), Array(job.id.utf8), Self.encode(job)]),
            RedisCommand(["ZADD", keys.outboxDue, "NX", String(due), job.id]),
        ]
    }

    /// KEYS: due set, jobs hash. ARGV: now, lease end. Returns the claimed job's JSON, or nil.
    static let claimScript = RedisScript(
        """
        local ids = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, 1)
        if #ids == 0 then return false end
        local job = redis.call('HGET', KEYS[2], ids[1])
        if not job then
            redis.call('ZREM', KEYS[1], ids[1])
            return false
        end
        redis.call('ZADD', KEYS[1], ARGV[2], ids[1])
        return job
        """)

    /// Takes the next due job for `lease`, if there is one.
    public func claim(redis: RedisClient, now: Int64 = Date.nowMilliseconds) async throws(RedisError) -> OutboundJob? {
        let reply = try await redis.run(
            Self.claimScript, keys: [keys.outboxDue, keys.outboxJobs],
            arguments: [Array(String(now).utf8), Array(String(now + lease.milliseconds).utf8)])
        guard let bytes = reply.bytes else { return nil }
        guard let job = try? JSONDecoder().decode(OutboundJob.self, from: Data(bytes)) else {
            throw .unexpectedReply("an outbox job that does not decode")
        }
        return job
    }

    /// True when the job was already done (sent, or given up) by some sender.
    public func isDone(_ job: OutboundJob, redis: RedisClient) async throws(RedisError) -> Bool {
        try await redis.execute(["EXISTS", keys.outboxDone(job: job.id)]).orThrow().int == 1
    }

    /// Marks the job done with `result` and removes it, running `also` in the same round trip.
    public func finish(_ job: OutboundJob, result: String, also: [RedisCommand] = [], redis: RedisClient) async throws(RedisError) {
        let replies = try await redis.pipeline(
            [
                ["SET", keys.outboxDone(job: job.id), result, "EX", String(Self.doneTTL)],
                ["ZREM", keys.outboxDue, job.id],
                ["HDEL", keys.outboxJobs, job.id],
            ] + also)
        for reply in replies { try reply.orThrow() }
    }

    /// Puts the job back, one attempt older, to be taken again at `due`.
    public func retry(_ job: OutboundJob, due: Int64, redis: RedisClient) async throws(RedisError) {
        var next = job
        next.attempts += 1
        let replies = try await redis.pipeline([
            RedisCommand([Array("HSET".utf8), Array(keys.outboxJobs.utf8), Array(job.id.utf8), Self.encode(next)]),
            RedisCommand(["ZADD", keys.outboxDue, String(due), job.id]),
        ])
        for reply in replies { try reply.orThrow() }
    }

    /// How many jobs are waiting (due or leased).
    public func depth(redis: RedisClient) async throws(RedisError) -> Int {
        try await redis.execute(["ZCARD", keys.outboxDue]).orThrow().int ?? 0
    }
}
