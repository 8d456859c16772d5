import Shared

/// Decides what Loop AI does with each turn: the conversation's rules, independent of wording.
///
/// Pure: given the turn, the session state and the network, it returns the replies, the next
/// prompt and the new state. Nothing here talks to Redis or renders TwiML, so every rule can be
/// tested turn by turn.
struct DialogPolicy: Sendable {
    let network: LoadedNetwork

    /// Below this recogniser confidence Loop AI repeats what it heard instead of acting on it.
    static let minimumConfidence = 0.4
    /// Silences (or unclear turns) tolerated before Loop AI says goodbye.
    static let maximumSilences = 2

    private var index: HospitalIndex { network.index }

    func respond(kind: Turn.Kind, speech: String, confidence: Double?, state previous: DialogState?) -> DialogOutcome {
        var state = previous ?? DialogState()
        state.turns += 1
        if kind == .callStarted {
            let reply: Reply = state.greeted ? .greetedAlready : .greeting
            state.greeted = true
            return outcome([reply], .howCanIHelp, state: state, intent: "greeting")
        }
        if state.ended {
            return outcome([.goodbye], .none, action: .hangUp, state: state, intent: "ended")
        }
        let understanding = Interpreter(network: network).understand(speech)
        if understanding.intent == .silence {
            state.silences += 1
            if state.silences > Self.maximumSilences {
                state.ended = true
                return outcome([.goodbyeAfterSilence], .none, action: .hangUp, state: state, intent: "silence")
            }
            return outcome([.reprompt(attempt: state.silences)], keepPrompt(state), state: state, intent: "silence")
        }
        state.silences = 0
        if let confidence, confidence < Self.minimumConfidence, understanding.intent != .emergency, !isPendingHeard(state) {
            state.pending = .heard(speech)
            return outcome([.heard(speech)], .isThatRight, state: state, intent: "low-confidence")
        }
        return act(on: understanding, speech: speech, state: state)
    }

    private func isPendingHeard(_ state: DialogState) -> Bool {
        if case .heard = state.pending { return true }
        return false
    }

    private func act(on understanding: Understanding, speech: String, state: DialogState) -> DialogOutcome {
        var state = state
        let pending = state.pending
        state.pending = nil
        if understanding.intent != .unclear { state.misunderstood = 0 }

        switch understanding.intent {
        case .emergency:
            return emergency(understanding, state: state)
        case .goodbye:
            state.ended = true
            return outcome([.goodbye], .none, action: .hangUp, state: state, intent: "goodbye")
        case .outOfScope:
            state.ended = true
            return outcome([.outOfScope], .none, action: .transferToAgent, state: state, intent: "handoff")
        case .yes:
            return yes(to: pending, state: state)
        case .no:
            return no(to: pending, state: state)
        case .more:
            guard var request = state.lastRequest, request.kind == .list else {
                state.pending = .whichCity(DialogRequest(kind: .list))
                return outcome([], .whichCity(label: nil, cities: networkCities(), total: 0), state: state, intent: "more")
            }
            request.count = understanding.count.map(Self.clampCount) ?? request.count
            return run(request, state: state, intent: "more")
        case .switchPlace:
            var request = state.lastRequest ?? DialogRequest(kind: .list)
            request.place = understanding.place
            request.offset = 0
            // "What about Mumbai?" after a yes/no keeps the hospital and changes the city.
            return run(request, state: state, intent: "switch-place")
        case .details:
            return details(understanding.ordinal, state: state)
        case .count:
            let place = understanding.place ?? state.lastRequest?.place
            let request = DialogRequest(kind: .count, place: place, name: understanding.name)
            return run(request, state: state, intent: "count")
        case .list:
            let request = DialogRequest(kind: .list, place: understanding.place, count: understanding.count.map(Self.clampCount) ?? DialogRequest.defaultCount)
            return run(request, state: state, intent: "list")
        case .confirm:
            var request = DialogRequest(kind: .confirm, place: understanding.place, name: understanding.name)
            if request.place == nil, case .whichCity(let waiting)? = pending, waiting.kind == .confirm, waiting.name == request.name {
                request.place = waiting.place
            }
            return run(request, state: state, intent: "confirm")
        case .placeOnly:
            return placeOnly(understanding, pending: pending, state: state)
        case .thanks:
            state.pending = .anythingElse
            return outcome([.youAreWelcome], .anythingElse, state: state, intent: "thanks")
        case .help:
            return outcome([.help], .howCanIHelp, state: state, intent: "help")
        case .otherLanguage:
            state.pending = pending
            return outcome([.otherLanguage], .howCanIHelp, state: state, intent: "other-language")
        case .unclear, .silence:
            state.misunderstood += 1
            state.pending = pending
            if let pending, case .whichCity(let request) = pending {
                return outcome([.didNotUnderstand(attempt: state.misunderstood)],
                               .whichCity(label: label(request.name), cities: networkCities(), total: 0), state: state, intent: "unclear")
            }
            return outcome([.didNotUnderstand(attempt: state.misunderstood)], .howCanIHelp, state: state, intent: "unclear")
        }
    }

