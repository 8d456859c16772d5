import HospitalSearch
import Shared

/// The conversation's rules for calls held over ConversationRelay: what a caller who spoke over
/// an answer actually heard, and what happens when the relay session ends.
extension DialogPolicy {
    /// The state as the caller knows it after cutting the last answer short: of a list, only
    /// the names they heard count as named, so "more" goes on from the first one they missed and
    /// "the second one" is the second they heard.
    func heardOnly(_ heard: String, state: DialogState) -> DialogState {
        guard !state.mentioned.isEmpty, case .list? = state.lastRequest?.kind, var request = state.lastRequest,
            state.said?.contains(where: { if case .listing = $0 { true } else { false } }) == true
        else { return state }
        let kept = Phrasing.namesHeard(state.mentioned, in: heard)
        guard kept < state.mentioned.count else { return state }
        var state = state
        request.offset = max(0, request.offset - (state.mentioned.count - kept))
        state.lastRequest = request
        state.mentioned = Array(state.mentioned.prefix(kept))
        // Names were left unsaid: there are more to hear.
        state.pending = .moreResults
        state.asked = .hearMore
        return state
    }

    /// The relay session ended: the hand-off, goodbye or message Loop AI asked for in its `end`
    /// message, or — when the socket went away with the call still going (a gateway restarted)
    /// — a fresh session that asks the last question again, the session intact.
    ///
    /// An ending's own words ("I'm connecting you to a person", the goodbye, "leave a message
    /// after the beep") are said here, as `<Say>` before the `<Dial>`, `<Hangup>` or `<Record>`:
    /// Twilio does not promise that text sent just before `end` is played.
    func relayEnded(_ ending: RelayReply.Ending?, state: DialogState) -> DialogDecision {
        var state = state
        let leadIn = state.said ?? []
        switch ending {
        case .handoff?:
            state.ended = true
            return relayDecision(leadIn, action: .transferToAgent, state: state)
        case .message?:
            state.ended = true
            // The beep is never the first thing a caller hears of a message.
            return relayDecision(leadIn.contains(.agentUnavailable) ? leadIn : [.agentUnavailable], action: .recordMessage, state: state)
        case .goodbye?:
            state.ended = true
            // Asked for a person on a line with nobody to take them: phrased as the <Gather> call's is.
            let action: CallAction = leadIn.contains(.connectingToAgent) ? .transferToAgent : .hangUp
            return relayDecision(leadIn, action: action, state: state)
        case nil where state.ended:
            return relayDecision([], action: .hangUp, state: state)
        case nil:
            guard state.greeted else {
                state.greeted = true
                return decision([.greeting], .howCanIHelp, state: state, outcome: .reconnected)
            }
            return decision([.lineTrouble], repeatedQuestion(state), state: state, outcome: .reconnected)
        }
    }

    /// The session's last words, said now; the state keeps them as what was said.
    private func relayDecision(_ acts: [DialogAct], action: CallAction, state: DialogState) -> DialogDecision {
        DialogDecision(acts: acts, prompt: .none, action: action, state: state, outcome: .relayEnded, language: state.language ?? defaultLanguage)
    }
}
