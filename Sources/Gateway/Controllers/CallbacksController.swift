import Foundation
import Hummingbird
import Logging
import Redis
import Shared
import Twilio

/// Twilio's callbacks that need no brain: the call's and the recording's status, a voicemail's
/// transcription (all noted in the call's record), and the warm hand-off's whisper to the agent.
struct CallbacksController: Sendable {
    let redis: RedisClient
    let configuration: GatewayConfiguration

    /// The call statuses after which nothing more happens on the call.
    static let finalStatuses: Set<EventStatus> = [.completed, .busy, .failed, .noAnswer, .canceled]

    func addRoutes(to router: Router<GatewayRequestContext>) {
        let webhooks = router.twilioWebhooks(configuration)
        webhooks.post(RouterPath(TwilioRoutes.callStatus)) { _, context in
            try await self.callStatus(context)
        }
        webhooks.post(RouterPath(TwilioRoutes.smsStatus)) { request, context in
            try await self.smsStatus(request, context)
        }
        webhooks.post(RouterPath(TwilioRoutes.whatsappStatus)) { request, context in
            try await self.whatsAppStatus(request, context)
        }
        webhooks.post(RouterPath(TwilioRoutes.recordingStatus)) { _, context in
            try await self.recordingStatus(context)
        }
        webhooks.post(RouterPath(TwilioRoutes.voicemailTranscription)) { _, context in
            try await self.transcription(context)
        }
        webhooks.post(RouterPath(TwilioRoutes.agentWhisper)) { request, _ in
            Self.whisper(topic: request.uri.queryParameters["topic"].map(String.init))
        }
        webhooks.post(RouterPath(TwilioRoutes.agentAccept)) { _, context in
            try await self.accept(context)
        }
    }

    private func call(_ context: GatewayRequestContext) throws -> CallSid {
        guard let call = context.form.callSid else { throw HTTPError(.badRequest, message: CallSid.problem(with: context.form["CallSid"]) + "\n") }
        return call
    }

    /// `initiated` … `completed`: noted; a final status closes the record after the grace period.
    private func callStatus(_ context: GatewayRequestContext) async throws -> Response {
        let call = try call(context)
        let status = EventStatus(twilio: context.form["CallStatus"] ?? "")
        let event = CallEvent(
            kind: .status, at: Date.nowMilliseconds, caller: context.form.maskedCaller, status: status,
            duration: context.form["CallDuration"].flatMap { Int($0) })
        var commands = configuration.records.appendCommands(event, call: call)
        if Self.finalStatuses.contains(status) { commands.append(configuration.records.closeSoonCommand(call: call)) }
        try await store(commands, context: context)
        return Response(status: .noContent)
    }

    private func recordingStatus(_ context: GatewayRequestContext) async throws -> Response {
        let call = try call(context)
        let form = context.form
        let event = CallEvent(
            kind: .recording, at: Date.nowMilliseconds, status: EventStatus(twilio: form["RecordingStatus"] ?? ""),
            duration: form["RecordingDuration"].flatMap { Int($0) }, sid: form["RecordingSid"].map { String($0.prefix(64)) },
            url: form.twilioMediaURL("RecordingUrl"),
            // A recording that could not be made ("absent") says why, for the call record and the dashboard.
            note: form.twilioError)
        let failed = [.absent, .failed].contains(event.status) ? TurnStats.count(.recordingFailed, keys: configuration.keys) : []
        try await store(configuration.records.appendCommands(event, call: call) + failed, context: context)
        return Response(status: .noContent)
    }

    /// A text's delivery, on the record of the call it was sent from: `delivered`, or `failed` /
    /// `undelivered` with Twilio's error code (30003 unreachable, 30007 filtered, 21610 opted out…).
    private func smsStatus(_ request: Request, _ context: GatewayRequestContext) async throws -> Response {
        guard let call = request.uri.queryParameters["call"].flatMap({ CallSid(String($0)) }) else {
            throw HTTPError(.badRequest, message: "An SMS status callback needs its call: ?call=CA….\n")
        }
        let form = context.form
        guard let sid = form.cleaned("MessageSid"), let status = form.cleaned("MessageStatus") ?? form.cleaned("SmsStatus") else {
            throw HTTPError(.badRequest, message: "An SMS status callback needs 'MessageSid' and 'MessageStatus'.\n")
        }
        let event = CallEvent(
            kind: .sms, at: Date.nowMilliseconds, status: EventStatus(twilio: status), sid: String(sid.prefix(64)),
            note: form.twilioError)
        let failed = [.failed, .undelivered].contains(event.status) ? TurnStats.count(.textFailed, keys: configuration.keys) : []
        try await store(configuration.records.appendCommands(event, call: call) + failed, context: context)
        return Response(status: .noContent)
    }

