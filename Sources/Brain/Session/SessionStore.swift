import Foundation
import Redis
import Shared

/// Reads and commits call sessions in Redis (``RedisKeys/session(call:)``).
///
/// A session is a hash: `version` (turns committed so far), `state` (the dialog's state in the
/// compact encoding, ``stateFormat``; sessions written as JSON before it still read),
/// `updated` (ms since epoch) and `last_turn`. A turn is committed by one Lua script that,
/// atomically, checks the version it read is still current, writes the session, stores the
/// reply for redirects and retries, hands the reply to the waiting gateway and removes the
/// turn from this worker's processing list. So two turns of one call never overwrite each
/// other, and a turn is never applied twice.
struct SessionStore: Sendable {
    let keys: RedisKeys
    let sessionTTL: Int
    /// How long a reply is kept for a held caller or a retried webhook.
    static let replyTTL = 120
    /// How long a gateway's reply list may outlive its last reply (a gateway that died).
    static let replyListTTL = 60

    /// A session as read, with the version the commit must find unchanged.
    struct Snapshot: Sendable {
        var version: Int
        var state: DialogState?
        /// News for the caller left by a sender (``SessionStore/textFailedNotice``), said on this turn.
        var notice: String?
    }

    /// The notice a sender leaves when the SMS a turn promised could not be sent.
    static let textFailedNotice = "sms-failed"

    /// Sets a notice on a session that still exists (a sender must not create a session).
    struct SetNotice: RedisScriptCall {
        typealias Response = RedisAcknowledgement
        static let script = RedisScript(
            keys: ["session"], arguments: ["notice"],
            body: """
                if redis.call('EXISTS', key.session) == 1 then redis.call('HSET', key.session, 'notice', arg.notice) end
                return 1
                """)

        let session: String
        let notice: String

        func encode(into encoder: inout RedisScriptEncoder) {
            encoder.key("session", session)
            encoder.argument("notice", notice)
        }
    }

    /// What happens with the turn's commit besides the session and the reply.
    struct Extras: Sendable {
        /// The call-record event (``CallEvent`` JSON) and until when the call stays open at least.
        var event: [UInt8]?
        var keepOpenUntil: Int64 = 0
        /// A REST job to queue: its id and ``OutboundJob`` JSON.
        var job: (id: String, bytes: [UInt8])?
        /// The notice this turn said, cleared unless a newer one replaced it.
        var consumedNotice: String?
    }

    enum CommitResult: Equatable {
        case committed
        /// Another turn of the call committed in between: read again and redo the turn.
        case conflict
        /// This turn was answered already (a recovered turn): nothing was written again.
        case alreadyAnswered
    }

    /// The commands that read a session and whether the turn was already answered.
    /// Reads a session and whether the turn was already answered, in one round trip.
    func read(call: CallSid, turn: TurnID, on redis: some RedisCommandRunner) async throws(RedisError) -> (Snapshot, existingReply: String?) {
        let (session, reply) = try await redis.execute(HMGET(keys.session(call: call), ["version", "state", "notice"]), GET(keys.reply(turn: turn)))
        let fields = try session.get()
        let version = fields.first??.int ?? 0
        // A session from an incompatible version is started afresh rather than failing the call.
        let state = fields.count > 1 ? fields[1].flatMap { try? Self.decodeState($0.bytes) } : nil
        let notice = fields.count > 2 ? fields[2]?.string : nil
        return (Snapshot(version: version, state: state, notice: notice), try reply.get()?.string)
    }

    /// One turn's commit, atomically: if the session's version is still the one read, write the
    /// session, store the reply, hand it to the waiting gateway (unless a replica must hold it
    /// first), take the turn off the processing list, add the call-record event, queue the REST
    /// job, clear the notice said and count the turn. Answers 1 when committed, 0 on a version
    /// conflict, 2 when the turn was answered already.
    struct CommitTurn: RedisScriptCall {
        typealias Response = Int
        static let script = RedisScript(
            keys: ["session", "reply", "replies", "processing", "events", "closing", "jobs", "due", "stats"],
            arguments: [
                "version", "state", "sessionTTL", "reply", "replyTTL", "framedReply", "repliesTTL", "rawTurn", "now", "turnID", "deliver",
                "event", "keepOpenUntil", "call", "jobID", "job", "consumedNotice", "eventsTTL", "latencyBucket", "statsTTL",
            ],
            body: """
                local version = tonumber(redis.call('HGET', key.session, 'version') or '0')
                if redis.call('EXISTS', key.reply) == 1 then
                    redis.call('LREM', key.processing, 1, arg.rawTurn)
                    return 2
                end
                if version ~= tonumber(arg.version) then return 0 end
                redis.call('HSET', key.session, 'version', version + 1, 'state', arg.state, 'updated', arg.now, 'last_turn', arg.turnID)
                redis.call('EXPIRE', key.session, arg.sessionTTL)
                redis.call('SET', key.reply, arg.reply, 'EX', arg.replyTTL)
                if arg.deliver == '1' then
                    redis.call('LPUSH', key.replies, arg.framedReply)
                    redis.call('EXPIRE', key.replies, arg.repliesTTL)
                end
                redis.call('LREM', key.processing, 1, arg.rawTurn)
                if arg.event ~= '' then
                    redis.call('RPUSH', key.events, arg.event)
                    redis.call('EXPIRE', key.events, arg.eventsTTL)
                    redis.call('ZADD', key.closing, 'GT', arg.keepOpenUntil, arg.call)
                end
                if arg.jobID ~= '' and redis.call('HSETNX', key.jobs, arg.jobID, arg.job) == 1 then
                    redis.call('ZADD', key.due, 'NX', arg.now, arg.jobID)
                end
                if arg.consumedNotice ~= '' and redis.call('HGET', key.session, 'notice') == arg.consumedNotice then redis.call('HDEL', key.session, 'notice') end
                redis.call('HINCRBY', key.stats, 'turns', 1)
                redis.call('HINCRBY', key.stats, 'b' .. arg.latencyBucket, 1)
                redis.call('EXPIRE', key.stats, arg.statsTTL)
                return 1
                """)

