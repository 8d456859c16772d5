import Config
import Shared
import Twilio

/// The TwiML a gateway sends on its own, when the brain's answer is not there to send.
///
/// Every one of them keeps the call alive with a `<Gather>` or a `<Redirect>`: a caller
/// never hears Twilio's "application error".
///
/// Each is said in the call's language (``Language/gatewayLines``), and the URLs it sends Twilio
/// to carry that language on, so the caller's next words go to the right recogniser.
enum FallbackTwiML {
    /// Said while the brain is still working: hold briefly, then pick the reply up.
    static func hold(turn: TurnID, round: Int, in language: Language) -> TwiML {
        let lines = language.gatewayLines
        return TwiML([
            .say(round == 1 ? lines.firstHold : lines.laterHold),
            .redirect(language.route("\(TwilioRoutes.reply)?turn=\(turn.value)&hold=\(round)")),
        ])
    }

    /// The brain took too long even with holds: apologise and listen again.
    static func askAgain(in language: Language) -> TwiML {
        listening([language.gatewayLines.askAgain], in: language)
    }

    /// Redis (or every brain) is unreachable on a call that has just connected.
    static func greetingUnavailable(in language: Language) -> TwiML {
        listening(language.gatewayLines.greetingUnavailable, in: language)
    }

    /// No brain is alive as a call connects: an apology at once, then the agent (the same warm
    /// `<Dial>` a brain would send) or, with nobody to hand to, a goodbye — never a wait at the
    /// greeting followed by "could you ask me again?" before the caller asked anything.
    static func noBrain(in language: Language, agent: AgentDial) -> TwiML {
        let lines = language.gatewayLines
        guard let number = agent.number else { return TwiML.goodbye(lines.noBrain + [lines.noBrainGoodbye]) }
        let dial = TwiML.AgentDial(
            number: number, whisperURL: TwilioRoutes.agentWhisper, action: language.route(TwilioRoutes.dialStatus), callerID: agent.callerID)
        return TwiML((lines.noBrain + [lines.noBrainHandoff]).map(TwiML.Verb.say) + [.dialAgent(dial)])
    }

    /// No brain is alive as the agent's `<Dial>` ends: a call the agent took is over; otherwise
    /// the caller leaves a message, as a brain would have offered (English is transcribed, as
    /// Twilio transcribes English only).
    static func handoffEndedWithoutBrain(agentTookIt: Bool, in language: Language) -> TwiML {
        if agentTookIt { return TwiML([.hangup]) }
        let lines = language.gatewayLines
        let recording = TwiML.MessageRecording(
            action: language.route(TwilioRoutes.voicemail), transcribeCallback: language.transcribedByTwilio ? TwilioRoutes.voicemailTranscription : nil)
        return TwiML(lines.noBrainVoicemail.map(TwiML.Verb.say) + [.record(recording), .say(lines.noBrainMessageTaken), .hangup])
    }

    /// No brain is alive as a message is left: thank the caller at once; the message itself is
    /// queued for the first brain back to list.
    static func messageTakenWithoutBrain(in language: Language) -> TwiML {
        TwiML.goodbye([language.gatewayLines.noBrainMessageTaken])
    }

    /// A text message the brains could not answer in time.
    static func textUnavailable(in language: Language) -> TwiML {
        TwiML([.message(language.gatewayLines.textUnavailable)])
    }

    /// Redis is unreachable mid-call.
    static func unavailable(in language: Language) -> TwiML {
        listening([language.gatewayLines.unavailable], in: language)
    }

    /// Say, then listen, with the caller's answer (or silence) coming back in the same language.
    private static func listening(_ sentences: [String], in language: Language) -> TwiML {
        TwiML([
            .gather(TwiML.Gather(prompt: sentences, action: language.route(TwilioRoutes.processSpeech))),
            .redirect(language.route(TwilioRoutes.processSpeech)),
        ])
    }
}
