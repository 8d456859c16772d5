import HospitalSearch

/// Follow-ups about hospitals already named ("the address of the second one"), and emergencies.
extension DialogPolicy {
    func details(_ ordinal: Int?, state: DialogState) -> DialogDecision {
        var state = state
        guard !state.mentioned.isEmpty else {
            return decision([.nothingToReferTo], .howCanIHelp, state: state, outcome: .details)
        }
        let requested = ordinal ?? 0
        let position = requested == 0 ? 0 : requested < 0 ? state.mentioned.count - 1 : requested - 1
        guard state.mentioned.indices.contains(position) else {
            state.pending = state.pending ?? .anythingElse
            return decision([.nothingToReferTo], .howCanIHelp, state: state, outcome: .details)
        }
        state.pending = .anythingElse
        return decision([.details(state.mentioned[position])], .anythingElse, state: state, outcome: .details)
    }

    /// Emergency advice comes first; network hospitals follow when the caller said where they are.
    func emergency(_ understanding: Understanding, state: DialogState) -> DialogDecision {
        var state = state
        if let place = understanding.place, case let hospitals = directory.listing(in: place, limit: 3).hospitals, !hospitals.isEmpty {
            state.mentioned = hospitals
            state.lastRequest = DialogRequest(kind: .list, place: place, offset: hospitals.count)
            state.pending = .anythingElse
            return decision([.emergency(place: place, hospitals: hospitals)], .anythingElse, state: state, outcome: .emergency)
        }
        state.pending = .whichCity(DialogRequest(kind: .list))
        return decision([.emergency(place: nil, hospitals: [])], .whichCity(name: [], cities: [], total: 0), state: state, outcome: .emergency)
    }
}
