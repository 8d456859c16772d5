import Redis
import Shared

/// A turn's reply: kept for a held caller or a retried webhook (``RedisKeys/reply(turn:)``),
/// pushed to the gateway that holds the request, and the turn taken off this worker's
/// processing list.
struct TurnReplies: Sendable {
    let keys: RedisKeys
    /// How long a reply is kept for a held caller or a retried webhook.
    static let replyTTL = 120
    /// How long a gateway's reply list may outlive its last reply (a gateway that died).
    static let replyListTTL = 60

    /// The reply's part of a turn's commit: ends it as ``TurnCommit/Outcome/alreadyAnswered`` when
    /// the turn was answered already (a recovered turn: it only leaves the processing list), else
    /// stores the reply, delivers it unless a replica must hold it first, and takes the turn off
    /// the processing list.
    struct Part: RedisMemoryPart {
        static let part = RedisScriptPart(
            keys: ["reply", "replies", "processing"], arguments: ["reply", "replyTTL", "framedReply", "repliesTTL", "rawTurn", "deliver"],
            check: """
                if redis.call('EXISTS', key.reply) == 1 then
                    redis.call('LREM', key.processing, 1, arg.rawTurn)
                    \(TurnCommit.Outcome.alreadyAnswered.lua)
                end
                """,
            apply: """
                redis.call('SET', key.reply, arg.reply, 'EX', arg.replyTTL)
                if arg.deliver == '1' then
                    redis.call('LPUSH', key.replies, arg.framedReply)
                    redis.call('EXPIRE', key.replies, arg.repliesTTL)
                end
                redis.call('LREM', key.processing, 1, arg.rawTurn)
                """)

        let keys: RedisKeys
        let turn: Turn
        let rawTurn: [UInt8]
        let reply: TurnReply.Body
        let processingList: RedisKey
        let deliver: Bool

        func encode(into encoder: inout RedisScriptEncoder) {
            encoder.key("reply", keys.reply(turn: turn.id))
            // Undelivered, the list is not touched: the reply's own key stands in, so in a cluster
            // every key of the script stays in the conversation's slot.
            encoder.key("replies", deliver ? keys.replies(of: turn) : keys.reply(turn: turn.id))
            encoder.key("processing", processingList)
            encoder.argument("reply", reply.text)
            encoder.argument("replyTTL", TurnReplies.replyTTL)
            encoder.argument("framedReply", TurnReply(turn: turn.id, body: reply).framed)
            encoder.argument("repliesTTL", TurnReplies.replyListTTL)
            encoder.argument("rawTurn", rawTurn)
            encoder.argument("deliver", deliver ? "1" : "0")
        }

        func check(_ redis: inout MemoryRedis.Store) -> RedisValue? {
            guard redis.call("EXISTS", keys.reply(turn: turn.id)) == .integer(1) else { return nil }
            redis.call("LREM", processingList, 1, rawTurn)
            return .integer(TurnCommit.Outcome.alreadyAnswered.rawValue)
        }

        func apply(_ redis: inout MemoryRedis.Store) {
            redis.call("SET", keys.reply(turn: turn.id), reply.text, "EX", TurnReplies.replyTTL)
            if deliver {
                redis.call("LPUSH", keys.replies(of: turn), TurnReply(turn: turn.id, body: reply).framed)
                redis.call("EXPIRE", keys.replies(of: turn), TurnReplies.replyListTTL)
            }
            redis.call("LREM", processingList, 1, rawTurn)
        }
    }

    func part(turn: Turn, rawTurn: [UInt8], reply: TurnReply.Body, processingList: RedisKey, deliver: Bool) -> Part {
        Part(keys: keys, turn: turn, rawTurn: rawTurn, reply: reply, processingList: processingList, deliver: deliver)
    }

    /// Delivers a committed reply to the gateway holding the request (after a commit that did not
    /// deliver, once a replica holds it).
    func deliverCommands(turn: Turn, reply: TurnReply.Body) -> [any RedisCommandType] {
        [LPUSH(keys.replies(of: turn), TurnReply(turn: turn.id, body: reply).framed), EXPIRE(keys.replies(of: turn), seconds: Self.replyListTTL)]
    }

    /// Re-delivers a reply that was already committed (the turn came back after a worker died)
    /// and drops the turn from the processing list.
    func redeliverCommands(turn: Turn, rawTurn: [UInt8], reply: TurnReply.Body, processingList: RedisKey) -> [any RedisCommandType] {
        deliverCommands(turn: turn, reply: reply) + [LREM(processingList, rawTurn)]
    }
}