    // MARK: Short answers

    private func yes(to pending: Pending?, state: DialogState) -> DialogOutcome {
        var state = state
        switch pending {
        case .heard(let words):
            let understanding = Interpreter(network: network).understand(words)
            return act(on: understanding, speech: words, state: state)
        case .moreResults:
            if let request = state.lastRequest { return run(request, state: state, intent: "more") }
        case .suggestion(let request):
            return run(request, state: state, intent: "list")
        case .whichCity(let request):
            state.pending = .whichCity(request)
            return outcome([], .whichCity(label: label(request.name), cities: networkCities(), total: 0), state: state, intent: "yes")
        case .whichArea(let request):
            state.pending = .whichArea(request)
            return outcome([], .whichArea(label: label(request.name), place: placeName(request.place) ?? "", total: 0), state: state, intent: "yes")
        case .anythingElse, nil:
            break
        }
        return outcome([.okay], .howCanIHelp, state: state, intent: "yes")
    }

    private func no(to pending: Pending?, state: DialogState) -> DialogOutcome {
        var state = state
        switch pending {
        case .heard:
            return outcome([.sayAgain], .howCanIHelp, state: state, intent: "no")
        case .anythingElse:
            state.ended = true
            return outcome([.goodbye], .none, action: .hangUp, state: state, intent: "goodbye")
        default:
            state.pending = .anythingElse
            return outcome([.okay], .anythingElse, state: state, intent: "no")
        }
    }

    private func placeOnly(_ understanding: Understanding, pending: Pending?, state: DialogState) -> DialogOutcome {
        var state = state
        switch pending {
        case .whichCity(var request):
            request.place = mergedPlace(understanding.place, into: request.place)
            request.offset = 0
            return run(request, state: state, intent: request.kind.rawValue)
        case .whichArea(var request):
            request.place = mergedPlace(understanding.place, into: request.place)
            request.offset = 0
            return run(request, state: state, intent: request.kind.rawValue)
        default:
            if var request = state.lastRequest {
                request.place = understanding.place
                request.offset = 0
                if request.kind == .confirm, case .area = understanding.place {
                    request.place = mergedPlace(understanding.place, into: state.lastRequest?.place)
                }
                return run(request, state: state, intent: "switch-place")
            }
            state.pending = nil
            return run(DialogRequest(kind: .list, place: understanding.place), state: state, intent: "list")
        }
    }

    /// An area answer ("Whitefield") keeps the city already known.
    private func mergedPlace(_ new: PlaceReference?, into old: PlaceReference?) -> PlaceReference? {
        guard let new else { return old }
        if case .area(let words, nil) = new {
            switch old {
            case .city(let city): return .area(words: words, city: city)
            case .area(_, let city): return .area(words: words, city: city)
            default: return new
            }
        }
        return new
    }

