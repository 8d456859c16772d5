/// How the call continues after Loop AI has spoken.
enum CallAction: Sendable, Equatable {
    case listen
    case hangUp
    /// Transfer to a person: `<Dial>` when a number is configured, else a polite hang-up.
    case transferToAgent
    /// Record a message for the agents (after a hand-off nobody took), then end the call.
    case recordMessage
}
