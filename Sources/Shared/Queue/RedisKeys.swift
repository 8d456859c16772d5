import Twilio

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

    /// LIST of turns waiting for a brain, in their compact binary encoding (``Turn/encoded()``). Gateways LPUSH, brains BLMOVE from the right.
    public var turns: String { prefix + "turns" }

    /// LIST of turns one brain worker has taken and not finished (the reliable-queue pattern).
    public func processing(worker: String) -> String { prefix + "processing:" + worker }

    /// ZSET of brain workers, scored by their last heartbeat (ms since epoch).
    public var workers: String { prefix + "workers" }

    /// STRING (JSON ``WorkerHeartbeat``) with a short TTL: present while the worker is alive.
    public func heartbeat(worker: String) -> String { prefix + "worker:" + worker }

    /// HASH holding one call's dialog session; expires a while after the last turn.
    public func session(call: CallSid) -> String { prefix + "session:" + call.value }

    /// A conversation's session. Each kind has its own key space, so no id from one channel
    /// names a session of another: a phone call's is keyed by its CallSid, a text conversation's
    /// (`session:sms:`) by a keyed hash of the number, a web conversation's (`session:web:`) by
    /// the random part of its signed id.
    public func session(_ conversation: ConversationID) -> String {
        switch conversation {
        case .phoneCall(let sid): return session(call: sid)
        case .textThread(let key): return prefix + "session:sms:" + key.value
        case .webSession(let id): return prefix + "session:web:" + id.callSid.value
        case .search(let turn): return prefix + "session:search:" + turn.value
        }
    }

    /// STRING `nonce:number` for the ConversationRelay socket a call may open next: written by
    /// the signed webhook that issued the socket's URL, taken (and deleted) by the one socket that
    /// presents that nonce, so a URL opens one socket once and the caller's number comes from
    /// Twilio's signed webhook, never from the socket's own messages.
    public func relaySocket(call: CallSid) -> String { prefix + "relay-socket:" + call.value }

    /// The secret that signs web session ids when `SESSION_SECRET` is unset (``ConversationKeys``).
    public var sessionSecret: String { prefix + "session-secret" }

    /// STRING holding the TwiML answer to one turn, kept briefly for redirects and retries.
    public func reply(turn: TurnID) -> String { prefix + "reply:" + turn.value }

    /// LIST a gateway process blocks on to receive replies for the requests it holds open.
    public func replies(gateway: String) -> String { prefix + "replies:" + gateway }

    /// STRING mapping a webhook's idempotency key to the turn it created, so a retried webhook
    /// is answered with the same reply instead of becoming a second turn.
    public func webhook(call: CallSid, key: String) -> String { prefix + "webhook:" + call.value + ":" + key }

    /// LIST of one call's ``CallEvent`` JSON, appended as things happen, until the call is closed.
    public func callEvents(call: CallSid) -> String { prefix + "call-events:" + call.value }

    /// STRING set when the agent pressed 1 on a handed-off call (keyed by the caller's call).
    public func handoffAccepted(call: CallSid) -> String { prefix + "handoff-accepted:" + call.value }

    /// HASH token bucket of one client for one group of routes (`RATE_LIMIT_PER_MINUTE`).
    public func rateLimit(scope: String, client: String) -> String { prefix + "ratelimit:" + scope + ":" + client }

    /// Wrong credentials counted for one subject (``FailureCounter`` in the gateway).
    public func failures(scope: String, subject: String) -> String { prefix + "failures:" + scope + ":" + subject }

    /// HASH of one minute's turns: `turns` and latency buckets `b0`…`b11` (``TurnStats``).
    public func stats(minute: Int64) -> String { prefix + "stats:" + String(minute) }

    /// STRING (JSON) of one operator's dashboard session, keyed by a hash of its cookie.
    public func adminSession(_ hash: String) -> String { prefix + "admin-session:" + hash }

    /// A dashboard user's session generation: raised by "log out everywhere", which ends every
    /// session made under an earlier one.
    public func adminGeneration(user: String) -> String { prefix + "admin-generation:" + user }

    /// HASH describing the uploaded network list in use (``NetworkVersion``).
    public var networkCurrent: String { prefix + "network:current" }

    /// STRING counter of uploaded list versions.
    public var networkVersions: String { prefix + "network:version" }

    /// STRING holding one uploaded list's CSV bytes.
    public func networkCSV(version: Int) -> String { networkCSVPrefix + String(version) }

    /// What ``networkCSV(version:)`` puts before the version number (the upload script adds it).
    public var networkCSVPrefix: String { prefix + "network:csv:" }

    /// LIST of the kept versions' ``NetworkVersion`` JSON, newest first.
    public var networkHistory: String { prefix + "network:history" }

    /// ZSET of calls with events, scored by when their record is due to be closed (ms since epoch).
    public var closingCalls: String { prefix + "calls:closing" }

    /// STREAM of closed calls: fields `call` and `events` (a JSON array of ``CallEvent``).
    public var callRecords: String { prefix + "calls" }
    /// A filed call's stream id in ``callRecords``, for opening one call by its CallSid.
    public func callRecordID(call: CallSid) -> String { prefix + "calls:id:" + call.value }

    /// HASH of one UTC day's call counters (``CallTally``), added to as each call's record closes.
    public func callDay(_ day: String) -> String { prefix + "calls:day:" + day }

    /// ZSET of the places asked about on one UTC day, scored by how many calls asked.
    public func callDayPlaces(_ day: String) -> String { prefix + "calls:day:" + day + ":places" }

    /// ZSET of the hospital names asked for on one UTC day that the list lacks, scored by calls.
    public func callDayNotFound(_ day: String) -> String { prefix + "calls:day:" + day + ":not-found" }

    /// The three keys of one day's summary in `channel`: phone calls' (above), or the web page's
    /// or texts' (counted per turn as they are answered).
    public func summaryKeys(_ channel: SummaryChannel, day: String) -> (counters: String, places: String, notFound: String) {
        guard channel != .calls else { return (callDay(day), callDayPlaces(day), callDayNotFound(day)) }
        let base = prefix + channel.rawValue + ":day:" + day
        return (base, base + ":places", base + ":not-found")
    }

    /// ZSET a summary adds several days' sets into, read and deleted in the same pipeline.
    public func summaryScratch(_ id: String) -> String { prefix + "calls:summary-scratch:" + id }

    /// STREAM of voicemails left for the agents (``Voicemail``), newest last.
    public var voicemails: String { prefix + "voicemails" }

    /// HASH of voicemail transcriptions by RecordingSid (Twilio transcribes after the call).
    public var voicemailTranscripts: String { prefix + "voicemail-transcripts" }

    /// A voicemail's work (``VoicemailWork`` JSON); expires with the call records.
    public func voicemailWork(call: String) -> String { prefix + "voicemail-work:" + call }

    /// LIST of a voicemail's reveals of its callback number (``VoicemailWork/Step`` JSON), kept
    /// apart from its moves so no number of moves ever trims one; expires with the call records.
    public func voicemailReveals(call: CallSid) -> String { prefix + "voicemail-reveals:" + call.value }

    /// A voicemail's callback number, read only by a logged reveal; expires with the call records.
    public func voicemailNumber(call: CallSid) -> String { prefix + "voicemail-number:" + call.value }

    /// HASH of queued REST jobs (``OutboundJob`` JSON) by job id.
    public var outboxJobs: String { prefix + "outbox:jobs" }

    /// ZSET of queued REST job ids, scored by when a sender may next take them (ms since epoch).
    public var outboxDue: String { prefix + "outbox:due" }

    /// STRING marking a job done (its result), so a job taken again after a crash is not sent twice.
    public func outboxDone(job: String) -> String { prefix + "outbox:done:" + job }

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
    public func textQuota(_ counter: TextQuotaCounter, day: String) -> String {
        switch counter {
        case .number(let hash): return prefix + "sms-quota:" + hash + ":" + day
        case .range(let hash): return prefix + "sms-quota:range-" + hash + ":" + day
        case .hour(let hour): return prefix + "sms-quota:all:" + day + "T" + String(hour)
        case .day: return prefix + "sms-quota:all:" + day
        }
    }

    /// HASH of the numbers (hashed) that texted STOP, with when: never texted again until START.
    public var smsOptOuts: String { prefix + "sms-opt-outs" }
}
