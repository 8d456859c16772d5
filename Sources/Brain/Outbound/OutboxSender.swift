import Foundation
import Logging
import Metrics
import Redis
import ServiceLifecycle
import Shared
import Twilio

/// Sends what turns queued for Twilio's REST API (``Outbox``): SMS to callers, and starting or
/// stopping recordings.
///
/// Every brain with Twilio credentials runs one. It claims one due job at a time, checks it was
/// not done already, calls Twilio (the client retries a busy Twilio briefly), and records the
/// outcome in the job's done marker and the call's record. A job that keeps failing with a busy
/// or unreachable Twilio is put back with a growing pause, up to the outbox's attempt limit; a
/// request Twilio refuses (4xx) is never retried. An SMS given up on leaves a notice in the
/// session, so Loop AI tells the caller on the next turn.
struct OutboxSender: Service {
    let outbox: Outbox
    let records: CallRecordStore
    /// Where an SMS given up on is noted for the caller's next turn.
    let notices: SessionNotices
    let redis: RedisClient
    let twilio: TwilioRESTClient
    let access: BrainConfiguration.TwilioAccess
    let logger: Logger
    /// The SMS caps a stand-in for a failed WhatsApp message must pass; nil when SMS is off.
    var smsPolicy: SMSPolicy? = nil
    var pollInterval: Duration = .milliseconds(200)
    /// The pause before a job's second attempt; each later one doubles.
    var firstRetryPause: Duration = .seconds(2)

    /// `loopai_outbound_jobs_total{kind, result}`: sent, retried or failed (rare enough to look up each time).
    private func count(_ job: OutboundJob, _ result: String) {
        Counter(label: "loopai_outbound_jobs_total", dimensions: [("kind", job.kind.rawValue), ("result", result)]).increment()
    }

