import Shared

/// When a web or text turn starts a conversation in its channel's summary (the dashboard's "web
/// conversations" and "text conversations").
enum ConversationCount {
    /// A text starts one when there was none, or the last one ended. The web page greets on
    /// loading, with no question: that is no conversation; the first question after it (or after
    /// the last conversation ended) starts one. A greeted state has had one turn, the greeting.
    static func starts(_ turn: Turn, previous: DialogState?) -> Bool {
        let fresh = previous == nil || previous?.ended == true
        guard case .web(let text, _) = turn.payload else { return fresh }
        return !text.isEmpty && (fresh || previous?.turns == 1)
    }
}
