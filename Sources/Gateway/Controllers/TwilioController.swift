import Foundation
import Hummingbird
import Logging
import Metrics
import Shared
import Twilio

/// Twilio's voice webhooks: a call connects, a caller speaks, a held caller picks up a late reply,
/// plus the integration status page.
struct TwilioController: Sendable {
    let relay: TurnRelay
    /// Keys a text conversation by a keyed hash of the sender's number.
    let conversations: ConversationKeys
    let configuration: GatewayConfiguration

    func addRoutes(to router: Router<GatewayRequestContext>) {
        let webhooks = router.twilioWebhooks(configuration)
        webhooks.post(RouterPath(TwilioRoutes.voice)) { request, context in
            try await self.turn(.callStarted, request: request, context: context)
        }
        webhooks.post(RouterPath(TwilioRoutes.processSpeech)) { request, context in
            try await self.turn(.speech, request: request, context: context)
        }
        webhooks.post(RouterPath(TwilioRoutes.fallback)) { request, context in
            context.logger.warning(
                "Twilio called the fallback URL",
                metadata: [
                    "call": "\(context.form["CallSid"] ?? "-")", "error_code": "\(context.form["ErrorCode"] ?? "-")",
                    "error_url": "\(context.form["ErrorUrl"] ?? "-")",
                ])
            return try await self.turn(.fallback, request: request, context: context)
        }
        webhooks.post(RouterPath(TwilioRoutes.sms)) { request, context in
            try await self.turn(.sms, request: request, context: context)
        }
        webhooks.post(RouterPath(TwilioRoutes.whatsapp)) { request, context in
            try await self.turn(.whatsapp, request: request, context: context)
        }
        webhooks.post(RouterPath(TwilioRoutes.dialStatus)) { request, context in
            try await self.turn(.dialEnded, request: request, context: context)
        }
        webhooks.post(RouterPath(TwilioRoutes.voicemail)) { request, context in
            try await self.turn(.voicemail, request: request, context: context)
        }
        webhooks.post(RouterPath(TwilioRoutes.relayEnded)) { request, context in
            try await self.turn(.relayEnded, request: request, context: context)
        }
        webhooks.post(RouterPath(TwilioRoutes.reply)) { request, context in
            try await self.pickUp(request: request, context: context)
        }
        webhooks.get(RouterPath(TwilioRoutes.reply)) { request, context in
            try await self.pickUp(request: request, context: context)
        }
        router.get(RouterPath(TwilioRoutes.status)) { _, _ in
            TwilioStatus(
                twilioConfigured: configuration.twilioConfigured,
                phoneNumber: configuration.phoneNumber,
                accountSid: configuration.accountSid.map(Masking.accountSid)
            )
        }
    }

    /// The webhooks that become turns. Each makes its own payload from Twilio's form; adding one is
    /// a compile error until ``payload(_:form:call:)`` handles it.
    enum Webhook {
        case callStarted, speech, fallback, sms, whatsapp, dialEnded, voicemail, relayEnded

        /// A text conversation's webhook, not a phone call's: it cannot be held with a redirect.
        var isText: Bool {
            switch self {
            case .sms, .whatsapp: return true
            case .callStarted, .speech, .fallback, .dialEnded, .voicemail, .relayEnded: return false
            }
        }
    }

    /// - Parameter socket: this call's own ConversationRelay socket URL, issued only for the
    ///   webhooks that open one in relay mode; without one the call is held with `<Gather>`.
    func payload(_ webhook: Webhook, form: TwilioForm, call: CallSid, socket: String?) async -> Turn.Payload {
        let who = Turn.Caller(masked: form.maskedCaller, replyNumber: form.replyNumber)
        switch webhook {
        case .callStarted: return .callStarted(who, relay: socket)
        case .relayEnded:
            let ending = Turn.RelayEnding(
                status: form.cleaned("SessionStatus"), handoff: form["HandoffData"].map { String($0.prefix(1024)) },
                // A gateway no longer in relay mode takes the call back to <Gather> turns.
                errorCode: form.cleaned("ErrorCode"), relay: socket ?? "")
            return .relayEnded(ending, who)
        case .speech: return .speech(Turn.Utterance(speech: form.speech, confidence: form.confidence, digits: form.digits), who)
        case .fallback: return .fallback(who)
        case .sms: return .sms(text: TwilioForm.clean(form["Body"] ?? ""), who)
        case .whatsapp:
            // The member's number without `whatsapp:`; `ProfileName` (their display name) is not kept.
            let number = form.whatsAppNumber
            return .whatsapp(text: TwilioForm.clean(form["Body"] ?? ""), Turn.Caller(masked: number.map(Masking.phoneNumber), replyNumber: number))
        case .dialEnded:
            let result = Turn.DialResult(
                status: form.cleaned("DialCallStatus"), duration: form.cleaned("DialCallDuration").flatMap { Int($0) },
                // Twilio's own word that the legs were joined (`DialBridged`), or the agent's press.
                agentAccepted: form["DialBridged"] == "true" ? true : await relay.handoffAccepted(call: call))
            if result.status != "completed", !result.agentAccepted, let number = form.replyNumber {
                // A hand-off nobody took is a callback in the console's queue: its number is kept
                // as a voicemail's is, revealed only to an operator who asks.
                _ = try? await relay.redis.pipeline(configuration.records.callbackNumberCommands(call: call, number: number))
            }
            return .dialEnded(result, who)
        case .voicemail:
            let recording = Turn.Recording(
                sid: form.cleaned("RecordingSid"), url: form.twilioMediaURL("RecordingUrl"), duration: form.cleaned("RecordingDuration").flatMap { Int($0) })
            return .voicemail(recording, who)
        }
    }

