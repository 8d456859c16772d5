import Shared

/// One turn as the policy sees it: what happened and what the understanding stage made of it.
struct CallerTurn: Sendable, Equatable {
    var kind: Turn.Kind
    /// The words as the recogniser heard them.
    var speech: String
    var confidence: Double?
    /// Keys pressed instead of speaking.
    var digits: String?
    /// What was understood from `speech`.
    var understanding: Understanding
    /// When Loop AI asked "I think you said …, is that right?", what those words mean.
    var heldWords: Understanding?
    /// On a hand-off's end: a person took the call (pressed 1 on the whisper).
    var agentAccepted = false
    /// ConversationRelay: the socket the call speaks through (from the turn).
    var relay: String?
    /// ConversationRelay: the caller spoke over the last answer, having heard this much of it.
    var interrupted: Turn.Interruption?
    /// ConversationRelay: how the session ended (`/twilio/relay-ended`).
    var relayEnding: Turn.RelayEnding?
}