    // MARK: Requests

    private func run(_ request: DialogRequest, state: DialogState, intent: String) -> DialogOutcome {
        var state = state
        guard let place = request.place else {
            if request.kind == .confirm && !request.name.isEmpty {
                return confirm(request, state: state)
            }
            state.pending = .whichCity(request)
            return outcome([], .whichCity(label: nil, cities: networkCities(), total: 0), state: state, intent: intent)
        }
        switch request.kind {
        case .list:
            return list(request, place: place, state: state, intent: intent)
        case .count:
            let hospitals = self.hospitals(in: place)
            state.lastRequest = request
            guard !hospitals.isEmpty else { return noHospitals(place, state: state, intent: "count") }
            state.pending = .suggestion(DialogRequest(kind: .list, place: place))
            return outcome([.count(place: placeName(place) ?? "", total: hospitals.count)], .nameAFew, state: state, intent: "count")
        case .confirm:
            return confirm(request, state: state)
        }
    }

    private func list(_ request: DialogRequest, place: PlaceReference, state: DialogState, intent: String) -> DialogOutcome {
        var state = state
        // Right after "There are 219 network hospitals in Pune", the total need not be said again.
        let totalJustSaid = state.lastRequest?.kind == .count && state.lastRequest?.place == place
        let hospitals = self.hospitals(in: place)
        guard !hospitals.isEmpty else { return noHospitals(place, state: state, intent: intent) }
        let name = placeName(place) ?? ""
        guard request.offset < hospitals.count else {
            state.lastRequest = request
            state.pending = .anythingElse
            return outcome([.endOfList(place: name, total: hospitals.count)], .anythingElse, state: state, intent: intent)
        }
        let page = Array(hospitals[request.offset..<min(hospitals.count, request.offset + request.count)])
        let spoken = spokenHospitals(page)
        var next = request
        next.offset = request.offset + page.count
        state.lastRequest = next
        state.mentioned = spoken
        let more = next.offset < hospitals.count
        state.pending = more ? .moreResults : .anythingElse
        return outcome([.listing(place: name, total: hospitals.count, hospitals: spoken, offset: request.offset, announceTotal: !totalJustSaid)],
                       more ? .hearMore : .anythingElse, state: state, intent: intent)
    }

    private func confirm(_ request: DialogRequest, state: DialogState) -> DialogOutcome {
        var state = state
        state.lastRequest = request
        let label = self.label(request.name)
        let (cities, area) = filters(for: request.place)
        let result = index.find(HospitalQuery(words: request.name, cities: cities, area: area))
        if result.matches.isEmpty {
            // "Bangalore Hospital": a city word that is really part of a hospital's name.
            if case .city(let city)? = request.place, let cityWords = Optional(TextNormalizer.tokens(city)),
               request.name.allSatisfy(TextNormalizer.genericWords.contains) {
                let retry = index.find(HospitalQuery(words: cityWords + request.name, cities: cities))
                if let first = retry.matches.first, retry.matches.count == 1 {
                    return confirmedOne(first.hospital, state: state)
                }
            }
            return notFound(request, result: result, label: label, state: state)
        }
        // A whole-name match outranks partial ones: "Fortis Mulund" is that hospital, not all Fortis.
        let best = result.matches[0].tier
        let matches = best == .exactName && result.matches.filter({ $0.tier == .exactName }).count == 1 && request.name.count > 1
            ? [result.matches[0]] : result.matches
        let groups = index.groupedByCity(matches.map(\.hospital))
        if groups.count > 1 {
            state.pending = .whichCity(request)
            let names = groups.map { index.city($0.city).name }
            return outcome([], .whichCity(label: label, cities: names, total: names.count), state: state, intent: "clarify-city")
        }
        let hospitals = groups[0].hospitals
        if hospitals.count == 1 { return confirmedOne(hospitals[0], state: state) }
        let cityName = index.city(groups[0].city).name
        let examples = Array(spokenHospitals(Array(hospitals.prefix(DialogRequest.maximumCount))).prefix(3))
        state.mentioned = spokenHospitals(Array(hospitals.prefix(DialogRequest.maximumCount)))
        let reply = Reply.confirmedSeveral(label: label, place: areaOrCity(request.place, city: cityName), total: hospitals.count, examples: examples)
        // Once every branch has been named, there is nothing left to ask about.
        let allNamed = hospitals.count <= examples.count
        if allNamed {
            state.pending = .anythingElse
            return outcome([reply], .anythingElse, state: state, intent: "confirm")
        }
        if case .area = request.place {
            state.pending = .anythingElse
            return outcome([reply], .anythingElse, state: state, intent: "confirm")
        }
        var waiting = request
        waiting.place = .city(cityName)
        state.pending = .whichArea(waiting)
        return outcome([reply], .whichArea(label: label, place: cityName, total: hospitals.count), state: state, intent: "clarify-area")
    }

