/// What became of a turn taken from the queue, as the `outcome` label of
/// `loopai_dialog_outcomes_total` names it.
enum TurnDisposition: String, Sendable, CaseIterable {
    /// Answered, and the call goes on.
    case answered
    /// Answered, and the call ends.
    case ended
    /// Answered with a transfer to a person.
    case handedOff = "handed-off"
    /// Never answered (see ``UnansweredTurn``).
    case dropped
    /// Another worker had already answered it.
    case duplicate
    /// Answered before; the stored answer was delivered again.
    case redelivered

    /// The disposition of a committed answer.
    init(_ action: CallAction) {
        switch action {
        case .listen: self = .answered
        case .hangUp: self = .ended
        case .transferToAgent, .recordMessage: self = .handedOff
        }
    }
}

/// Why a turn taken from the queue reached no dialog, as the `intent` label names it.
enum UnansweredTurn: String, Sendable, CaseIterable {
    /// Not a turn at all (it does not decode).
    case invalid
    /// Older than any caller would still wait for.
    case stale
    /// Already answered: the stored answer is delivered again.
    case redelivered
    /// A text left unanswered: a sender Loop AI does not text, a number that texted STOP, or an SMS cap reached.
    case refusedText = "refused-text"
}