    private func turn(_ webhook: Webhook, request: Request, context: GatewayRequestContext) async throws -> Response {
        let form = context.form
        let callSid: CallSid
        if webhook.isText {
            // A text conversation's session is the sender's number's.
            guard let from = form["From"], !from.isEmpty, from.utf8.count <= 64 else {
                throw HTTPError(.badRequest, message: "A text message webhook needs the sender's number in 'From'.\n")
            }
            if webhook == .whatsapp, form.whatsAppNumber == nil {
                throw HTTPError(.badRequest, message: "A WhatsApp webhook needs 'From' as whatsapp:+ and the number (and 'WaId' the same digits).\n")
            }
            do {
                callSid = try await conversations.textConversation(number: from)
            } catch {
                context.logger.error("Could not key a text conversation", metadata: ["error": "\(error)"])
                return respond(.unavailable("\(error)"), round: 0, webhook: .sms, call: nil, language: .english, logger: context.logger)
            }
        } else if let given = form.callSid {
            callSid = given
        } else if configuration.authToken == nil {
            // Local development (no token): the guide's curl examples send no CallSid, or one like
            // "test-call-123". Use a stable Twilio-shaped stand-in so the session key stays safe.
            callSid = CallSid.standIn(for: form["CallSid"])
            context.logger.info("Using a stand-in CallSid for an unsigned test request", metadata: ["call": "\(callSid)"])
        } else {
            throw HTTPError(.badRequest, message: CallSid.problem(with: form["CallSid"]) + "\n")
        }
        if webhook == .callStarted, await noBrainAlive() {
            Self.withoutBrain.increment()
            let language = language(of: request, webhook: webhook)
            context.logger.error("No brain is alive: a new caller is apologised to and handed on at once", metadata: ["call": "\(callSid)"])
            return Response.twiml(
                FallbackTwiML.noBrain(in: language, agent: configuration.agentDial).render(configuration.voices[language] ?? VoiceSettings()))
        }
        if webhook == .dialEnded || webhook == .voicemail, await noBrainAlive() {
            return await answerWithoutBrain(webhook, request: request, call: callSid, context: context)
        }
        if webhook == .relayEnded, form["CallStatus"] == "completed" {
            // The caller hung up, which ended the session: nothing is left to dial, record or say,
            // and a fresh socket would be a session for nobody.
            context.logger.info("ConversationRelay session ended with the call", metadata: ["call": "\(callSid)"])
            return Response.twiml(TwiML([.hangup]).render(configuration.voices[language(of: request, webhook: webhook)] ?? VoiceSettings()))
        }
        if webhook == .callStarted {
            // Findable in the console by the member's whole number, which is never kept in clear.
            await CallerIndex(redis: relay.redis, keys: configuration.keys, conversations: conversations, retentionDays: configuration.records.retentionDays)
                .note(call: callSid, from: form.replyNumber)
        }
        var socket: String?
        if configuration.voiceMode == .relay, webhook == .callStarted || webhook == .relayEnded {
            socket = await socketURL(request, call: callSid, caller: form.replyNumber, retryKey: Self.idempotencyKey(request), logger: context.logger)
        }
        let turn = Turn(
            id: .random(), conversation: webhook == .whatsapp ? .whatsAppThread(callSid) : webhook.isText ? .textThread(callSid) : .phoneCall(callSid),
            payload: await payload(webhook, form: form, call: callSid, socket: socket), receivedAt: Date.nowMilliseconds,
            replyTo: relay.replyList.text)
        let outcome = await relay.relay(turn, idempotencyKey: Self.idempotencyKey(request), budget: configuration.replyBudget)
        if !webhook.isText { await relay.note(outcome) }
        return respond(outcome, round: 0, webhook: webhook, call: callSid, language: language(of: request, webhook: webhook), logger: context.logger)
    }

