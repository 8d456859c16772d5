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
    static let noticeScript = RedisScript(
        """
        if redis.call('EXISTS', KEYS[1]) == 1 then redis.call('HSET', KEYS[1], 'notice', ARGV[1]) end
        return 1
        """)

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
    func readCommands(call: CallSid, turn: TurnID) -> [RedisCommand] {
        [.hmget(keys.session(call: call), ["version", "state", "notice"]), .get(keys.reply(turn: turn))]
    }

    /// Decodes the replies of ``readCommands(call:turn:)``: the session, and the stored reply if any.
    func decodeRead(_ replies: [RedisValue]) throws -> (Snapshot, existingReply: String?) {
        let fields = try replies[0].orThrow().array ?? []
        let version = fields.first?.int ?? 0
        var state: DialogState?
        if fields.count > 1, let bytes = fields[1].bytes {
            // A session from an incompatible version is started afresh rather than failing the call.
            state = try? Self.decodeState(bytes)
        }
        let notice = fields.count > 2 ? fields[2].string : nil
        let existing = try replies[1].orThrow().string
        return (Snapshot(version: version, state: state, notice: notice), existing)
    }

    static let commitScript = RedisScript(
        """
        local version = tonumber(redis.call('HGET', KEYS[1], 'version') or '0')
        if redis.call('EXISTS', KEYS[2]) == 1 then
            redis.call('LREM', KEYS[4], 1, ARGV[8])
            return 2
        end
        if version ~= tonumber(ARGV[1]) then return 0 end
        redis.call('HSET', KEYS[1], 'version', version + 1, 'state', ARGV[2], 'updated', ARGV[9], 'last_turn', ARGV[10])
        redis.call('EXPIRE', KEYS[1], ARGV[3])
        redis.call('SET', KEYS[2], ARGV[4], 'EX', ARGV[5])
        if ARGV[11] == '1' then
            redis.call('LPUSH', KEYS[3], ARGV[6])
            redis.call('EXPIRE', KEYS[3], ARGV[7])
        end
        redis.call('LREM', KEYS[4], 1, ARGV[8])
        if ARGV[12] ~= '' then
            redis.call('RPUSH', KEYS[5], ARGV[12])
            redis.call('EXPIRE', KEYS[5], ARGV[18])
            redis.call('ZADD', KEYS[6], 'GT', ARGV[13], ARGV[14])
        end
        if ARGV[15] ~= '' and redis.call('HSETNX', KEYS[7], ARGV[15], ARGV[16]) == 1 then
            redis.call('ZADD', KEYS[8], 'NX', ARGV[9], ARGV[15])
        end
        if ARGV[17] ~= '' and redis.call('HGET', KEYS[1], 'notice') == ARGV[17] then redis.call('HDEL', KEYS[1], 'notice') end
        redis.call('HINCRBY', KEYS[9], 'turns', 1)
        redis.call('HINCRBY', KEYS[9], 'b' .. ARGV[19], 1)
        redis.call('EXPIRE', KEYS[9], ARGV[20])
        return 1
        """)

    /// The keys and arguments of the commit script (see the type's documentation).
    func commitCall(
        turn: Turn, rawTurn: [UInt8], expectedVersion: Int, state: DialogState, twiml: String, processingList: String, deliver: Bool = true,
        extras: Extras = Extras()
    ) throws -> (keys: [[UInt8]], arguments: [[UInt8]]) {
        let reply = TurnReply(turn: turn.id, twiml: twiml)
        let stateBytes = try Self.encodeState(state)
        let now = Date.nowMilliseconds
        let keys = [
            keys.session(call: turn.callSid), keys.reply(turn: turn.id), turn.replyTo, processingList, keys.callEvents(call: turn.callSid),
            keys.closingCalls, keys.outboxJobs, keys.outboxDue, keys.stats(minute: TurnStats.minute(now)),
        ].map { Array($0.utf8) }
        let arguments: [[UInt8]] = [
            Array(String(expectedVersion).utf8), stateBytes, Array(String(sessionTTL).utf8),
            Array(twiml.utf8), Array(String(Self.replyTTL).utf8), reply.framed, Array(String(Self.replyListTTL).utf8),
            rawTurn, Array(String(now).utf8), Array(turn.id.value.utf8), Array((deliver ? "1" : "0").utf8),
            extras.event ?? [], Array(String(extras.keepOpenUntil).utf8), Array(turn.callSid.value.utf8),
            Array((extras.job?.id ?? "").utf8), extras.job?.bytes ?? [],
            Array((extras.consumedNotice ?? "").utf8), Array(String(CallRecordStore.eventsTTL).utf8),
            Array(String(TurnStats.bucket(milliseconds: now - turn.receivedAt)).utf8), Array(String(TurnStats.ttl).utf8),
        ]
        return (keys, arguments)
    }

    /// Delivers a committed reply to the gateway holding the request (after ``commitCall(turn:rawTurn:expectedVersion:state:twiml:processingList:deliver:)``
    /// with `deliver: false`, once a replica holds the commit).
    func deliverCommands(turn: Turn, twiml: String) -> [RedisCommand] {
        [.lpush(turn.replyTo, TurnReply(turn: turn.id, twiml: twiml).framed), .expire(turn.replyTo, seconds: Self.replyListTTL)]
    }

    /// Re-delivers a reply that was already committed (the turn came back after a worker died)
    /// and drops the turn from the processing list.
    func redeliverCommands(turn: Turn, rawTurn: [UInt8], twiml: String, processingList: String) -> [RedisCommand] {
        deliverCommands(turn: turn, twiml: twiml) + [.lrem(processingList, rawTurn)]
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

    static func decodeCommit(_ value: RedisValue) throws -> CommitResult {
        switch try value.orThrow().int {
        case 1: return .committed
        case 2: return .alreadyAnswered
        default: return .conflict
        }
    }
}
