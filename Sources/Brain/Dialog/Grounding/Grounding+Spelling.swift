import HospitalSearch

/// Places said as the list writes them.
extension Grounding {
    /// The decision with every place it names in the list's words: the search folds a plural's "s"
    /// ("Borges Road" is looked up as "borge road"), which a caller must not hear back as "Borge Road".
    func spelt(_ decision: DialogDecision) -> DialogDecision {
        var decision = decision
        let saidIsActs = decision.state.said == decision.acts, askedIsPrompt = decision.state.asked == decision.prompt
        decision.acts = decision.acts.map(spelt)
        if saidIsActs { decision.state.said = decision.acts }
        switch decision.prompt {
        case .didYouSayPlace(let place): decision.prompt = .didYouSayPlace(spelt(place))
        case .whichArea(let name, let place?, let total): decision.prompt = .whichArea(name: name, place: spelt(place), total: total)
        case .whichCityForArea(let area, let cities): decision.prompt = .whichCityForArea(area: directory.written(area), cities: cities)
        default: break
        }
        if askedIsPrompt { decision.state.asked = decision.prompt }
        return decision
    }

    private func spelt(_ act: DialogAct) -> DialogAct {
        switch act {
        case .listing(let place, let total, let hospitals, let offset, let announce):
            return .listing(place: spelt(place), total: total, hospitals: hospitals, offset: offset, announceTotal: announce)
        case .endOfList(let place, let total): return .endOfList(place: spelt(place), total: total)
        case .noHospitals(let place, let suggestions): return .noHospitals(place: spelt(place), suggestions: suggestions)
        case .count(let place, let total): return .count(place: spelt(place), total: total)
        case .confirmedSeveral(let name, let place, let total, let examples):
            return .confirmedSeveral(name: name, place: spelt(place), total: total, examples: examples)
        case .notFound(let name, let place?, let here, let cities): return .notFound(name: name, place: spelt(place), sameNameHere: here, otherCities: cities)
        case .emergency(let place?, let hospitals): return .emergency(place: spelt(place), hospitals: hospitals)
        default: return act
        }
    }

    private func spelt(_ place: Place) -> Place {
        guard case .area(let words, let city) = place else { return place }
        return .area(words: directory.written(words), city: city)
    }
}
