/// The dialog's answer to one turn: what to say, what to do next, and the updated state.
struct DialogOutcome: Sendable, Equatable {
    var replies: [Reply]
    var prompt: Prompt
    var action: CallAction
    var state: DialogState
    /// The intent acted on, for logs and metrics ("list", "confirm", "handoff", …).
    var intent: String
    /// Words the caller is likely to say next, for Twilio's recogniser.
    var hints: [String]
}
