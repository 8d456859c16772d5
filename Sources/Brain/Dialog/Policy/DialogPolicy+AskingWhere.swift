import HospitalSearch
import Shared

/// When Loop AI asks where: "Which city are you looking in?" when a request has no place, a
/// name is in the network in several cities, or a place has no network hospitals; "Which area?"
/// when several branches of a name are in the city, or an area named lies in several cities.
/// A silence repeats the question asked.
extension DialogPolicy {
    /// Holds `request` until the caller names a city; `asking` when the question is already known.
    func askWhichCity(for request: DialogRequest, state: DialogState, outcome: DialogOutcome, asking question: Prompt? = nil) -> DialogDecision {
        var state = state
        state.pending = .whichCity(request)
        return decision([], question ?? cityQuestion(for: request, named: []), state: state, outcome: outcome)
    }

    /// Holds `request` until the caller names an area, after saying `act`.
    func askWhichArea(for request: DialogRequest, total: Int, after act: DialogAct, state: DialogState) -> DialogDecision {
        var state = state
        state.pending = .whichArea(request)
        return decision([act], .whichArea(name: request.name, place: request.place, total: total), state: state, outcome: .clarifyArea)
    }

    /// A place Loop AI knows with no network hospitals: say so, suggest cities that have some, ask again.
    func noHospitals(_ place: Place, state: DialogState, outcome: DialogOutcome) -> DialogDecision {
        var state = state
        state.pending = .whichCity(DialogRequest(kind: state.lastRequest?.kind ?? .list))
        return decision(
            [.noHospitals(place: place, suggestions: Array(directory.cities.prefix(4)))],
            .whichCity(name: [], cities: [], total: 0), state: state, outcome: outcome)
    }

    func cityQuestion(for request: DialogRequest) -> Prompt {
        cityQuestion(for: request, named: request.name)
    }

    private func cityQuestion(for request: DialogRequest, named name: [String]) -> Prompt {
        if case .area(let words, nil)? = request.place {
            let cities = directory.cities(ofArea: words)
            if cities.count > 1 { return .whichCityForArea(area: words, cities: cities) }
        }
        return .whichCity(name: name, cities: directory.cities, total: 0)
    }

    func areaQuestion(for request: DialogRequest) -> Prompt {
        .whichArea(name: request.name, place: request.place, total: 0)
    }

    /// The question to repeat after a silence: whatever Loop AI was waiting for.
    func repeatedQuestion(_ state: DialogState) -> Prompt {
        switch state.pending {
        case .whichCity(let request)?: return cityQuestion(for: request)
        case .whichArea(let request)?: return areaQuestion(for: request)
        case .moreResults?: return .hearMore
        case .suggestion(let request)?:
            guard let place = request.place, directory.count(in: place) == 1 else { return .nameAFew }
            return .nameIt
        case .heard?: return .isThatRight
        case .meant(let hospitals)?: return .didYouMean(hospitals)
        case .anythingElse?: return .anythingElse
        case .whatsAppConsent?: return .whatsAppConsent
        case nil: return .howCanIHelp
        }
    }
}
