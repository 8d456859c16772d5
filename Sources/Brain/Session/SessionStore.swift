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

    /// A session as read, with the version the commit must find unchanged.
    struct Snapshot: Sendable {
        var version: Int
        var state: DialogState?
        /// News for the caller left by a sender, said on this turn.
        var notice: SessionNotice?
    }

    /// Reads a session and whether the turn was already answered, in one round trip.
    func read(_ conversation: ConversationID, turn: TurnID, on redis: some RedisCommandRunner) async throws(RedisError) -> (Snapshot, existingReply: String?) {
        let (session, reply) = try await redis.execute(HMGET(keys.session(conversation), ["version", "state", "notice"]), GET(keys.reply(turn: turn)))
        let fields = try session.get()
        let version = fields.first??.int ?? 0
        // A session from an incompatible version is started afresh rather than failing the call.
        let state = fields.count > 1 ? fields[1].flatMap { try? Self.decodeState($0.bytes) } : nil
        let notice = fields.count > 2 ? fields[2].flatMap { SessionNotice(rawValue: $0.string) } : nil
        return (Snapshot(version: version, state: state, notice: notice), try reply.get()?.string)
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

    /// The session's part of a turn's commit: refuses (0) when another turn of the call
    /// committed since the read, else writes the new state and clears the notice the turn said.
    struct Part: RedisScriptPartCall {
        static let part = RedisScriptPart(
            keys: ["session"], arguments: ["version", "state", "sessionTTL", "updated", "turnID", "consumedNotice"],
            check: """
                local version = tonumber(redis.call('HGET', key.session, 'version') or '0')
                if version ~= tonumber(arg.version) then return 0 end
                """,
            apply: """
                redis.call('HSET', key.session, 'version', version + 1, 'state', arg.state, 'updated', arg.updated, 'last_turn', arg.turnID)
                redis.call('EXPIRE', key.session, arg.sessionTTL)
                if arg.consumedNotice ~= '' and redis.call('HGET', key.session, 'notice') == arg.consumedNotice then redis.call('HDEL', key.session, 'notice') end
                """)

        let session: String
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
    }

    /// This store's part of the commit of `turn`, read at `snapshot`.
    func part(turn: Turn, snapshot: Snapshot, state: DialogState, now: Int64) throws -> Part {
        Part(
            session: keys.session(turn.conversation), expectedVersion: snapshot.version, state: try Self.encodeState(state),
            sessionTTL: sessionTTL, updated: now, turn: turn.id, consumedNotice: snapshot.notice)
    }
}
