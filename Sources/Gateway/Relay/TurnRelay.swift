import Foundation
import Logging
import Metrics
import Redis
import Shared
import Twilio

/// Hands turns to the brains through Redis and brings their TwiML back.
///
/// Stateless across requests: everything about a call lives in Redis, so any gateway can serve
/// any webhook, and a reply that misses one request's budget can be picked up by another
/// gateway through ``pickUp(_:of:budget:)``.
struct TurnRelay: Sendable {
    /// What became of a turn within the budget.
    enum Outcome: Sendable, Equatable {
        /// The brain's reply as delivered: TwiML for a call or a text, JSON for the web.
        case reply(String)
        /// The brain has not answered yet; the reply can still be picked up later.
        case pending(TurnID)
        case unavailable(String)
    }

    let redis: RedisClient
    let keys: RedisKeys
    let gatewayID: String
    let waiters: ReplyWaiters
    private let missedBudget = Counter(label: "loopai_replies_missed_budget_total")

    init(redis: RedisClient, keys: RedisKeys, gatewayID: String, waiters: ReplyWaiters) {
        self.redis = redis
        self.keys = keys
        self.gatewayID = gatewayID
        self.waiters = waiters
    }

    /// Where brains deliver replies for requests this gateway holds.
    var replyList: RedisKey { keys.replies(gateway: gatewayID) }

    /// How long a retried webhook's idempotency key is remembered.
    static let idempotencyWindow = 300

    /// Atomically: if this webhook was seen before, answer the turn it created; otherwise queue
    /// the new turn and answer its id.
    struct EnqueueOnce: RedisScriptCall {
        typealias Response = String
        static let script = RedisScript(
            keys: ["webhook", "turns"], arguments: ["turnID", "turn", "window"],
            body: """
                local existing = redis.call('GET', key.webhook)
                if existing then return existing end
                redis.call('SET', key.webhook, arg.turnID, 'EX', arg.window)
                redis.call('LPUSH', key.turns, arg.turn)
                return arg.turnID
                """)

        let webhook: RedisKey
        let turns: RedisKey
        let turn: Turn
        let payload: [UInt8]

        func encode(into encoder: inout RedisScriptEncoder) {
            encoder.key("webhook", webhook)
            encoder.key("turns", turns)
            encoder.argument("turnID", turn.id.value)
            encoder.argument("turn", payload)
            encoder.argument("window", TurnRelay.idempotencyWindow)
        }
    }

    /// Queues `turn` and waits up to `budget` for the brain's TwiML.
    /// - Parameter idempotencyKey: Twilio's `I-Twilio-Idempotency-Token`; a retry with the same
    ///   token gets the first attempt's reply instead of becoming a second turn.
    func relay(_ turn: Turn, idempotencyKey: String?, budget: Duration) async -> Outcome {
        let deadline = ContinuousClock.now + budget
        waiters.register(turn.id, deadline: deadline)
        let queued: TurnID
        do {
            queued = try await enqueue(turn, idempotencyKey: idempotencyKey)
        } catch {
            waiters.cancel(turn.id)
            return .unavailable("\(error)")
        }
        if queued != turn.id {
            // A retry of a webhook already queued: its reply goes to whichever gateway took the first attempt.
            waiters.cancel(turn.id)
            return await pickUp(queued, of: turn.conversation, budget: deadline - .now)
        }
        if let body = await waiters.wait(for: turn.id) { return .reply(body) }
        missedBudget.increment()
        return .pending(turn.id)
    }

    /// Queues `turn` for the first brain free, without waiting for its answer: the turn a retried
    /// webhook already queued (same `idempotencyKey`) when there is one, else `turn` itself.
    @discardableResult
    func enqueue(_ turn: Turn, idempotencyKey: String?) async throws -> TurnID {
        let payload = turn.encoded()
        // In a cluster, the shard of the turn's conversation: its queue, its webhook keys, its replies.
        let keys = self.keys.of(turn.conversation)
        guard let idempotencyKey else {
            try await redis.execute(LPUSH(keys.turns, payload))
            return turn.id
        }
        let answer = try await redis.run(
            EnqueueOnce(webhook: keys.webhook(call: turn.callSid, key: idempotencyKey), turns: keys.turns, turn: turn, payload: payload))
        return TurnID(answer) ?? turn.id
    }

    /// Looks for the stored reply of a turn queued earlier (by this or another gateway),
    /// polling briefly until `budget` runs out. Used by redirects and by retried webhooks.
    func pickUp(_ turn: TurnID, of conversation: ConversationID, budget: Duration) async -> Outcome {
        let keys = self.keys.of(conversation)
        let deadline = ContinuousClock.now + budget
        while true {
            do {
                if let stored = try await redis.execute(GET(keys.reply(turn: turn))) { return .reply(stored.string) }
            } catch {
                return .unavailable("\(error)")
            }
            if ContinuousClock.now + Self.pickUpInterval > deadline { break }
            try? await Task.sleep(for: Self.pickUpInterval)
        }
        missedBudget.increment()
        return .pending(turn)
    }

    static let pickUpInterval: Duration = .milliseconds(25)
}

extension TurnRelay {
    /// Counts what a caller met when the brains' answer was not there, for the console's alerts:
    /// a hold, or an apology. Best effort: Redis may be what is missing.
    func note(_ outcome: Outcome) async {
        let problem: TurnStats.Problem
        switch outcome {
        case .reply: return
        case .pending: problem = .held
        case .unavailable: problem = .apologised
        }
        _ = try? await redis.pipeline(TurnStats.count(problem, keys: keys))
    }

    /// True when the agent pressed 1 on this call's hand-off (`/twilio/agent-accept`). Redis
    /// unreachable reads as false: the caller is then offered to leave a message, never dropped.
    func handoffAccepted(call: CallSid) async -> Bool {
        (try? await redis.execute(GET(keys.handoffAccepted(call: call))))??.string == "1"
    }
}
