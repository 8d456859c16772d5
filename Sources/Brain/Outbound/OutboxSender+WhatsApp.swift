import Foundation
import Redis
import Shared
import Twilio

/// WhatsApp in the outbox: the template sent, and the SMS that stands in when it fails, only
/// where the number may be texted.
extension OutboxSender {
    /// The approved template to the member's `whatsapp:` address, with `ContentSid` and its
    /// variables and never a `Body`: a call opens no customer-service window, and free-form text
    /// outside one is refused (error 63016). Its statuses, `read` included, come back on the call.
    func sendWhatsApp(_ job: OutboundJob) async throws(TwilioAPIError) -> String {
        guard let to = job.to, let template = job.contentSid, let variables = job.contentVariables, let sender = access.whatsAppSender else {
            throw .rejected(status: 400, code: nil, message: "the job has no number, template or WhatsApp sender", moreInfo: nil)
        }
        let from: TwilioRESTClient.Sender
        switch sender {
        case .number(let number): from = .number(number.hasPrefix(MessageChannel.whatsAppPrefix) ? number : MessageChannel.whatsapp.address(number))
        case .messagingService: from = sender
        }
        let callback = access.publicURL.map { url in
            (url.hasSuffix("/") ? String(url.dropLast()) : url) + TwilioRoutes.whatsappStatus + "?call=" + job.call.value
        }
        return try await twilio.sendTemplate(
            to: MessageChannel.whatsapp.address(to), from: from, contentSid: template, variables: variables, statusCallback: callback
        ).sid
    }

    /// The SMS that stands in for `job`'s WhatsApp message; without a body where the number may not
    /// be texted, so its sender only notes that nothing could go instead.
    static func fallback(of job: OutboundJob) -> OutboundJob {
        OutboundJob(id: job.id + "-sms", kind: .sms, call: job.call, to: job.to, body: job.fallbackBody, isFallback: true, createdAt: job.createdAt)
    }

    /// Accepted by Twilio: noted `queued`, and the stand-in parked under the message's SID for the
    /// gateway to release if Twilio reports it failed.
    func whatsAppAccepted(_ job: OutboundJob, sid: String, at now: Int64) -> [any RedisCommandType] {
        records.appendCommands(CallEvent(kind: .whatsapp, at: now, status: EventStatus(rawValue: "queued"), sid: sid), call: job.call)
            + [outbox.parkFallback(Self.fallback(of: job), message: sid)]
    }

    /// Refused by Twilio: noted, and the stand-in queued at once (parked and released in the same
    /// round trip, so it is queued once however often this runs).
    func whatsAppRefused(_ job: OutboundJob, error: TwilioAPIError, at now: Int64) -> [any RedisCommandType] {
        records.appendCommands(CallEvent(kind: .whatsapp, at: now, status: .failed, note: String(error.description.prefix(300))), call: job.call)
            + TurnStats.count(.textFailed, keys: records.keys, now: now)
            + [outbox.parkFallback(Self.fallback(of: job), message: job.id), outbox.releaseFallback(message: job.id, call: job.call, now: now).command(withSource: true)]
    }

    /// Why the stand-in SMS may not go, or nil when it may: the number could be texted when the
    /// call asked, has not texted STOP since, and the SMS caps allow it now.
    func fallbackRefusal(_ job: OutboundJob) async throws(RedisError) -> String? {
        guard let to = job.to, let body = job.body, let policy = smsPolicy else { return "this number may not be texted" }
        if try await redis.execute(SMSOptOuts(keys: outbox.keys.global).isOptedOut(to)) != nil { return "the number texted STOP" }
        // The stand-in counts under the turn that asked for it, once however often it is tried.
        guard let turn = TurnID(String(job.id.prefix(32))) else { return "the job's turn is unreadable" }
        let allowance = try await TextQuota(keys: outbox.keys.global, policy: policy).take(number: to, segments: SMSSegments.count(body), turn: turn, on: redis)
        return allowance == .allowed ? nil : "an SMS cap was reached (\(allowance))"
    }

    /// A stand-in that may not go: noted on the call, and the caller told the message failed.
    func skipFallback(_ job: OutboundJob, why: String, at now: Int64) async throws(RedisError) {
        let event = CallEvent(kind: .sms, at: now, status: EventStatus(rawValue: "not-sent"), note: "instead of the failed WhatsApp message: " + why)
        try await outbox.finish(job, result: "not-sent", also: records.appendCommands(event, call: job.call) + [notices.leave(.whatsAppFailed, for: job.call)], redis: redis)
        logger.notice("A WhatsApp message failed and no SMS may go instead", metadata: ["job": "\(job.id)", "call": "\(job.call)", "why": "\(why)"])
    }
}
