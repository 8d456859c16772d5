import Redis
import Twilio

/// Every Redis key Loop AI uses, in one place (documented in `docs/architecture.md`).
///
/// All keys share ``prefix`` so several deployments can share one Redis. Call SIDs and turn ids
/// reach these functions only after validation (``CallSid``, ``TurnID``), so caller input can
/// never shape a key.
///
/// This type and its extensions are the only code that makes a ``RedisKey``; a key type of its
/// own keeps any other string from reaching a command as a key. The text of each key is what
/// deployed data is stored under, so changing one needs a migration (`RedisKeysTests` pins them).
public struct RedisKeys: Sendable, Equatable {
    /// What every key these make begins with: the deployment's prefix and, in cluster mode, the
    /// hash tag of the keys' shard (``RedisKeys+Shards.swift``).
    public let prefix: String
    /// `REDIS_KEY_PREFIX` alone.
    public let deploymentPrefix: String
    /// Set in cluster mode: how keys are spread over hash slots, and which shard these keys are.
    let sharding: Sharding?

    public init(prefix: String = "loopai:") {
        self.prefix = prefix
        self.deploymentPrefix = prefix
        self.sharding = nil
    }

    init(deploymentPrefix: String, tag: String, sharding: Sharding) {
        self.prefix = deploymentPrefix + "{" + tag + "}:"
        self.deploymentPrefix = deploymentPrefix
        self.sharding = sharding
    }

    /// LIST of turns waiting for a brain, in their compact binary encoding (``Turn/encoded()``). Gateways LPUSH, brains BLMOVE from the right.
    public var turns: RedisKey { RedisKey(prefix + "turns") }

    /// LIST of turns one brain worker has taken and not finished (the reliable-queue pattern).
    public func processing(worker: String) -> RedisKey { RedisKey(prefix + "processing:" + worker) }

    /// ZSET of brain workers, scored by their last heartbeat (ms since epoch).
    public var workers: RedisKey { RedisKey(prefix + "workers") }

    /// STRING (JSON ``WorkerHeartbeat``) with a short TTL: present while the worker is alive.
    public func heartbeat(worker: String) -> RedisKey { RedisKey(prefix + "worker:" + worker) }

    /// HASH holding one call's dialog session; expires a while after the last turn.
    public func session(call: CallSid) -> RedisKey { RedisKey(prefix + "session:" + call.value) }

    /// A conversation's session. Each kind has its own key space, so no id from one channel
    /// names a session of another: a phone call's is keyed by its CallSid, a text conversation's
    /// (`session:sms:`) by a keyed hash of the number, a web conversation's (`session:web:`) by
    /// the random part of its signed id.
    public func session(_ conversation: ConversationID) -> RedisKey {
        switch conversation {
        case .phoneCall(let sid): return session(call: sid)
        case .textThread(let key): return RedisKey(prefix + "session:sms:" + key.value)
        case .whatsAppThread(let key): return RedisKey(prefix + "session:wa:" + key.value)
        case .webSession(let id): return RedisKey(prefix + "session:web:" + id.callSid.value)
        case .search(let turn): return RedisKey(prefix + "session:search:" + turn.value)
        }
    }

    /// STRING `nonce:number` for the ConversationRelay socket a call may open next: written by
    /// the signed webhook that issued the socket's URL, taken (and deleted) by the one socket that
    /// presents that nonce, so a URL opens one socket once and the caller's number comes from
    /// Twilio's signed webhook, never from the socket's own messages.
    public func relaySocket(call: CallSid) -> RedisKey { RedisKey(prefix + "relay-socket:" + call.value) }

    /// The secret that signs web session ids when `SESSION_SECRET` is unset (``ConversationKeys``).
    public var sessionSecret: RedisKey { RedisKey(prefix + "session-secret") }

    /// STRING holding the TwiML answer to one turn, kept briefly for redirects and retries.
    public func reply(turn: TurnID) -> RedisKey { RedisKey(prefix + "reply:" + turn.value) }

    /// LIST a gateway process blocks on to receive replies for the requests it holds open.
    /// Never under a shard's tag: in cluster mode each gateway's list hashes to a slot of its own,
    /// and the brain delivers to it after the commit, not within it.
    public func replies(gateway: String) -> RedisKey { RedisKey(deploymentPrefix + "replies:" + gateway) }

