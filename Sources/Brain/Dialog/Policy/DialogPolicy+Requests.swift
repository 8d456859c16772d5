import HospitalSearch
import Shared

/// Running a question about the network: listing and counting a place's hospitals.
extension DialogPolicy {
    /// Answers the request, or asks where when it has no place yet.
    func run(_ request: DialogRequest, state: DialogState, outcome: DialogOutcome) -> DialogDecision {
        var state = state
        var request = request
        // "Hospitals in Andheri": the area's city, from the addresses that name it.
        if case .area(let words, nil)? = request.place, request.kind != .confirm {
            let cities = directory.cities(ofArea: words)
            if cities.count == 1 {
                request.place = .area(words: words, city: cities[0])
            } else if cities.count > 1 {
                return askWhichCity(for: request, state: state, outcome: outcome, asking: .whichCityForArea(area: words, cities: cities))
            }
        }
        guard let place = request.place else {
            if case .confirm = request.kind, !request.name.isEmpty {
                return confirm(request, state: state)
            }
            return askWhichCity(for: request, state: state, outcome: outcome)
        }
        switch request.kind {
        case .list:
            return list(request, place: place, state: state, outcome: outcome)
        case .count:
            let total = directory.count(in: place)
            state.lastRequest = request
            guard total > 0 else { return noHospitals(place, state: state, outcome: .count) }
            state.pending = .suggestion(DialogRequest(kind: .list, place: place))
            return decision([.count(place: place, total: total)], total == 1 ? .nameIt : .nameAFew, state: state, outcome: .count)
        case .confirm:
            return confirm(request, state: state)
        }
    }

    private func list(_ request: DialogRequest, place: Place, state: DialogState, outcome: DialogOutcome) -> DialogDecision {
        var state = state
        // Right after "There are 219 network hospitals in Pune", the total need not be said again.
        var totalJustSaid = false
        if case .count? = state.lastRequest?.kind { totalJustSaid = state.lastRequest?.place == place }
        let listing = directory.listing(in: place, from: request.offset, limit: request.count)
        guard listing.total > 0 else { return noHospitals(place, state: state, outcome: outcome) }
        guard request.offset < listing.total else {
            state.lastRequest = request
            state.pending = .anythingElse
            return decision([.endOfList(place: place, total: listing.total)], .anythingElse, state: state, outcome: outcome)
        }
        var next = request
        next.offset = request.offset + listing.hospitals.count
        state.lastRequest = next
        state.mentioned = listing.hospitals
        let more = next.offset < listing.total
        state.pending = more ? .moreResults : .anythingElse
        let act = DialogAct.listing(place: place, total: listing.total, hospitals: listing.hospitals, offset: request.offset, announceTotal: !totalJustSaid)
        return decision([act], more ? .hearMore : .anythingElse, state: state, outcome: outcome)
    }
}
