import Redis
import Shared

/// One turn's writes, atomically: one script assembled from the parts the turn's effects need
/// (``TurnExecutor``), each owning its keys and Lua. Every part's check runs before any part
/// writes; what the script answered is one ``Outcome``, whichever part decided it.
enum TurnCommit {
    /// What a commit came to. The parts' Lua returns these codes (interpolated from here, never
    /// spelt twice).
    enum Outcome: Int, RedisReplyDecodable, Equatable, Sendable {
        /// Another turn of the call committed since the session was read: read again, redo the turn
        /// (``SessionStore/Part``).
        case conflict = 0
        case committed = 1
        /// This turn was answered already (a recovered turn): nothing was written again
        /// (``TurnReplies/Part``).
        case alreadyAnswered = 2
        /// The SMS allowance refused the turn's text (``TextQuota/Claim``): nothing was written.
        case textNumberLimit = 3
        case textRangeLimit = 4
        case textGlobalHourly = 5
        case textGlobalDaily = 6

        init(reply: RedisValue) throws(RedisError) {
            guard let outcome = Outcome(rawValue: try Int(reply: reply)) else { throw .unexpectedReply("a commit answered \(reply.shape)") }
            self = outcome
        }

        /// The cap that refused a text, for outcomes that are one.
        var refusedText: TextQuota.Outcome? {
            switch self {
            case .textNumberLimit: return .numberLimit
            case .textRangeLimit: return .rangeLimit
            case .textGlobalHourly: return .globalHourly
            case .textGlobalDaily: return .globalDaily
            case .conflict, .committed, .alreadyAnswered: return nil
            }
        }

        /// As Lua returns it from a check.
        var lua: String { "return \(rawValue)" }
    }
}
