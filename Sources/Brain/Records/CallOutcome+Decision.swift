import Shared

extension CallOutcome {
    /// What a turn came to, for its call record: the facts given, the question asked, the hand-off.
    init(_ decision: DialogDecision) {
        var outcome = CallOutcome.other
        for act in decision.acts {
            switch act {
            case .outOfScope: outcome = max(outcome, .outOfScope)
            case .connectingToAgent: outcome = max(outcome, .handoff)
            case .listing, .endOfList, .count, .confirmed, .confirmedSeveral, .details: outcome = max(outcome, .found)
            case .emergency(_, let hospitals) where !hospitals.isEmpty: outcome = max(outcome, .found)
            case .notFound, .noHospitals: outcome = max(outcome, .notFound)
            default: break
            }
        }
        if outcome == .other {
            switch decision.prompt {
            case .whichCity, .whichArea, .whichCityForArea, .didYouSayName, .didYouSayPlace, .isThatRight: outcome = .clarified
            default: break
            }
        }
        self = outcome
    }
}