    /// The list a turn is to be answered on: its gateway's ``replies(gateway:)``, carried in the turn
    /// as text (``Turn/replyTo``) because the brain does not know the gateway's id.
    public func replies(of turn: Turn) -> RedisKey { RedisKey(turn.replyTo) }

    /// STRING mapping a webhook's idempotency key to the turn it created, so a retried webhook
    /// is answered with the same reply instead of becoming a second turn.
    public func webhook(call: CallSid, key: String) -> RedisKey { RedisKey(prefix + "webhook:" + call.value + ":" + key) }

    /// LIST of one call's ``CallEvent`` JSON, appended as things happen, until the call is closed.
    public func callEvents(call: CallSid) -> RedisKey { RedisKey(prefix + "call-events:" + call.value) }

    /// STRING set when the agent pressed 1 on a handed-off call (keyed by the caller's call).
    public func handoffAccepted(call: CallSid) -> RedisKey { RedisKey(prefix + "handoff-accepted:" + call.value) }

    /// HASH token bucket of one client for one group of routes (`RATE_LIMIT_PER_MINUTE`).
    public func rateLimit(scope: String, client: String) -> RedisKey { RedisKey(prefix + "ratelimit:" + scope + ":" + client) }

    /// Wrong credentials counted for one subject (``FailureCounter`` in the gateway).
    public func failures(scope: String, subject: String) -> RedisKey { RedisKey(prefix + "failures:" + scope + ":" + subject) }

    /// HASH of one minute's turns: `turns` and latency buckets `b0`…`b11` (``TurnStats``).
    public func stats(minute: Int64) -> RedisKey { RedisKey(prefix + "stats:" + String(minute)) }

    /// STRING (JSON) of one operator's dashboard session, keyed by a hash of its cookie.
    public func adminSession(_ hash: String) -> RedisKey { RedisKey(prefix + "admin-session:" + hash) }

    /// A dashboard user's session generation: raised by "log out everywhere", which ends every
    /// session made under an earlier one.
    public func adminGeneration(user: String) -> RedisKey { RedisKey(prefix + "admin-generation:" + user) }

    /// HASH describing the uploaded network list in use (``NetworkVersion``).
    public var networkCurrent: RedisKey { RedisKey(prefix + "network:current") }

    /// STRING counter of uploaded list versions.
    public var networkVersions: RedisKey { RedisKey(prefix + "network:version") }

    /// STRING holding one uploaded list's CSV bytes.
    public func networkCSV(version: Int) -> RedisKey { RedisKey(networkCSVPrefix.text + String(version)) }

    /// What ``networkCSV(version:)`` puts before the version number (the upload script adds it).
    public var networkCSVPrefix: RedisKey { RedisKey(prefix + "network:csv:") }

    /// LIST of the kept versions' ``NetworkVersion`` JSON, newest first.
    public var networkHistory: RedisKey { RedisKey(prefix + "network:history") }

    /// ZSET of calls with events, scored by when their record is due to be closed (ms since epoch).
    public var closingCalls: RedisKey { RedisKey(prefix + "calls:closing") }

    /// STREAM of closed calls: fields `call` and `events` (a JSON array of ``CallEvent``).
    public var callRecords: RedisKey { RedisKey(prefix + "calls") }
    /// A filed call's stream id in ``callRecords``, for opening one call by its CallSid.
    public func callRecordID(call: CallSid) -> RedisKey { RedisKey(prefix + "calls:id:" + call.value) }

    /// HASH of one UTC day's call counters (``CallTally``), added to as each call's record closes.
    public func callDay(_ day: String) -> RedisKey { RedisKey(prefix + "calls:day:" + day) }

    /// ZSET of the places asked about on one UTC day, scored by how many calls asked.
    public func callDayPlaces(_ day: String) -> RedisKey { RedisKey(prefix + "calls:day:" + day + ":places") }

    /// ZSET of the hospital names asked for on one UTC day that the list lacks, scored by calls.
    public func callDayNotFound(_ day: String) -> RedisKey { RedisKey(prefix + "calls:day:" + day + ":not-found") }

    /// The three keys of one day's summary in `channel`: phone calls' (above), or the web page's
    /// or texts' (counted per turn as they are answered).
    public func summaryKeys(_ channel: SummaryChannel, day: String) -> (counters: RedisKey, places: RedisKey, notFound: RedisKey) {
        guard channel != .calls else { return (callDay(day), callDayPlaces(day), callDayNotFound(day)) }
        let base = prefix + channel.rawValue + ":day:" + day
        return (RedisKey(base), RedisKey(base + ":places"), RedisKey(base + ":not-found"))
    }

