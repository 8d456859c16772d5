import Foundation
import HospitalSearch
import Logging
import Metrics
import Redis
import Shared

/// Answers one turn taken from the queue: reads the session, runs the dialog, commits.
///
/// Runs in a consumer task, on the shared pool connection the consumer was given. A commit that loses a race with
/// another turn of the same call is redone on the fresh session; a turn that was already
/// answered (it came back from a dead worker's list) is only re-delivered.
struct TurnProcessor: Sendable {
    let holder: NetworkHolder
    let store: SessionStore
    let replies: TurnReplies
    let configuration: BrainConfiguration
    let processingList: String
    let logger: Logger
    let metrics: BrainMetrics

    static let maximumAttempts = 5

    /// Processes the raw turn. Throws only for Redis failures; the turn then stays in the
    /// processing list and is tried again.
    func process(_ raw: [UInt8], on connection: ReconnectingRedisConnection) async throws(RedisError) {
        let started = ContinuousClock.now
        let turn: Turn
        do {
            turn = try Turn.decode(raw)
        } catch {
            logger.error("Dropped a turn that is not valid JSON", metadata: ["error": "\(error)", "bytes": "\(raw.count)"])
            metrics.unanswered(.invalid, .dropped)
            try await acknowledge(raw, on: connection)
            return
        }
        let age = Date.nowMilliseconds - turn.receivedAt
        metrics.queueWait.recordMilliseconds(max(age, 0))
        // A message left is never stale: listing it late is right, dropping it loses a callback.
        if age > configuration.maximumTurnAge.milliseconds, !turn.isVoicemail {
            logger.warning("Dropped a stale turn", metadata: ["call": "\(turn.callSid)", "turn": "\(turn.id)", "age_ms": "\(age)"])
            metrics.unanswered(.stale, .dropped)
            try await acknowledge(raw, on: connection)
            return
        }
        if turn.kind == .search {
            try await answerSearch(turn, raw: raw, on: connection)
            return
        }
        var engine = DialogEngine(
            directory: holder.directory, humanAgentNumber: configuration.humanAgentNumber, voices: configuration.voices,
            defaultLanguage: configuration.defaultLanguage)
        engine.humanAgentCallerID = configuration.humanAgentCallerID
        for attempt in 1...Self.maximumAttempts {
            let (snapshot, existing) = try await store.read(turn.conversation, turn: turn.id, on: connection)
            if let existing {
                _ = try await connection.pipeline(
                    replies.redeliverCommands(turn: turn, rawTurn: raw, reply: TurnReply.Body(text: existing), processingList: processingList))
                logger.info("Re-delivered an answered turn", metadata: ["call": "\(turn.callSid)", "turn": "\(turn.id)"])
                metrics.unanswered(.redelivered, .redelivered)
                return
            }
            let thinking = ContinuousClock.now
            guard let answered = try await respond(to: turn, snapshot: snapshot, engine: engine, on: connection) else {
                try await leaveTextUnanswered(turn, raw: raw, on: connection)
                return
            }
            let (decision, reply, said) = answered
            metrics.processing.recordNanoseconds((ContinuousClock.now - thinking).nanoseconds)
            let now = Date.nowMilliseconds
            let event = turn.kind.isPhoneCall ? CallEvent(turn: turn, decision: decision, at: now, said: said) : nil
            let session: SessionStore.Part
            do {
                session = try store.part(turn: turn, snapshot: snapshot, state: decision.state, now: now)
            } catch {
                throw .unexpectedReply("cannot encode the session: \(error)")
            }
            let commit = TurnCommit(
                reply: replies.part(turn: turn, rawTurn: raw, reply: reply, processingList: processingList, deliver: configuration.waitForReplica == nil),
                session: session,
                event: configuration.records.eventPart(event, call: turn.callSid, keepOpenUntil: now + Int64(configuration.sessionTTL) * 1000),
                job: Outbox(keys: configuration.keys).jobPart(outboundJob(for: decision, turn: turn, at: now), dueAt: now),
                stats: TurnStats.Part(keys: configuration.keys, receivedAt: turn.receivedAt, committedAt: now))
            let result = try await connection.run(commit)
            if result == .committed, let wait = configuration.waitForReplica {
                // The answer is heard only once a replica holds it: a fail-over cannot take back what a caller heard.
                // One round trip: Redis runs the delivery only once WAIT has returned.
                let waited = try await connection.pipeline([WAIT(replicas: 1, milliseconds: wait.milliseconds)] + replies.deliverCommands(turn: turn, reply: reply))
                if waited.first?.int == 0 {
                    logger.warning("No replica acknowledged the answer in time; delivered it anyway", metadata: ["turn": "\(turn.id)"])
                }
            }
            if result == .committed, decision.outbound == .stopRecording, decision.state.relay == nil {
                // The answer's <Stop><Recording> stopped it: noted as a REST stop would be.
                _ = try? await connection.pipeline(
                    configuration.records.appendCommands(CallEvent(kind: .recording, at: now, status: "stopped-by-caller"), call: turn.callSid))
            }
            if result == .committed, decision.heldBack > 0 {
                // Rare, and an alert on the dashboard when it happens: worth its own round trip.
                _ = try? await connection.pipeline(TurnStats.count(.ungrounded, keys: configuration.keys, now: now))
            }
            if result == .committed, turn.kind == .voicemail, let event {
                // Listed for the agents at once, not only when the call's record closes.
                let number = turn.caller?.replyNumber
                let voicemail = Voicemail(
                    call: turn.callSid.value, caller: turn.caller?.masked, event: event, language: decision.language.rawValue, hasCallbackNumber: number != nil)
                _ = try? await connection.pipeline(
                    [configuration.records.addVoicemailCommand(voicemail)]
                        + (number.map { configuration.records.callbackNumberCommands(call: turn.callSid, number: $0) } ?? []))
            }
            if result == .committed, let channel = Self.channel(turn.kind) {
                // The web page's and texts' questions count in the summaries too, each in its own channel.
                let startsConversation = ConversationCount.starts(turn, previous: snapshot.state)
                _ = try? await connection.pipeline(
                    configuration.records.channelTally(
                        channel, event: CallEvent(turn: turn, decision: decision, at: now), startsConversation: startsConversation, now: now))
            }
            switch result {
            case .committed, .alreadyAnswered:
                let total = Date.nowMilliseconds - turn.receivedAt
                metrics.total.recordMilliseconds(max(total, 0))
                metrics.answered(decision.outcome, result == .committed ? TurnDisposition(decision.action) : .duplicate)
                logger.info(
                    "Turn answered",
                    metadata: [
                        "call": "\(turn.callSid)", "turn": "\(turn.id)", "kind": "\(turn.kind.rawValue)",
                        "intent": "\(decision.outcome.rawValue)", "outcome": "\(TurnDisposition(decision.action).rawValue)",
                        "caller": "\(turn.caller?.masked ?? "-")", "latency_ms": "\(String(format: "%.3f", (ContinuousClock.now - started).seconds * 1000))",
                        "attempts": "\(attempt)",
                    ])
                return
            case .conflict:
                metrics.conflicts.increment()
                continue
            }
        }
        logger.error("Gave up on a turn after repeated session conflicts", metadata: ["call": "\(turn.callSid)", "turn": "\(turn.id)"])
        try await acknowledge(raw, on: connection)
    }