        let keys: RedisKeys
        let sessionTTL: Int
        let turn: Turn
        let rawTurn: [UInt8]
        let expectedVersion: Int
        let state: [UInt8]
        let reply: TurnReply.Body
        let processingList: String
        let deliver: Bool
        let extras: Extras
        let now: Int64

        func encode(into encoder: inout RedisScriptEncoder) {
            encoder.key("session", keys.session(call: turn.callSid))
            encoder.key("reply", keys.reply(turn: turn.id))
            encoder.key("replies", turn.replyTo)
            encoder.key("processing", processingList)
            encoder.key("events", keys.callEvents(call: turn.callSid))
            encoder.key("closing", keys.closingCalls)
            encoder.key("jobs", keys.outboxJobs)
            encoder.key("due", keys.outboxDue)
            encoder.key("stats", keys.stats(minute: TurnStats.minute(now)))
            encoder.argument("version", expectedVersion)
            encoder.argument("state", state)
            encoder.argument("sessionTTL", sessionTTL)
            encoder.argument("reply", reply.text)
            encoder.argument("replyTTL", SessionStore.replyTTL)
            encoder.argument("framedReply", TurnReply(turn: turn.id, body: reply).framed)
            encoder.argument("repliesTTL", SessionStore.replyListTTL)
            encoder.argument("rawTurn", rawTurn)
            encoder.argument("now", now)
            encoder.argument("turnID", turn.id.value)
            encoder.argument("deliver", deliver ? "1" : "0")
            encoder.argument("event", extras.event ?? [])
            encoder.argument("keepOpenUntil", extras.keepOpenUntil)
            encoder.argument("call", turn.callSid.value)
            encoder.argument("jobID", extras.job?.id ?? "")
            encoder.argument("job", extras.job?.bytes ?? [])
            encoder.argument("consumedNotice", extras.consumedNotice ?? "")
            encoder.argument("eventsTTL", CallRecordStore.eventsTTL)
            encoder.argument("latencyBucket", TurnStats.bucket(milliseconds: now - turn.receivedAt))
            encoder.argument("statsTTL", TurnStats.ttl)
        }
    }

    /// The commit of one turn (see ``CommitTurn``).
    func commitCall(
        turn: Turn, rawTurn: [UInt8], expectedVersion: Int, state: DialogState, reply: TurnReply.Body, processingList: String, deliver: Bool = true,
        extras: Extras = Extras()
    ) throws -> CommitTurn {
        CommitTurn(
            keys: keys, sessionTTL: sessionTTL, turn: turn, rawTurn: rawTurn, expectedVersion: expectedVersion, state: try Self.encodeState(state),
            reply: reply, processingList: processingList, deliver: deliver, extras: extras, now: Date.nowMilliseconds)
    }

    /// Delivers a committed reply to the gateway holding the request (after ``commitCall(turn:rawTurn:expectedVersion:state:reply:processingList:deliver:extras:)``
    /// with `deliver: false`, once a replica holds the commit).
    func deliverCommands(turn: Turn, reply: TurnReply.Body) -> [any RedisCommandType] {
        [LPUSH(turn.replyTo, TurnReply(turn: turn.id, body: reply).framed), EXPIRE(turn.replyTo, seconds: Self.replyListTTL)]
    }

    /// Re-delivers a reply that was already committed (the turn came back after a worker died)
    /// and drops the turn from the processing list.
    func redeliverCommands(turn: Turn, rawTurn: [UInt8], reply: TurnReply.Body, processingList: String) -> [any RedisCommandType] {
        deliverCommands(turn: turn, reply: reply) + [LREM(processingList, rawTurn)]
    }

    /// The version byte of the compact session state.
    static let stateFormat: UInt8 = 2

    /// A session state as stored: the compact encoding.
    static func encodeState(_ state: DialogState) throws -> [UInt8] {
        try CompactEncoder(version: stateFormat).encode(state)
    }

    /// A session state in the compact encoding, or in the JSON written before it.
    static func decodeState(_ bytes: [UInt8]) throws -> DialogState {
        if bytes.first == UInt8(ascii: "{") { return try JSONDecoder().decode(DialogState.self, from: Data(bytes)) }
        return try CompactDecoder().decode(DialogState.self, from: bytes)
    }

    static func commitResult(_ answer: Int) -> CommitResult {
        switch answer {
        case 1: return .committed
        case 2: return .alreadyAnswered
        default: return .conflict
        }
    }
}