    /// ZSET a summary adds several days' sets into, read and deleted in the same pipeline.
    public func summaryScratch(_ id: String) -> RedisKey { RedisKey(prefix + "calls:summary-scratch:" + id) }

    /// STREAM of voicemails left for the agents (``Voicemail``), newest last.
    public var voicemails: RedisKey { RedisKey(prefix + "voicemails") }

    /// HASH of voicemail transcriptions by RecordingSid (Twilio transcribes after the call).
    public var voicemailTranscripts: RedisKey { RedisKey(prefix + "voicemail-transcripts") }

    /// A voicemail's work (``VoicemailWork`` JSON); expires with the call records.
    public func voicemailWork(call: String) -> RedisKey { RedisKey(prefix + "voicemail-work:" + call) }

    /// LIST of a voicemail's reveals of its callback number (``VoicemailWork/Step`` JSON), kept
    /// apart from its moves so no number of moves ever trims one; expires with the call records.
    public func voicemailReveals(call: CallSid) -> RedisKey { RedisKey(prefix + "voicemail-reveals:" + call.value) }

    /// A voicemail's callback number, read only by a logged reveal; expires with the call records.
    public func voicemailNumber(call: CallSid) -> RedisKey { RedisKey(prefix + "voicemail-number:" + call.value) }

    /// STRING marking that a turn's voicemail was listed (in a cluster, where the listing runs
    /// before the turn's commit and a redone turn must not list it again).
    public func voicemailListed(turn: TurnID) -> RedisKey { RedisKey(prefix + "voicemail-listed:" + turn.value) }

    /// HASH of queued REST jobs (``OutboundJob`` JSON) by job id.
    public var outboxJobs: RedisKey { RedisKey(prefix + "outbox:jobs") }

    /// ZSET of queued REST job ids, scored by when a sender may next take them (ms since epoch).
    public var outboxDue: RedisKey { RedisKey(prefix + "outbox:due") }

    /// STRING marking a job done (its result), so a job taken again after a crash is not sent twice.
    public func outboxDone(job: String) -> RedisKey { RedisKey(prefix + "outbox:done:" + job) }

    /// The SMS allowance's counters: what each counts, and over which UTC day (`2026-11-26`).
    public enum TextQuotaCounter: Sendable {
        /// SET of the turns that texted one number (its hash) that day: the daily limit per number.
        case number(hash: String)
        /// STRING: segments sent to one range of numbers (its hash) that day.
        case range(hash: String)
        /// STRING: segments the whole service sent in one hour (0–23, UTC) of that day.
        case hour(Int)
        /// STRING: segments the whole service sent that day.
        case day
    }

    /// One of the SMS allowance's counters (``TextQuotaCounter``) for `day`.
    /// WhatsApp's are counted apart (`wa-quota:…`), per message rather than per segment.
    public func textQuota(_ counter: TextQuotaCounter, day: String, channel: MessageChannel = .sms) -> RedisKey {
        let base = prefix + (channel == .sms ? "sms-quota:" : "wa-quota:")
        switch counter {
        case .number(let hash): return RedisKey(base + hash + ":" + day)
        case .range(let hash): return RedisKey(base + "range-" + hash + ":" + day)
        case .hour(let hour): return RedisKey(base + "all:" + day + "T" + String(hour))
        case .day: return RedisKey(base + "all:" + day)
        }
    }

    /// HASH of the numbers (hashed) that texted STOP, with when: never texted again until START.
    public var smsOptOuts: RedisKey { RedisKey(prefix + "sms-opt-outs") }

    /// HASH of the numbers (hashed) that sent STOP on `channel`, with when.
    public func optOuts(_ channel: MessageChannel) -> RedisKey {
        switch channel {
        case .sms: return smsOptOuts
        case .whatsapp: return RedisKey(prefix + "whatsapp-opt-outs")
        }
    }

    /// STRING: the SMS to send instead if the WhatsApp message `message` (its SID) fails, parked
    /// until Twilio reports the message's fate.
    public func whatsAppFallback(message: String) -> RedisKey { RedisKey(prefix + "whatsapp-fallback:" + message) }
}