    /// The summaries' channel of a turn that is not a phone call's.
    static func channel(_ kind: Turn.Kind) -> SummaryChannel? {
        switch kind {
        case .web: return .web
        case .sms: return .sms
        default: return nil
        }
    }

    /// Takes a turn off this worker's processing list without answering it (it cannot be answered).
    private func acknowledge(_ raw: [UInt8], on connection: ReconnectingRedisConnection) async throws(RedisError) {
        try await connection.execute(LREM(processingList, raw))
    }
}

extension TurnProcessor {
    /// What this call can do beyond the list, for the policy.
    func callContext(_ turn: Turn, snapshot: SessionStore.Snapshot) -> CallContext {
        var context = CallContext()
        if turn.kind == .sms {
            context.texting = .alreadyByText
        } else if turn.kind == .web {
            context.texting = .unavailable
        } else if configuration.canText, let number = turn.caller?.replyNumber, configuration.sms.allows(number) {
            context.texting = .available
        }
        context.recording = configuration.recordCalls && turn.kind.isPhoneCall
        context.textFailed = snapshot.notice == .textFailed
        context.recordingNotStopped = snapshot.notice == .recordingNotStopped
        return context
    }

    /// The REST job a decision asks for; its id is the turn's, so a redone turn queues it once.
    func outboundJob(for decision: DialogDecision, turn: Turn, at now: Int64) -> OutboundJob? {
        switch decision.outbound {
        case .text(let hospitals)?:
            guard let number = turn.caller?.replyNumber else { return nil }
            return OutboundJob(
                id: turn.id.value, kind: .sms, call: turn.callSid, to: number, body: Phrasing.textMessage(hospitals, in: decision.language),
                createdAt: now)
        case .startRecording?:
            // Started by the greeting's `<Start><Recording>` (Phrasing.twiml), not through REST.
            return nil
        case .stopRecording? where decision.state.relay == nil:
            // Stopped by the answer's own `<Stop><Recording>` (Phrasing.twiml), before it is said.
            return nil
        case .stopRecording?:
            // A relay call has no TwiML until its session ends: stopped through REST.
            return OutboundJob(id: turn.id.value, kind: .stopRecording, call: turn.callSid, createdAt: now)
        case nil:
            return nil
        }
    }
}
