/// Requests about the call rather than the network: "say that again", "slower, please".
extension DialogPolicy {
    /// The last answer again, the same facts and the same question; the call goes on as it was.
    func sayAgain(slowly: Bool, pending: Pending?, state: DialogState) -> DialogDecision {
        var state = state
        state.pending = pending
        let said = state.said ?? []
        let asked = state.asked ?? .howCanIHelp
        // Nothing to repeat after a goodbye: the call is over or about to be.
        let question = asked == .none ? Prompt.howCanIHelp : asked
        var answer = decision([.sayingAgain] + said, question, state: state, outcome: slowly ? .slower : .repeatLast)
        answer.state.said = said
        answer.state.asked = asked
        if slowly { answer.pace = .slow }
        return answer
    }
}
