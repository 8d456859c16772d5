import HospitalSearch
import Shared

/// "Yes", "no" and a bare place: short replies that answer the question Loop AI just asked.
extension DialogPolicy {
    func yes(to pending: Pending?, heldWords: Understanding?, state: DialogState) -> DialogDecision {
        var state = state
        switch pending {
        case .heard:
            // "I think you said …, is that right?" — yes: act on those words.
            if let heldWords { return act(on: heldWords, heldWords: nil, state: state) }
        case .moreResults:
            if let request = state.lastRequest { return run(request, state: state, outcome: .more) }
        case .suggestion(let request):
            return run(request, state: state, outcome: .list)
        case .meant(let hospitals):
            guard hospitals.count == 1 else {
                state.pending = .meant(hospitals)
                return decision([], .didYouMean(hospitals), state: state, outcome: .yes)
            }
            state.mentioned = hospitals
            state.pending = .anythingElse
            return decision([.confirmed(hospitals[0])], .anythingElse, state: state, outcome: .confirm)
        case .whichCity(let request):
            state.pending = .whichCity(request)
            return decision([], cityQuestion(for: request), state: state, outcome: .yes)
        case .whichArea(let request):
            state.pending = .whichArea(request)
            return decision([], areaQuestion(for: request), state: state, outcome: .yes)
        case .anythingElse, .whatsAppConsent, nil:
            break
        }
        return decision([.okay], .howCanIHelp, state: state, outcome: .yes)
    }

    func no(to pending: Pending?, state: DialogState) -> DialogDecision {
        var state = state
        switch pending {
        case .heard:
            return decision([.sayAgain], .howCanIHelp, state: state, outcome: .no)
        case .anythingElse:
            state.ended = true
            return decision([.goodbye], .none, action: .hangUp, state: state, outcome: .goodbye)
        default:
            state.pending = .anythingElse
            return decision([.okay], .anythingElse, state: state, outcome: .no)
        }
    }

    /// A place on its own answers "which city/area?", or moves the last question to that place.
    func placeOnly(_ understanding: Understanding, pending: Pending?, state: DialogState) -> DialogDecision {
        var state = state
        switch pending {
        case .whichCity(var request), .whichArea(var request):
            request.place = mergedPlace(understanding.place, into: request.place)
            // A city that does not hold the area asked about is the caller's correction, not its city.
            if case .city = understanding.place, let merged = request.place, merged != understanding.place, directory.count(in: merged) == 0 {
                request.place = understanding.place
            }
            request.offset = 0
            return run(request, state: state, outcome: DialogOutcome(request.kind))
        default:
            if var request = state.lastRequest {
                request.place = understanding.place
                request.offset = 0
                if case .confirm = request.kind, case .area = understanding.place {
                    request.place = mergedPlace(understanding.place, into: state.lastRequest?.place)
                }
                return run(request, state: state, outcome: .switchPlace)
            }
            state.pending = nil
            return run(DialogRequest(kind: .list, place: understanding.place), state: state, outcome: .list)
        }
    }

    /// An area answer ("Whitefield") keeps the city already known.
    private func mergedPlace(_ new: Place?, into old: Place?) -> Place? {
        guard let new else { return old }
        // "Mumbai" answering "Andheri is in more than one city — which?".
        if case .city(let city) = new, case .area(let words, nil)? = old { return .area(words: words, city: city) }
        if case .area(let words, nil) = new {
            switch old {
            case .city(let city): return .area(words: words, city: city)
            case .area(_, let city): return .area(words: words, city: city)
            default: return new
            }
        }
        return new
    }
}
