import Shared

/// What a caller did, as the dialog takes it: the one way into ``DialogEngine/answer(_:state:context:)``.
///
/// The brain's turn handlers build it from a turn's payload (transport details such as the
/// caller's number or a recording's URL stay with them); the evaluation builds it directly. Each
/// case is a thing the policy tells apart, so adding one fails to compile until the engine and
/// the policy handle it.
enum DialogInput: Sendable, Equatable {
    /// The call connected; `relay`: the ConversationRelay socket it speaks through.
    case callStarted(relay: String? = nil)
    /// Words heard (or keys pressed) on a `<Gather>` call.
    case said(Turn.Utterance)
    /// ConversationRelay: words heard or keys pressed, having cut in on the last answer first.
    case relayPrompt(Turn.Utterance, interrupted: Turn.Interruption?)
    /// A text message.
    case texted(String)
    /// A question typed on the web page: a new (or finished) conversation is greeted first.
    /// `language`: the page's choice for the conversation.
    case typed(String, language: Language?)
    /// Twilio's fallback URL: something failed on the way.
    case fallback
    /// A hand-off to a person ended; `agentAccepted`: a person took the call.
    case handoffEnded(agentAccepted: Bool)
    /// The caller left a message after a hand-off nobody took.
    case messageLeft
    /// ConversationRelay's session ended.
    case relayEnded(Turn.RelayEnding)

    /// Words the caller gave to be understood ("" when none).
    var words: String {
        switch self {
        case .said(let utterance), .relayPrompt(let utterance, _): return utterance.speech
        case .texted(let text), .typed(let text, _): return text
        case .callStarted, .fallback, .handoffEnded, .messageLeft, .relayEnded: return ""
        }
    }

    /// Words said or typed to the dialog: what a person taking over must know comes from these.
    var isQuestion: Bool {
        switch self {
        case .said, .relayPrompt, .typed: return true
        case .callStarted, .texted, .fallback, .handoffEnded, .messageLeft, .relayEnded: return false
        }
    }
}