    private func confirmedOne(_ hospital: Int, state: DialogState) -> DialogOutcome {
        var state = state
        let spoken = spokenHospital(hospital)
        state.mentioned = [spoken]
        state.pending = .anythingElse
        return outcome([.confirmed(spoken)], .anythingElse, state: state, intent: "confirm")
    }

    private func notFound(_ request: DialogRequest, result: HospitalSearchResult, label: String, state: DialogState) -> DialogOutcome {
        var state = state
        let place = placeName(request.place)
        let here = spokenHospitals(result.nearMisses.prefix(3).map(\.hospital))
        var otherCities: [String] = []
        if request.place != nil {
            let anywhere = index.find(HospitalQuery(words: request.name))
            otherCities = index.groupedByCity(anywhere.matches.map(\.hospital)).map { index.city($0.city).name }
                .filter { $0 != place }
        }
        state.mentioned = here
        state.pending = .anythingElse
        return outcome([.notFound(label: label, place: place, sameNameHere: here, otherCities: Array(otherCities.prefix(3)))],
                       .anythingElse, state: state, intent: "not-found")
    }

    private func noHospitals(_ place: PlaceReference, state: DialogState, intent: String) -> DialogOutcome {
        var state = state
        state.pending = .whichCity(DialogRequest(kind: state.lastRequest?.kind ?? .list))
        return outcome([.noHospitals(place: placeName(place) ?? "there", suggestions: Array(networkCities().prefix(4)))],
                       .whichCity(label: nil, cities: [], total: 0), state: state, intent: intent)
    }

    private func details(_ ordinal: Int?, state: DialogState) -> DialogOutcome {
        var state = state
        guard !state.mentioned.isEmpty else {
            return outcome([.nothingToReferTo], .howCanIHelp, state: state, intent: "details")
        }
        let requested = ordinal ?? 0
        let position = requested == 0 ? 0 : requested < 0 ? state.mentioned.count - 1 : requested - 1
        guard state.mentioned.indices.contains(position) else {
            state.pending = state.pending ?? .anythingElse
            return outcome([.nothingToReferTo], .howCanIHelp, state: state, intent: "details")
        }
        state.pending = .anythingElse
        return outcome([.details(state.mentioned[position])], .anythingElse, state: state, intent: "details")
    }

    private func emergency(_ understanding: Understanding, state: DialogState) -> DialogOutcome {
        var state = state
        if let place = understanding.place {
            let hospitals = spokenHospitals(Array(self.hospitals(in: place).prefix(3)))
            state.mentioned = hospitals
            state.lastRequest = DialogRequest(kind: .list, place: place, offset: hospitals.count)
            state.pending = .anythingElse
            return outcome([.emergency(place: placeName(place), hospitals: hospitals)], .anythingElse, state: state, intent: "emergency")
        }
        state.pending = .whichCity(DialogRequest(kind: .list))
        return outcome([.emergency(place: nil, hospitals: [])], .whichCity(label: nil, cities: [], total: 0), state: state, intent: "emergency")
    }

