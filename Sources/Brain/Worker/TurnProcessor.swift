import Foundation
import HospitalSearch
import Logging
import Metrics
import Redis
import Shared

/// Answers one turn taken from the queue: decode, read, handle, commit.
///
/// Reading is one round trip (``SessionStore/read(_:on:)``); handling is pure
/// (``TurnHandlers``: the turn in, ``TurnEffects`` out); committing is one script
/// (``TurnExecutor``). A commit that loses a race with another turn of the same call is redone
/// on the fresh session; one the SMS allowance refuses is handled again knowing it; a turn that
/// was already answered (it came back from a dead worker's list) is only re-delivered.
struct TurnProcessor: Sendable {
    let holder: NetworkHolder
    /// The dialog as configured; each turn gets the directory being served at the time.
    let engine: DialogEngine
    let settings: TurnSettings
    let store: SessionStore
    let executor: TurnExecutor
    /// Turns older than this are dropped: Twilio gave up on them long ago.
    let maximumTurnAge: Duration
    let logger: Logger
    let metrics: BrainMetrics

    static let maximumAttempts = 5

    /// Processes the raw turn. Throws only for Redis failures; the turn then stays in the
    /// processing list and is tried again.
    /// - Parameter processingList: the list the turn was moved into when it was taken.
    func process(_ raw: [UInt8], from processingList: RedisKey, on redis: some RedisCommandRunner) async throws(RedisError) {
        let started = ContinuousClock.now
        let turn: Turn
        do {
            turn = try Turn.decode(raw)
        } catch {
            logger.error("Dropped a turn that does not decode", metadata: ["error": "\(error)", "bytes": "\(raw.count)"])
            metrics.unanswered(.invalid, .dropped)
            try await redis.execute(LREM(processingList, raw))
            return
        }
        let age = Date.nowMilliseconds - turn.receivedAt
        metrics.queueWait.recordMilliseconds(max(age, 0))
        // A message left is never stale: listing it late is right, dropping it loses a callback.
        if age > maximumTurnAge.milliseconds, !turn.isVoicemail {
            logger.warning("Dropped a stale turn", metadata: ["call": "\(turn.callSid)", "turn": "\(turn.id)", "age_ms": "\(age)"])
            metrics.unanswered(.stale, .dropped)
            try await redis.execute(LREM(processingList, raw))
            return
        }
        var engine = self.engine
        engine.directory = holder.directory
        let handlers = TurnHandlers(engine: engine, settings: settings)
        let taken = TurnExecutor.Taken(turn: turn, raw: raw, processingList: processingList)
        var refusedText: TextQuota.Outcome?
        var attempt = 1
        while attempt <= Self.maximumAttempts {
            let snapshot = try await store.read(turn, on: redis)
            if let existing = snapshot.existingReply {
                _ = try await redis.pipeline(
                    TurnReplies(keys: store.keys.of(turn.conversation)).redeliverCommands(turn: turn, rawTurn: raw, reply: TurnReply.Body(text: existing), processingList: processingList))
                logger.info("Re-delivered an answered turn", metadata: ["call": "\(turn.callSid)", "turn": "\(turn.id)"])
                metrics.unanswered(.redelivered, .redelivered)
                return
            }
            let thinking = ContinuousClock.now
            let now = Date.nowMilliseconds
            let effects = handlers.effects(for: turn, in: TurnSituation(snapshot: snapshot, now: now, refusedText: refusedText))
            if case .answered = effects.report { metrics.processing.recordNanoseconds((ContinuousClock.now - thinking).nanoseconds) }
            let outcome = try await executor.commit(effects, for: taken, snapshot: snapshot, now: now, on: redis)
            switch outcome {
            case .committed, .alreadyAnswered:
                report(effects, of: turn, committed: outcome == .committed, attempts: attempt, since: started)
                return
            case .conflict:
                metrics.conflicts.increment()
                attempt += 1
            case .textNumberLimit, .textRangeLimit, .textGlobalHourly, .textGlobalDaily:
                // Handled again knowing it: the effects then claim no text.
                guard refusedText == nil, let cap = outcome.refusedText else { throw .unexpectedReply("a commit without a text claim refused one") }
                noteRefusedText(cap)
                refusedText = cap
            }
        }
        logger.error("Gave up on a turn after repeated session conflicts", metadata: ["call": "\(turn.callSid)", "turn": "\(turn.id)"])
        try await redis.execute(LREM(processingList, raw))
    }

    /// Logs and counts what a committed turn came to.
    private func report(_ effects: TurnEffects, of turn: Turn, committed: Bool, attempts: Int, since started: ContinuousClock.Instant) {
        switch effects.report {
        case .answered(let outcome, let action):
            metrics.total.recordMilliseconds(max(Date.nowMilliseconds - turn.receivedAt, 0))
            metrics.answered(outcome, committed ? TurnDisposition(action) : .duplicate)
            logger.info(
                "Turn answered",
                metadata: [
                    "call": "\(turn.callSid)", "turn": "\(turn.id)", "kind": "\(turn.kind.rawValue)",
                    "intent": "\(outcome.rawValue)", "outcome": "\(TurnDisposition(action).rawValue)",
                    "caller": "\(turn.caller?.masked ?? "-")", "latency_ms": "\(String(format: "%.3f", (ContinuousClock.now - started).seconds * 1000))",
                    "attempts": "\(attempts)",
                ])
        case .searched:
            metrics.answered(.search, .answered)
        case .leftUnanswered(let why):
            logger.notice("\(why)", metadata: ["caller": "\(turn.caller?.masked ?? "-")"])
            metrics.unanswered(.refusedText, .dropped)
        }
    }

    /// A service-wide or range cap refusing a text stops pumping through many numbers: someone must look.
    private func noteRefusedText(_ outcome: TextQuota.Outcome) {
        guard outcome != .allowed, outcome != .numberLimit else { return }
        metrics.smsCapReached(outcome)
        logger.error("An SMS cap was reached; texts are refused until it resets", metadata: ["cap": "\(outcome)"])
    }
}

extension TurnProcessor {
    /// The processor a brain runs, from its configuration.
    init(configuration: BrainConfiguration, holder: NetworkHolder, logger: Logger, metrics: BrainMetrics) {
        var engine = DialogEngine(
            directory: holder.directory, humanAgentNumber: configuration.humanAgentNumber, voices: configuration.voices,
            defaultLanguage: configuration.defaultLanguage)
        engine.humanAgentCallerID = configuration.humanAgentCallerID
        self.init(
            holder: holder, engine: engine,
            settings: TurnSettings(canText: configuration.canText, sms: configuration.sms, recordCalls: configuration.recordCalls, whatsApp: configuration.whatsApp),
            store: SessionStore(keys: configuration.keys, sessionTTL: configuration.sessionTTL),
            executor: TurnExecutor(
                keys: configuration.keys, records: configuration.records, sms: configuration.sms, sessionTTL: configuration.sessionTTL,
                waitForReplica: configuration.waitForReplica, logger: logger, whatsApp: configuration.whatsApp?.policy),
            maximumTurnAge: configuration.maximumTurnAge, logger: logger, metrics: metrics)
    }
}