    /// A WhatsApp message's status, on the record of the call it was sent from: `sent`,
    /// `delivered`, `read`, or `failed` / `undelivered` with Twilio's error code (63016 outside the
    /// window, 63024 not a WhatsApp user…). A failure releases the SMS parked to stand in for it,
    /// which the brain sends only where that number may be texted.
    private func whatsAppStatus(_ request: Request, _ context: GatewayRequestContext) async throws -> Response {
        guard let call = request.uri.queryParameters["call"].flatMap({ CallSid(String($0)) }) else {
            throw HTTPError(.badRequest, message: "A WhatsApp status callback needs its call: ?call=CA….\n")
        }
        let form = context.form
        guard let sid = form.cleaned("MessageSid"), Self.isMessageSid(sid), let status = form.cleaned("MessageStatus") ?? form.cleaned("SmsStatus") else {
            throw HTTPError(.badRequest, message: "A WhatsApp status callback needs 'MessageSid' (SM or MM and 32 hex digits) and 'MessageStatus'.\n")
        }
        let event = CallEvent(kind: .whatsapp, at: Date.nowMilliseconds, status: EventStatus(twilio: status), sid: sid, note: form.twilioError)
        var commands = configuration.records.appendCommands(event, call: call)
        if [.failed, .undelivered].contains(event.status) {
            commands += TurnStats.count(.textFailed, keys: configuration.keys)
            commands.append(Outbox(keys: configuration.keys).releaseFallback(message: sid, call: call).command(withSource: true))
        }
        try await store(commands, context: context)
        return Response(status: .noContent)
    }

    /// A message SID as Twilio makes them: it becomes part of a Redis key.
    static func isMessageSid(_ sid: String) -> Bool {
        sid.utf8.count == 34 && (sid.hasPrefix("SM") || sid.hasPrefix("MM")) && sid.utf8.dropFirst(2).allSatisfy { (48...57).contains($0) || (97...102).contains($0) || (65...70).contains($0) }
    }

    private func transcription(_ context: GatewayRequestContext) async throws -> Response {
        guard let sid = context.form["RecordingSid"], (1...64).contains(sid.utf8.count) else {
            throw HTTPError(.badRequest, message: "A transcription callback needs its 'RecordingSid'.\n")
        }
        let text = context.form["TranscriptionStatus"] == "failed" ? "(transcription failed)" : String((context.form["TranscriptionText"] ?? "").prefix(4000))
        try await store(configuration.records.transcriptionCommands(recordingSid: sid, text: text), context: context)
        return Response(status: .noContent)
    }

    /// A callback Redis could not take is answered 503, so Twilio's own retry (where it has one) tries again.
    private func store(_ commands: [any RedisCommandType], context: GatewayRequestContext) async throws {
        do {
            for reply in try await redis.pipeline(commands) { try reply.orThrow() }
        } catch {
            context.logger.error("Could not store a Twilio callback", metadata: ["error": "\(error)"])
            throw HTTPError(.serviceUnavailable, message: "Redis is unavailable; please retry.\n")
        }
    }

    /// What the agent hears on answering: who is calling about what, and that 1 takes the call,
    /// said twice. Keys only: an agent's "Hello?" is not an answer. A voicemail box or an
    /// unanswered phone never presses 1, so it is never bridged.
    static func whisper(topic: String?) -> Response {
        Response.twiml(whisperTwiML(topic: topic))
    }

    static func whisperTwiML(topic: String?) -> String {
        let about = topic.map { TwilioForm.clean($0) }.flatMap { $0.isEmpty ? nil : String($0.prefix(200)) } ?? "network hospitals"
        func asking(_ prompt: [String]) -> TwiML.Verb {
            var gather = TwiML.Gather(prompt: prompt, action: TwilioRoutes.agentAccept)
            gather.keysOnly = true
            gather.actionOnEmptyResult = false
            gather.timeout = 6
            return .gather(gather)
        }
        let twiml = TwiML([
            asking(["Loop AI caller, asking about \(about).", "Press 1 to take the call."]),
            asking(["Press 1 to take the call from Loop AI, asking about \(about)."]),
            .say("No key was pressed. Goodbye."), .hangup,
        ])
        return twiml.render(VoiceSettings.agent)
    }

    /// 1: noted for the caller's call (so `/twilio/dial-status` knows a person took it), then an
    /// empty answer, and Twilio bridges the caller; anything else hangs up the agent's leg.
    private func accept(_ context: GatewayRequestContext) async throws -> Response {
        guard context.form["Digits"] == "1" else { return Response.twiml(TwiML([.hangup]).render(VoiceSettings.agent)) }
        if let parent = context.form["ParentCallSid"].flatMap(CallSid.init) {
            try await store([SET(configuration.keys.handoffAccepted(call: parent), "1", expiry: .seconds(86_400))], context: context)
        }
        return Response.twiml(#"<?xml version="1.0" encoding="UTF-8"?><Response></Response>"#)
    }
}
