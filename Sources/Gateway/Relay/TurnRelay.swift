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
/// gateway through ``pickUp(_:budget:)``.
struct TurnRelay: Sendable {
    /// What became of a turn within the budget.
    enum Outcome: Sendable, Equatable {
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
    var replyList: String { keys.replies(gateway: gatewayID) }

    /// How long a retried webhook's idempotency key is remembered.
    static let idempotencyWindow = 300

    /// Atomically: if this webhook was seen before, return the turn it created; otherwise queue the new turn.
    static let enqueueOnce = RedisScript(
        """
        local existing = redis.call('GET', KEYS[1])
        if existing then return existing end
        redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[3])
        redis.call('LPUSH', KEYS[2], ARGV[2])
        return ARGV[1]
        """)

    /// Queues `turn` and waits up to `budget` for the brain's TwiML.
    /// - Parameter idempotencyKey: Twilio's `I-Twilio-Idempotency-Token`; a retry with the same
    ///   token gets the first attempt's reply instead of becoming a second turn.
    func relay(_ turn: Turn, idempotencyKey: String?, budget: Duration) async -> Outcome {
        let deadline = ContinuousClock.now + budget
        waiters.register(turn.id, deadline: deadline)
        let queued: TurnID
        do {
            let payload = try turn.encoded()
            if let idempotencyKey {
                let answer = try await redis.run(
                    Self.enqueueOnce, keys: [keys.webhook(call: turn.callSid, key: idempotencyKey), keys.turns],
                    arguments: [Array(turn.id.value.utf8), payload, Array(String(Self.idempotencyWindow).utf8)]
                )
                queued = answer.string.flatMap(TurnID.init) ?? turn.id
            } else {
                try await redis.execute(.lpush(keys.turns, payload))
                queued = turn.id
            }
        } catch {
            waiters.cancel(turn.id)
            return .unavailable("\(error)")
        }
        if queued != turn.id {
            // A retry of a webhook already queued: its reply goes to whichever gateway took the first attempt.
            waiters.cancel(turn.id)
            return await pickUp(queued, budget: deadline - .now)
        }
        if let twiml = await waiters.wait(for: turn.id) { return .reply(twiml) }
        missedBudget.increment()
        return .pending(turn.id)
    }

    /// Looks for the stored reply of a turn queued earlier (by this or another gateway),
    /// polling briefly until `budget` runs out. Used by redirects and by retried webhooks.
    func pickUp(_ turn: TurnID, budget: Duration) async -> Outcome {
        let deadline = ContinuousClock.now + budget
        while true {
            do {
                let value = try await redis.execute(.get(keys.reply(turn: turn)))
                if let twiml = value.string { return .reply(twiml) }
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
    /// True when the agent pressed 1 on this call's hand-off (`/twilio/agent-accept`). Redis
    /// unreachable reads as false: the caller is then offered to leave a message, never dropped.
    func handoffAccepted(call: CallSid) async -> Bool {
        (try? await redis.execute(.get(keys.handoffAccepted(call: call))).string) == "1"
    }
}