    func run() async throws {
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            let job: OutboundJob?
            do {
                job = try await outbox.claim(redis: redis)
            } catch {
                logger.warning("Could not read the outbox; will try again", metadata: ["error": "\(error)"])
                try? await Task.sleep(for: .seconds(1))
                continue
            }
            guard let job else {
                try? await Task.sleep(for: pollInterval)
                continue
            }
            do {
                try await handle(job)
            } catch {
                // The job keeps its lease and is taken again when it runs out.
                logger.warning("Could not record an outbox job's outcome", metadata: ["job": "\(job.id)", "error": "\(error)"])
            }
        }
    }

    /// One attempt at a claimed job.
    func handle(_ job: OutboundJob) async throws(RedisError) {
        if try await outbox.isDone(job, redis: redis) {
            try await outbox.finish(job, result: "done-before", redis: redis)
            return
        }
        let now = Date.nowMilliseconds
        if job.isFallback == true, let why = try await fallbackRefusal(job) {
            try await skipFallback(job, why: why, at: now)
            return
        }
        let outcome: Result<String, TwilioAPIError>
        do throws(TwilioAPIError) {
            outcome = .success(try await send(job))
        } catch {
            outcome = .failure(error)
        }
        switch outcome {
        case .success(let sid):
            try await outbox.finish(job, result: sid, also: succeeded(job, sid: sid, at: now), redis: redis)
            count(job, "sent")
            logger.info("Sent an outbox job", metadata: ["job": "\(job.id)", "kind": "\(job.kind.rawValue)", "call": "\(job.call)", "sid": "\(sid)"])
        case .failure(let error) where error.isTransient && job.attempts + 1 < outbox.maximumAttempts:
            let pause = firstRetryPause * (1 << min(job.attempts, 10))
            try await outbox.retry(job, due: now + pause.milliseconds, redis: redis)
            count(job, "retried")
            logger.warning(
                "Twilio failed an outbox job; will try again",
                metadata: ["job": "\(job.id)", "kind": "\(job.kind.rawValue)", "attempt": "\(job.attempts + 1)", "error": "\(error)"])
        case .failure(let error):
            try await outbox.finish(job, result: "failed", also: failed(job, error: error, at: now), redis: redis)
            count(job, "failed")
            logger.error(
                "Gave up on an outbox job", metadata: ["job": "\(job.id)", "kind": "\(job.kind.rawValue)", "call": "\(job.call)", "error": "\(error)"])
        }
    }

    /// Calls Twilio; the SID of what it created or changed.
    private func send(_ job: OutboundJob) async throws(TwilioAPIError) -> String {
        switch job.kind {
        case .sms:
            guard let to = job.to, let body = job.body, let sender = access.sender else {
                throw .rejected(status: 400, code: nil, message: "the job has no number, text or sender", moreInfo: nil)
            }
            // Delivery is reported back on the call's record (`/twilio/sms-status?call=…`) when Twilio can reach us.
            let callback = access.publicURL.map { url in
                (url.hasSuffix("/") ? String(url.dropLast()) : url) + TwilioRoutes.smsStatus + "?call=" + job.call.value
            }
            // A job tried before may have reached Twilio with its answer lost: look before texting again.
            let queued = Date(timeIntervalSince1970: Double(job.createdAt) / 1000)
            return try await twilio.sendMessage(
                to: to, from: sender, body: body, statusCallback: callback, queuedAt: queued, triedBefore: job.attempts > 0).sid
        case .whatsapp:
            return try await sendWhatsApp(job)
        case .startRecording:
            guard let publicURL = access.publicURL else {
                throw .rejected(status: 400, code: nil, message: "PUBLIC_URL is not set", moreInfo: nil)
            }
            let base = publicURL.hasSuffix("/") ? String(publicURL.dropLast()) : publicURL
            return try await twilio.startRecording(call: job.call.value, statusCallback: base + TwilioRoutes.recordingStatus).sid
        case .stopRecording:
            return try await twilio.stopRecording(call: job.call.value).sid
        }
    }

    private func succeeded(_ job: OutboundJob, sid: String, at now: Int64) -> [any RedisCommandType] {
        let event: CallEvent
        switch job.kind {
        case .sms where job.isFallback == true:
            let event = CallEvent(kind: .sms, at: now, status: .sent, sid: sid, note: "instead of the failed WhatsApp message")
            return records.appendCommands(event, call: job.call) + [notices.leave(.whatsAppSentBySMS, for: job.call)]
        case .whatsapp: return whatsAppAccepted(job, sid: sid, at: now)
        case .sms: event = CallEvent(kind: .sms, at: now, status: .sent, sid: sid)
        case .startRecording: event = CallEvent(kind: .recording, at: now, status: .started, sid: sid)
        case .stopRecording: event = CallEvent(kind: .recording, at: now, status: .stoppedByCaller)
        }
        return records.appendCommands(event, call: job.call)
    }

    private func failed(_ job: OutboundJob, error: TwilioAPIError, at now: Int64) -> [any RedisCommandType] {
        let note = String(error.description.prefix(300))
        switch job.kind {
        case .whatsapp:
            return whatsAppRefused(job, error: error, at: now)
        case .sms:
            let notice = notices.leave(.textFailed, for: job.call)
            return records.appendCommands(CallEvent(kind: .sms, at: now, status: .failed, note: note), call: job.call) + [notice]
                + TurnStats.count(.textFailed, keys: records.keys, now: now)
        case .startRecording:
            return records.appendCommands(CallEvent(kind: .recording, at: now, status: .failed(job.kind.rawValue), note: note), call: job.call)
                + TurnStats.count(.recordingFailed, keys: records.keys, now: now)
        case .stopRecording:
            // A caller told the stop was under way hears, on their next turn, that it failed.
            let notice: [any RedisCommandType] = [notices.leave(.recordingNotStopped, for: job.call)]
            return records.appendCommands(CallEvent(kind: .recording, at: now, status: .failed(job.kind.rawValue), note: note), call: job.call)
                + TurnStats.count(.recordingFailed, keys: records.keys, now: now) + notice
        }
    }
}
