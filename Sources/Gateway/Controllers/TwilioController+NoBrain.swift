import Foundation
import Hummingbird
import Metrics
import Shared
import Twilio

/// Calls while no brain is alive: the gateway answers them itself, at once.
extension TwilioController {
    /// A hand-off's end or a message left while no brain is alive: answered at once by the gateway
    /// (the message taken, or the thanks for it) rather than held for a brain that is not there.
    /// The turn is still queued, so the first brain back lists the voicemail and files the call.
    func answerWithoutBrain(_ webhook: Webhook, request: Request, call: CallSid, context: GatewayRequestContext) async -> Response {
        Self.withoutBrain.increment()
        let language = language(of: request, webhook: webhook)
        let payload = await payload(webhook, form: context.form, call: call, socket: nil)
        let turn = Turn(id: .random(), conversation: .phoneCall(call), payload: payload, receivedAt: Date.nowMilliseconds, replyTo: relay.replyList.text)
        do {
            try await relay.enqueue(turn, idempotencyKey: Self.idempotencyKey(request))
        } catch {
            context.logger.error("Could not queue a turn for the brains to come", metadata: ["call": "\(call)", "error": "\(error)"])
        }
        context.logger.error("No brain is alive: the gateway answered a hand-off's end itself", metadata: ["call": "\(call)"])
        let twiml: TwiML
        if case .dialEnded(let result, _) = payload {
            twiml = FallbackTwiML.handoffEndedWithoutBrain(agentTookIt: result.agentAccepted, in: language)
        } else {
            twiml = FallbackTwiML.messageTakenWithoutBrain(in: language)
        }
        return Response.twiml(twiml.render(configuration.voices[language] ?? VoiceSettings()))
    }

    /// Calls that connected with no brain alive (answered by the gateway alone).
    static let withoutBrain = Counter(label: "loopai_calls_without_brain_total")

    /// True when Redis answers and the worker set holds no live brain. Redis down is not this:
    /// the turn's own path apologises for that.
    func noBrainAlive() async -> Bool {
        guard let live = try? await BrainRegistry(redis: relay.redis, keys: configuration.keys).liveWorkers() else { return false }
        return live.isEmpty
    }
}
