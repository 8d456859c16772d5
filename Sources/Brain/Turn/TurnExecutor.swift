import Logging
import Redis
import Shared

/// Commits a turn's effects: one script assembled from the parts the effects need, run over any
/// ``RedisCommandRunner`` (the pool in production, ``MemoryRedis`` in unit tests).
///
/// The parts, checks first in this order, then every write:
/// reply (answered already?) → session (changed since read?) → SMS allowance (a cap reached?)
/// → opt-out, call record, outbox job, statistics, channel tally, voicemail listing.
struct TurnExecutor: Sendable {
    let keys: RedisKeys
    let records: CallRecordStore
    let sms: SMSPolicy
    let sessionTTL: Int
    /// How long to wait for a replica to hold an answer before it is delivered; nil: not at all.
    let waitForReplica: Duration?
    let logger: Logger
    /// WhatsApp's caps (``WhatsAppSettings/policy``); nil when WhatsApp is not set up.
    var whatsApp: SMSPolicy? = nil

    /// The turn as taken from the queue: its bytes (to take it off the processing list), its value,
    /// and the processing list it waits in.
    struct Taken: Sendable {
        let turn: Turn
        let raw: [UInt8]
        let processingList: RedisKey
    }

    /// The parts of the commit of `effects`, in the order their checks must run: `first`, run
    /// before the commit, and `commit`, the turn's script.
    ///
    /// Outside a cluster `first` is empty and every part is in the one script. In a cluster the
    /// script runs on the conversation's shard; the SMS allowance, an opt-out and a voicemail's
    /// listing share keys with every conversation, so they run first, on the global keys, in a
    /// script of their own. Each is safe to run again when the commit then conflicts and the turn
    /// is redone: a claim counts a turn once, an opt-out sets or clears one field, and a voicemail is
    /// listed once per turn (``CallRecordStore/VoicemailOncePart``).
    func parts(
        _ effects: TurnEffects, for taken: Taken, snapshot: SessionStore.Snapshot, now: Int64
    ) throws(RedisError) -> (first: [any RedisScriptPartCall], commit: [any RedisScriptPartCall]) {
        let turn = taken.turn
        let keys = self.keys.of(turn.conversation), global = self.keys.global
        let records = self.records.of(record: turn.callSid)
        var parts: [any RedisScriptPartCall] = [
            TurnReplies(keys: keys).part(
                turn: turn, rawTurn: taken.raw, reply: effects.reply, processingList: taken.processingList, deliver: !defersDelivery(effects))
        ]
        var first: [any RedisScriptPartCall] = []
        // Outside a cluster these go into the script in the order written here, like every part.
        let shared = { (part: any RedisScriptPartCall) in
            if self.keys.isSharded { first.append(part) } else { parts.append(part) }
        }
        if let state = effects.session {
            do {
                parts.append(try SessionStore(keys: keys, sessionTTL: sessionTTL).part(turn: turn, snapshot: snapshot, state: state, now: now))
            } catch {
                throw .unexpectedReply("cannot encode the session: \(error)")
            }
            parts.append(TurnStats.Part(keys: keys, receivedAt: turn.receivedAt, committedAt: now, ungrounded: effects.ungrounded))
        }
        if let claim = effects.textClaim {
            let policy = claim.channel == .whatsapp ? (whatsApp ?? sms) : sms
            shared(TextQuota(keys: global, policy: policy, channel: claim.channel).claim(number: claim.number, segments: claim.segments, turn: turn.id, now: now))
        }
        if let optOut = effects.optOut, let part = SMSOptOuts(keys: global, channel: optOut.channel).part(for: optOut.keyword, number: optOut.number, at: now) {
            shared(part)
        }
        if let event = effects.event {
            parts.append(records.eventPart(event, then: effects.laterEvent, call: turn.callSid, keepOpenUntil: now + Int64(sessionTTL) * 1000))
        }
        if let job = effects.job { parts.append(Outbox(keys: keys).jobPart(job, dueAt: now)) }
        if let tally = effects.tally {
            parts.append(records.tallyPart(tally.channel, event: tally.event, startsConversation: tally.startsConversation, now: now))
        }
        if let listing = effects.voicemail {
            let store = self.records.global
            if self.keys.isSharded {
                first.append(store.voicemailOncePart(listing.voicemail, call: turn.callSid, callbackNumber: listing.callbackNumber, turn: turn.id))
            } else {
                parts.append(store.voicemailPart(listing.voicemail, call: turn.callSid, callbackNumber: listing.callbackNumber))
            }
        }
        return (first, parts)
    }

    /// Commits `effects` and, when the answer is not delivered by the commit itself, delivers it:
    /// once a replica holds it (`REDIS_WAIT_REPLICAS`), or at once in a cluster, where the
    /// gateway's list is on a node of its own.
    func commit(
        _ effects: TurnEffects, for taken: Taken, snapshot: SessionStore.Snapshot, now: Int64, on redis: some RedisCommandRunner
    ) async throws(RedisError) -> TurnCommit.Outcome {
        let (first, parts) = try parts(effects, for: taken, snapshot: snapshot, now: now)
        if !first.isEmpty {
            let outcome = try await redis.run(RedisPartsCall<TurnCommit.Outcome>(first, returning: TurnCommit.Outcome.committed.rawValue))
            guard outcome == .committed else { return outcome }
        }
        let outcome = try await redis.run(RedisPartsCall<TurnCommit.Outcome>(parts, returning: TurnCommit.Outcome.committed.rawValue))
        guard outcome == .committed, defersDelivery(effects) else { return outcome }
        let delivery = TurnReplies(keys: keys).deliverCommands(turn: taken.turn, reply: effects.reply)
        guard let wait = waitForReplica else {
            _ = try await redis.pipeline(delivery)
            return outcome
        }
        // The answer is heard only once a replica holds it: a fail-over cannot take back what a caller heard.
        // One round trip: Redis runs the delivery only once WAIT has returned.
        let waited = try await redis.pipeline([WAIT(replicas: 1, milliseconds: wait.milliseconds)] + delivery)
        if waited.first?.int == 0 {
            logger.warning("No replica acknowledged the answer in time; delivered it anyway", metadata: ["turn": "\(taken.turn.id)"])
        }
        return outcome
    }

    /// A dialog's answer waits for a replica when `REDIS_WAIT_REPLICAS` asks; a search or a text
    /// left unanswered keeps nothing a fail-over could lose, and is delivered at once.
    /// In a cluster every answer is delivered after its commit (the gateway's list is elsewhere).
    private func defersDelivery(_ effects: TurnEffects) -> Bool {
        keys.isSharded || (effects.session != nil && waitForReplica != nil)
    }
}
