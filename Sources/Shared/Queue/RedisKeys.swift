/// Every Redis key Loop AI uses, in one place (documented in `docs/architecture.md`).
///
/// All keys share ``prefix`` so several deployments can share one Redis. Call SIDs and turn ids
/// reach these functions only after validation (``CallSid``, ``TurnID``), so caller input can
/// never shape a key.
public struct RedisKeys: Sendable, Equatable {
    public let prefix: String

    public init(prefix: String = "loopai:") {
        self.prefix = prefix
    }

    /// LIST of ``Turn`` JSON waiting for a brain. Gateways LPUSH, brains BLMOVE from the right.
    public var turns: String { prefix + "turns" }

    /// LIST of turns one brain worker has taken and not finished (the reliable-queue pattern).
    public func processing(worker: String) -> String { prefix + "processing:" + worker }

    /// ZSET of brain workers, scored by their last heartbeat (ms since epoch).
    public var workers: String { prefix + "workers" }

    /// STRING (JSON ``WorkerHeartbeat``) with a short TTL: present while the worker is alive.
    public func heartbeat(worker: String) -> String { prefix + "worker:" + worker }

    /// HASH holding one call's dialog session; expires a while after the last turn.
    public func session(call: CallSid) -> String { prefix + "session:" + call.value }

    /// STRING holding the TwiML answer to one turn, kept briefly for redirects and retries.
    public func reply(turn: TurnID) -> String { prefix + "reply:" + turn.value }

    /// LIST a gateway process blocks on to receive replies for the requests it holds open.
    public func replies(gateway: String) -> String { prefix + "replies:" + gateway }

    /// STRING mapping a webhook's idempotency key to the turn it created, so a retried webhook
    /// is answered with the same reply instead of becoming a second turn.
    public func webhook(call: CallSid, key: String) -> String { prefix + "webhook:" + call.value + ":" + key }
}
