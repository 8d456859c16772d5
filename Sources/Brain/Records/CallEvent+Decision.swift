import HospitalSearch
import Shared

extension CallEvent {
    /// The call-record event of an answered turn: intent, outcome, places and hospitals named,
    /// and names asked for that the list lacks.
    /// - Parameter said: the sentences the answer spoke, when the caller heard them (a call's
    ///   turn); the record keeps them as the turn's answer.
    init(turn: Turn, decision: DialogDecision, at: Int64, said sentences: [String]? = nil) {
        switch turn.payload {
        case .dialEnded(let result, _):
            self.init(kind: .dial, at: at, status: result.status.map(EventStatus.init(rawValue:)) ?? .unknown, duration: result.duration)
            return
        case .voicemail(let recording, _):
            self.init(
                kind: .voicemail, at: at, duration: recording.duration, sid: recording.sid, url: recording.url, note: Phrasing.handoffTopic(for: decision))
            return
        case .callStarted, .speech, .fallback, .sms, .whatsapp, .web, .search, .relayPrompt, .relayEnded:
            break
        }
        var places: [String] = []
        var hospitals: [String] = []
        var notFound: [String] = []
        func place(_ place: Place?) {
            guard let place else { return }
            let name = Phrasing.name(of: place)
            if !places.contains(name) { places.append(name) }
        }
        for act in decision.acts {
            switch act {
            case .listing(let asked, _, let named, _, _):
                place(asked)
                hospitals += named.map(\.name)
            case .endOfList(let asked, _), .count(let asked, _), .noHospitals(let asked, _):
                place(asked)
            case .confirmed(let hospital), .details(let hospital):
                hospitals.append(hospital.name)
            case .confirmedSeveral(_, let asked, _, let examples):
                place(asked)
                hospitals += examples.map(\.name)
            case .notFound(let words, let asked, let sameNameHere, let otherCities):
                place(asked)
                // Operators see the whole name asked for, the caller's own words too ("Zyxwv
                // Galactic"), though only its proper part was said back.
                let request = decision.state.lastRequest
                let named = request.map { $0.kind == .confirm && $0.spokenName == words } == true ? request?.name ?? words : words
                if let label = NotInListLabel.label(words: named, asked: asked, sameNameHere: sameNameHere, otherCities: otherCities) { notFound.append(label) }
            case .emergency(let asked, let named):
                place(asked)
                hospitals += named.map(\.name)
            default:
                break
            }
        }
        self.init(
            kind: .turn, at: at, intent: decision.outcome, outcome: CallOutcome(decision), language: decision.language.rawValue,
            caller: turn.caller?.masked, places: places.isEmpty ? nil : places, hospitals: hospitals.isEmpty ? nil : hospitals,
            notFound: notFound.isEmpty ? nil : notFound)
        mode = decision.state.relay != nil ? .relay : .gather
        said = turn.utterance?.digits.map { "[pressed \($0)]" } ?? (turn.speech.isEmpty ? nil : turn.speech)
        let answer = sentences?.joined(separator: " ") ?? ""
        self.answer = answer.isEmpty ? nil : answer
        // What the call page shows beside each turn: how long the caller waited, how sure the recogniser was.
        latencyMs = Int(clamping: max(at - turn.receivedAt, 0))
        confidence = turn.utterance?.confidence
    }
}
