import Shared

/// One turn as the policy sees it: what the caller did and what the understanding stage made of it.
struct CallerTurn: Sendable, Equatable {
    var input: DialogInput
    /// The words as the recogniser heard them.
    var speech: String
    var confidence: Double?
    /// What was understood from `speech`.
    var understanding: Understanding
    /// When Loop AI asked "I think you said …, is that right?", what those words mean.
    var heldWords: Understanding?
    /// ConversationRelay: the socket the call speaks through (from the turn).
    var relay: String?
}
