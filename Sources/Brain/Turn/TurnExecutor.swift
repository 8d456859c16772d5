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
    let processingList: RedisKey
    let logger: Logger
    /// WhatsApp's caps (``WhatsAppSettings/policy``); nil when WhatsApp is not set up.
    var whatsApp: SMSPolicy? = nil

    /// The turn as taken from the queue: its bytes (to take it off the processing list) and its value.
    struct Taken: Sendable {
        let turn: Turn
        let raw: [UInt8]
    }

    /// The parts of the commit of `effects`, in the order their checks must run.
    func parts(_ effects: TurnEffects, for taken: Taken, snapshot: SessionStore.Snapshot, now: Int64) throws(RedisError) -> [any RedisScriptPartCall] {
        let turn = taken.turn
        var parts: [any RedisScriptPartCall] = [
            TurnReplies(keys: keys).part(turn: turn, rawTurn: taken.raw, reply: effects.reply, processingList: processingList, deliver: !defersDelivery(effects))
        ]
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
            parts.append(TextQuota(keys: keys, policy: policy, channel: claim.channel).claim(number: claim.number, segments: claim.segments, turn: turn.id, now: now))
        }
        if let optOut = effects.optOut, let part = SMSOptOuts(keys: keys, channel: optOut.channel).part(for: optOut.keyword, number: optOut.number, at: now) {
            parts.append(part)
        }
        if let event = effects.event {
            parts.append(records.eventPart(event, then: effects.laterEvent, call: turn.callSid, keepOpenUntil: now + Int64(sessionTTL) * 1000))
        }
        if let job = effects.job { parts.append(Outbox(keys: keys).jobPart(job, dueAt: now)) }
        if let tally = effects.tally {
            parts.append(records.tallyPart(tally.channel, event: tally.event, startsConversation: tally.startsConversation, now: now))
        }
        if let listing = effects.voicemail {
            parts.append(records.voicemailPart(listing.voicemail, call: turn.callSid, callbackNumber: listing.callbackNumber))
        }
        return parts
    }

    /// Commits `effects` and, when a replica must hold the answer first, delivers it once one does.
    func commit(
        _ effects: TurnEffects, for taken: Taken, snapshot: SessionStore.Snapshot, now: Int64, on redis: some RedisCommandRunner
    ) async throws(RedisError) -> TurnCommit.Outcome {
        let parts = try parts(effects, for: taken, snapshot: snapshot, now: now)
        let outcome = try await redis.run(RedisPartsCall<TurnCommit.Outcome>(parts, returning: TurnCommit.Outcome.committed.rawValue))
        if outcome == .committed, defersDelivery(effects), let wait = waitForReplica {
            // The answer is heard only once a replica holds it: a fail-over cannot take back what a caller heard.
            // One round trip: Redis runs the delivery only once WAIT has returned.
            let waited = try await redis.pipeline(
                [WAIT(replicas: 1, milliseconds: wait.milliseconds)] + TurnReplies(keys: keys).deliverCommands(turn: taken.turn, reply: effects.reply))
            if waited.first?.int == 0 {
                logger.warning("No replica acknowledged the answer in time; delivered it anyway", metadata: ["turn": "\(taken.turn.id)"])
            }
        }
        return outcome
    }

    /// A dialog's answer waits for a replica when `REDIS_WAIT_REPLICAS` asks; a search or a text
    /// left unanswered keeps nothing a fail-over could lose, and is delivered at once.
    private func defersDelivery(_ effects: TurnEffects) -> Bool {
        effects.session != nil && waitForReplica != nil
    }
}