    // MARK: Helpers

    static func clampCount(_ count: Int) -> Int { min(max(count, 1), DialogRequest.maximumCount) }

    /// The question to repeat after a silence: whatever Loop AI was waiting for.
    private func keepPrompt(_ state: DialogState) -> Prompt {
        switch state.pending {
        case .whichCity(let request)?: return .whichCity(label: label(request.name), cities: networkCities(), total: 0)
        case .whichArea(let request)?: return .whichArea(label: label(request.name), place: placeName(request.place) ?? "", total: 0)
        case .moreResults?: return .hearMore
        case .suggestion?: return .nameAFew
        case .heard?: return .isThatRight
        case .anythingElse?: return .anythingElse
        case nil: return .howCanIHelp
        }
    }

    /// Hospital ids of a place, in list order.
    func hospitals(in place: PlaceReference) -> [Int] {
        let (cities, area) = filters(for: place)
        if !area.isEmpty { return index.hospitals(inArea: area, cities: cities) }
        return cities.flatMap { Array(index.hospitals(inCity: $0)) }
    }

    /// The cities (indexes) and area words a place stands for.
    private func filters(for place: PlaceReference?) -> (cities: [Int], area: [String]) {
        let city = { (name: String) in index.places.city(named: TextNormalizer.phrase(name)) }
        switch place {
        case .city(let name)?: return (city(name).map { [$0] } ?? [], [])
        case .region(_, let cities)?: return (cities.compactMap(city), [])
        case .area(let words, let name)?: return (name.flatMap(city).map { [$0] } ?? [], words)
        case nil: return ([], [])
        }
    }

    func placeName(_ place: PlaceReference?) -> String? {
        switch place {
        case .city(let name)?: return name
        case .region(let name, _)?: return name
        case .area(let words, let city)?:
            let area = words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
            return city.map { "\(area), \($0)" } ?? area
        case nil: return nil
        }
    }

    private func areaOrCity(_ place: PlaceReference?, city: String) -> String {
        if case .area = place { return placeName(place) ?? city }
        return city
    }

    /// The caller's words for a hospital, as Loop AI repeats them ("Manipal Sarjapur").
    func label(_ words: [String]) -> String {
        words.filter { !TextNormalizer.stopWords.contains($0) }
            .map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }

    /// Cities with network hospitals, largest first.
    func networkCities() -> [String] {
        network.cityNames
    }

    func spokenHospital(_ hospital: Int) -> SpokenHospital {
        let record = index.hospitals[hospital]
        return SpokenHospital(name: index.spokenName(hospital), area: index.area(hospital), address: record.address, city: index.cityName(hospital))
    }

    /// Several hospitals as they will be named together: two that would sound the same
    /// ("Manipal Hospitals in Whitefield", twice) are told apart by a narrower area.
    func spokenHospitals(_ hospitals: [Int]) -> [SpokenHospital] {
        var spoken = hospitals.map(spokenHospital)
        for (position, hospital) in hospitals.enumerated() {
            let same = spoken.indices.filter { spoken[$0].name == spoken[position].name && spoken[$0].area == spoken[position].area }
            guard same.count > 1, same.first != position, let narrower = index.narrowerArea(hospital) else { continue }
            spoken[position].area = narrower
        }
        return spoken
    }

    private func outcome(_ replies: [Reply], _ prompt: Prompt, action: CallAction = .listen, state: DialogState, intent: String) -> DialogOutcome {
        DialogOutcome(replies: replies, prompt: prompt, action: action, state: state, intent: intent, hints: hints(for: state))
    }

    /// What the caller may say next: the network's cities, the names and areas just mentioned, short answers.
    private func hints(for state: DialogState) -> [String] {
        var hints = ["yes", "no", "more", "address"]
        for hospital in state.mentioned {
            hints.append(hospital.name)
            if let area = hospital.area { hints.append(area) }
        }
        hints.append(contentsOf: networkCities())
        return hints
    }
}