    private func pickUp(request: Request, context: GatewayRequestContext) async throws -> Response {
        let query = request.uri.queryParameters
        guard let turn = query["turn"].flatMap({ TurnID(String($0)) }) else {
            throw HTTPError(.badRequest, message: "The 'turn' query parameter must be a 32-digit hexadecimal turn id.\n")
        }
        let round = query["hold"].flatMap { Int(String($0)) }.map { min(max($0, 1), 100) } ?? 1
        // The call's own CallSid (its stand-in on an unsigned test request) finds its shard in a cluster.
        let call = context.form.callSid ?? CallSid.standIn(for: context.form["CallSid"])
        let outcome = await relay.pickUp(turn, of: .phoneCall(call), budget: configuration.replyBudget)
        await relay.note(outcome)
        return respond(
            outcome, round: round, webhook: .speech, call: context.form.callSid, language: language(of: request, webhook: .speech), logger: context.logger)
    }

    /// The call's own ConversationRelay socket at this gateway's public address,
    /// `wss://…/twilio/relay?call=CA…&n=…&t=…` (``RelayTicket``), with the caller's number from
    /// this signed webhook kept for it; nil when Redis cannot keep it. A retried webhook issues
    /// the same URL, since Twilio may follow the first attempt's answer.
    private func socketURL(_ request: Request, call: CallSid, caller: String?, retryKey: String?, logger: Logger) async -> String? {
        let ticket: RelayTicket
        do {
            ticket = try await RelayTicket.issue(
                call: call, caller: caller, retryKey: retryKey, conversations: conversations, redis: relay.redis, keys: configuration.keys)
        } catch {
            logger.error("Could not issue a ConversationRelay socket; the call goes on with <Gather>", metadata: ["call": "\(call)", "error": "\(error)"])
            return nil
        }
        return TwilioWebhookMiddleware.socketBase(publicURL: configuration.publicURL, headers: request.headers, authority: request.head.authority)
            + TwilioRoutes.relaySocket + "?" + ticket.query
    }

    /// The call's language, as the brain wrote it into the URL Twilio called (`lang=hi`); a call
    /// just connecting has none yet and starts in `DEFAULT_LANGUAGE`.
    func language(of request: Request, webhook: Webhook) -> Language {
        let given = request.uri.queryParameters.get(Language.queryName)
        if given == nil, webhook == .callStarted { return configuration.defaultLanguage }
        return Language(query: given)
    }

    private func respond(_ outcome: TurnRelay.Outcome, round: Int, webhook: Webhook, call: CallSid?, language: Language, logger: Logger) -> Response {
        let voice = configuration.voices[language] ?? VoiceSettings()
        let twiml: String
        switch outcome {
        case .reply(let reply):
            twiml = reply
        case .pending where webhook.isText, .unavailable where webhook.isText:
            // A text cannot be held and redirected: say so, and the sender can text again.
            logger.warning("A text message got no answer in time", metadata: ["call": "\(call?.value ?? "-")"])
            twiml = FallbackTwiML.textUnavailable(in: language).render(voice)
        case .pending(let turn):
            if round < configuration.maxRedirects {
                logger.notice(
                    "Brain reply missed the wait budget; holding the caller",
                    metadata: [
                        "call": "\(call?.value ?? "-")", "turn": "\(turn)", "round": "\(round + 1)",
                    ])
                twiml = FallbackTwiML.hold(turn: turn, round: round + 1, in: language).render(voice)
            } else {
                logger.warning(
                    "Brain reply still missing after holding; asking the caller again",
                    metadata: [
                        "call": "\(call?.value ?? "-")", "turn": "\(turn)",
                    ])
                twiml = FallbackTwiML.askAgain(in: language).render(voice)
            }
        case .unavailable(let reason):
            logger.error("Could not hand the turn to the brains", metadata: ["call": "\(call?.value ?? "-")", "error": "\(reason)"])
            let reply = webhook == .callStarted ? FallbackTwiML.greetingUnavailable(in: language) : FallbackTwiML.unavailable(in: language)
            twiml = reply.render(voice)
        }
        return Response.twiml(twiml)
    }

    /// Twilio's retry token, when it has a sane shape (it becomes part of a Redis key).
    static func idempotencyKey(_ request: Request) -> String? {
        guard let token = request.headers[.twilioIdempotencyToken], (1...128).contains(token.utf8.count),
            token.utf8.allSatisfy({ $0.isASCIIAlphanumeric || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ".") })
        else { return nil }
        return token
    }
}
