import Shared
import Twilio

/// The TwiML a gateway sends on its own, when the brain's answer is not there to send.
///
/// Every one of them keeps the call alive with a `<Gather>` or a `<Redirect>`: a caller
/// never hears Twilio's "application error".
enum FallbackTwiML {
    /// Said while the brain is still working: hold briefly, then pick the reply up.
    static func hold(turn: TurnID, round: Int) -> TwiML {
        TwiML([
            .say(round == 1 ? "One moment, please." : "Still checking, thank you for waiting."),
            .redirect("\(TwilioRoutes.reply)?turn=\(turn.value)&hold=\(round)"),
        ])
    }

    /// The brain took too long even with holds: apologise and listen again.
    static let askAgain = TwiML.ask([
        "I'm sorry, that took longer than it should. Could you please ask me again?"
    ])

    /// Redis (or every brain) is unreachable on a call that has just connected.
    static let greetingUnavailable = TwiML.ask([
        "Hello! I am Loop AI, your hospital network assistant.",
        "I'm having a little trouble looking things up right now. Please tell me what you need, and I'll try again.",
    ])

    /// A text message the brains could not answer in time.
    static let textUnavailable = TwiML([
        .message("Sorry, I couldn't look that up just now. Please send your question again in a minute.")
    ])

    /// Redis is unreachable mid-call.
    static let unavailable = TwiML.ask([
        "I'm sorry, I'm having trouble looking that up right now. Please say that again in a moment."
    ])
}
