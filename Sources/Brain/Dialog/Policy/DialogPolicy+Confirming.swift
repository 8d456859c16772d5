import HospitalSearch

/// "Is this hospital in my network?": a yes only when the directory confirms a listed hospital.
extension DialogPolicy {
    func confirm(_ request: DialogRequest, state: DialogState) -> DialogDecision {
        var state = state
        state.lastRequest = request
        // A name that matched is said back the way the list spells it ("Manipal", not "Manipaal").
        var said = request
        let heard = request.heardIn ?? .latin
        let (confirmation, listed) = directory.confirmWithSpelling(request.name, in: request.place, heardIn: heard)
        said.name = heard.isTransliterated ? listed : directory.spelling(of: request.name)
        switch confirmation {
        case .one(let hospital):
            state.mentioned = [hospital]
            state.pending = .anythingElse
            // "Where is Jehangir hospital in Pune?": that it is in the network, and where.
            let acts: [DialogAct] = request.wantsAddress == true ? [.confirmed(hospital), .details(hospital)] : [.confirmed(hospital)]
            return decision(acts, .anythingElse, state: state, outcome: .confirm)
        case .inCities(let cities):
            state.pending = .whichCity(request)
            return decision([], .whichCity(name: said.name, cities: cities, total: cities.count), state: state, outcome: .clarifyCity)
        case .several(let city, let total, let named):
            return confirmedSeveral(request, saying: said.name, city: city, total: total, named: named, state: state)
        case .notFound(let nearMisses, _) where heard.isTransliterated && !nearMisses.isEmpty:
            // A name heard in another script is only ICU's guess at its spelling: close listed names
            // are offered, never denied in the same breath.
            state.mentioned = nearMisses
            state.pending = .meant(nearMisses)
            return decision([], .didYouMean(nearMisses), state: state, outcome: .didYouMean)
        case .notFound(let found, let elsewhere):
            // Other branches are "in <the city asked about>": with no city asked, there is none to
            // name ("In that city there is …" would borrow a city from nowhere).
            let nearMisses = request.place == nil ? [] : found
            state.mentioned = nearMisses
            state.pending = .anythingElse
            // Nothing matched, so the caller's own words are said back, not a near spelling of them,
            // and of those only the name's: not the words of their language it was made of.
            let act = DialogAct.notFound(name: request.spokenName, place: request.place, sameNameHere: nearMisses, otherCities: Array(elsewhere.prefix(3)))
            return decision([act], .anythingElse, state: state, outcome: .notFound)
        }
    }

    /// Several branches in one city: a few are named, and unless that was all of them or the
    /// caller already gave an area, Loop AI asks which area.
    private func confirmedSeveral(
        _ request: DialogRequest, saying name: [String], city: City, total: Int, named: [SpokenHospital], state: DialogState
    ) -> DialogDecision {
        var state = state
        let examples = Array(named.prefix(3))
        state.mentioned = named
        let place: Place
        if case .area? = request.place, let asked = request.place { place = asked } else { place = .city(city) }
        let act = DialogAct.confirmedSeveral(name: name, place: place, total: total, examples: examples)
        // Once every branch has been named, there is nothing left to ask about.
        let allNamed = total <= examples.count
        if allNamed || place != .city(city) {
            state.pending = .anythingElse
            return decision([act], .anythingElse, state: state, outcome: .confirm)
        }
        var waiting = request
        waiting.place = .city(city)
        return askWhichArea(for: waiting, total: total, after: act, state: state)
    }
}
