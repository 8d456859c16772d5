import Foundation
import Redis
import Shared

/// Reads and commits call sessions in Redis (``RedisKeys/session(call:)``).
///
/// A session is a hash: `version` (turns committed so far), `state` (the dialog's state in the
/// compact encoding, ``stateFormat``; sessions written as JSON before it still read),
/// `updated` (ms since epoch), `last_turn` and a `notice` a sender may leave. A turn's writes
/// are one atomic script made of parts (``TurnCommit``); this store's part checks the version it
/// read is still current and writes the session, so two turns of one call never overwrite each
/// other.
struct SessionStore: Sendable {
    let keys: RedisKeys
    let sessionTTL: Int

    /// A session as read, with the version the commit must find unchanged, and what else the
    /// turn's handler needs to know before deciding.
    struct Snapshot: Sendable {
        var version: Int = 0
        var state: DialogState?
        /// News for the caller left by a sender, said on this turn.
        var notice: SessionNotice?
        /// The caller's number texted STOP (read only for turns with a number).
        var optedOut = false
        /// The caller's number sent STOP on WhatsApp.
        var whatsAppOptedOut = false
        /// The reply stored for this turn when it was answered already (a recovered turn).
        var existingReply: String?
    }

    /// The session's fields, by name rather than by position.
    private enum Field: String, CaseIterable {
        case version, state, notice
    }

    /// Reads a turn's session, whether the turn was already answered and whether its number
    /// texted STOP, in one round trip.
    func read(_ turn: Turn, on redis: some RedisCommandRunner) async throws(RedisError) -> Snapshot {
        let keys = self.keys.of(turn.conversation)
        var commands: [any RedisCommandType] = [HMGET(keys.session(turn.conversation), Field.allCases.map(\.rawValue)), GET(keys.reply(turn: turn.id))]
        if let number = turn.caller?.replyNumber {
            commands.append(SMSOptOuts(keys: keys.global).isOptedOut(number))
            commands.append(SMSOptOuts(keys: keys.global, channel: .whatsapp).isOptedOut(number))
        }
        let replies = try await redis.pipeline(commands)
        guard replies.count == commands.count else { throw .unexpectedReply("fewer replies than commands") }
        let values = try HMGET.Response(reply: replies[0])
        var fields: [Field: RedisBytes] = [:]
        for (field, value) in zip(Field.allCases, values) { fields[field] = value }
        var snapshot = Snapshot()
        snapshot.version = fields[.version].flatMap { Int(String(decoding: $0.bytes, as: UTF8.self)) } ?? 0
        // A session from an incompatible version is started afresh rather than failing the call.
        snapshot.state = fields[.state].flatMap { try? Self.decodeState($0.bytes) }
        snapshot.notice = fields[.notice].flatMap { SessionNotice(rawValue: String(decoding: $0.bytes, as: UTF8.self)) }
        snapshot.existingReply = try GET.Response(reply: replies[1]).map { String(decoding: $0.bytes, as: UTF8.self) }
        if replies.count > 3 {
            snapshot.optedOut = try HGET.Response(reply: replies[2]) != nil
            snapshot.whatsAppOptedOut = try HGET.Response(reply: replies[3]) != nil
        }
        return snapshot
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

    /// The session's part of a turn's commit: ends it as ``TurnCommit/Outcome/conflict`` when
    /// another turn of the call committed since the read, else writes the new state and clears the
    /// notice the turn said.
    struct Part: RedisMemoryPart {
        static let part = RedisScriptPart(
            keys: ["session"], arguments: ["version", "state", "sessionTTL", "updated", "turnID", "consumedNotice"],
            check: """
                if tonumber(redis.call('HGET', key.session, 'version') or '0') ~= tonumber(arg.version) then \(TurnCommit.Outcome.conflict.lua) end
                """,
            apply: """
                redis.call('HINCRBY', key.session, 'version', 1)
                redis.call('HSET', key.session, 'state', arg.state, 'updated', arg.updated, 'last_turn', arg.turnID)
                redis.call('EXPIRE', key.session, arg.sessionTTL)
                if arg.consumedNotice ~= '' and redis.call('HGET', key.session, 'notice') == arg.consumedNotice then redis.call('HDEL', key.session, 'notice') end
                """)

        let session: RedisKey
        let expectedVersion: Int
        let state: [UInt8]
        let sessionTTL: Int
        let updated: Int64
        let turn: TurnID
        let consumedNotice: SessionNotice?

        func encode(into encoder: inout RedisScriptEncoder) {
            encoder.key("session", session)
            encoder.argument("version", expectedVersion)
            encoder.argument("state", state)
            encoder.argument("sessionTTL", sessionTTL)
            encoder.argument("updated", updated)
            encoder.argument("turnID", turn.value)
            encoder.argument("consumedNotice", consumedNotice?.rawValue ?? "")
        }

        func check(_ redis: inout MemoryRedis.Store) -> RedisValue? {
            let version = redis.call("HGET", session, "version").int ?? 0
            return version == expectedVersion ? nil : .integer(TurnCommit.Outcome.conflict.rawValue)
        }

        func apply(_ redis: inout MemoryRedis.Store) {
            redis.call("HINCRBY", session, "version", 1)
            redis.call("HSET", session, "state", state, "updated", updated, "last_turn", turn.value)
            redis.call("EXPIRE", session, sessionTTL)
            if let consumedNotice, redis.call("HGET", session, "notice").string == consumedNotice.rawValue { redis.call("HDEL", session, "notice") }
        }
    }

    /// This store's part of the commit of `turn`, read at `snapshot`.
    func part(turn: Turn, snapshot: Snapshot, state: DialogState, now: Int64) throws -> Part {
        Part(
            session: keys.session(turn.conversation), expectedVersion: snapshot.version, state: try Self.encodeState(state),
            sessionTTL: sessionTTL, updated: now, turn: turn.id, consumedNotice: snapshot.notice)
    }
}
