import HospitalSearch
import Logging
import Metrics

/// The last stage before phrasing: every fact a decision's acts and question carry is checked
/// against the list once more, and one that fails is never spoken.
///
/// The policy builds its facts from the directory, so a failure here is a fault in how a request
/// was understood or searched ("In Santacruz there is …" naming hospitals in other cities). Such a
/// fact is dropped: a hospital that does not lie in the place said leaves the list it was in; a
/// count, a "no hospitals there" or a hospital that is not listed takes its whole act with it,
/// and an answer left with nothing to say asks how it can help. Each dropped fact is counted in
/// `loopai_ungrounded_facts_total{fact}` and logged.
struct Grounding: Sendable {
    let directory: HospitalDirectory

    /// A fact the list did not support.
    struct Failure: Sendable, Equatable {
        /// What kind of fact: `hospital-in-place`, `count`, `no-hospitals`, `listed`.
        let fact: String
        /// The fact as it would have been said, for the log.
        let detail: String
    }

    static let logger = Logger(label: "loopai.grounding")

    /// The decision with only facts the list supports, and what was dropped.
    func checked(_ decision: DialogDecision) -> (decision: DialogDecision, failures: [Failure]) {
        var failures: [Failure] = []
        var decision = decision
        let acts = decision.acts.compactMap { check($0, failures: &failures) }
        var prompt = decision.prompt
        if case .didYouMean(let hospitals) = prompt {
            let kept = hospitals.filter { listed($0, failures: &failures) }
            prompt = kept.isEmpty ? .howCanIHelp : .didYouMean(kept)
        }
        guard !failures.isEmpty else { return (decision, []) }
        decision.acts = acts
        decision.prompt = acts.isEmpty && prompt == .anythingElse ? .howCanIHelp : prompt
        decision.state.said = decision.acts
        decision.state.asked = decision.prompt
        if case .didYouMean(let kept) = decision.prompt {
            decision.state.pending = .meant(kept)
        } else if case .meant? = decision.state.pending {
            decision.state.pending = nil
        }
        decision.state.mentioned = decision.state.mentioned.filter(directory.isListed)
        return (decision, failures)
    }

    /// The decision checked, with failures counted and logged.
    func enforce(_ decision: DialogDecision) -> DialogDecision {
        var (checked, failures) = checked(decision)
        checked = spelt(checked)
        checked.heldBack = failures.count
        for failure in failures {
            Counter(label: "loopai_ungrounded_facts_total", dimensions: [("fact", failure.fact)]).increment()
            Self.logger.warning(
                "A fact the network list does not support was not spoken",
                metadata: ["fact": "\(failure.fact)", "detail": "\(failure.detail.prefix(200))"])
        }
        return checked
    }

    private func check(_ act: DialogAct, failures: inout [Failure]) -> DialogAct? {
        switch act {
        case .listing(let place, let total, let hospitals, let offset, let announce):
            guard counted(total, in: place, failures: &failures) else { return nil }
            let kept = lying(hospitals, in: place, failures: &failures)
            guard !kept.isEmpty || hospitals.isEmpty else { return nil }
            return .listing(place: place, total: total, hospitals: kept, offset: offset, announceTotal: announce)
        case .endOfList(let place, let total), .count(let place, let total):
            return counted(total, in: place, failures: &failures) ? act : nil
        case .noHospitals(let place, let suggestions):
            guard directory.count(in: place) == 0 else {
                failures.append(Failure(fact: "no-hospitals", detail: "none in \(place)"))
                return nil
            }
            return .noHospitals(place: place, suggestions: suggestions.filter { directory.count(in: .city($0)) > 0 })
        case .confirmed(let hospital), .details(let hospital):
            return listed(hospital, failures: &failures) ? act : nil
        case .confirmedSeveral(let name, let place, let total, let examples):
            let kept = lying(examples, in: place, failures: &failures)
            guard !kept.isEmpty else { return nil }
            return .confirmedSeveral(name: name, place: place, total: total, examples: kept)
        case .notFound(let name, let place, let sameNameHere, let otherCities):
            // The "no" stands (nothing listed answered the name); branches said to be in the
            // place asked about must be there.
            guard let place else { return .notFound(name: name, place: nil, sameNameHere: [], otherCities: otherCities) }
            return .notFound(name: name, place: place, sameNameHere: lying(sameNameHere, in: place, failures: &failures), otherCities: otherCities)
        case .emergency(let place, let hospitals):
            // The emergency numbers are said whatever happens to the hospitals.
            guard let place else { return .emergency(place: nil, hospitals: hospitals.filter { listed($0, failures: &failures) }) }
            return .emergency(place: place, hospitals: lying(hospitals, in: place, failures: &failures))
        default:
            return act
        }
    }

    private func counted(_ total: Int, in place: Place, failures: inout [Failure]) -> Bool {
        let listed = directory.count(in: place)
        guard listed != total else { return true }
        failures.append(Failure(fact: "count", detail: "\(total) in \(place), the list has \(listed)"))
        return false
    }

    private func lying(_ hospitals: [SpokenHospital], in place: Place, failures: inout [Failure]) -> [SpokenHospital] {
        let lies = directory.lie(hospitals, in: place)
        var kept: [SpokenHospital] = []
        for (hospital, inPlace) in zip(hospitals, lies) {
            if inPlace {
                kept.append(hospital)
            } else {
                failures.append(Failure(fact: "hospital-in-place", detail: "\(hospital.name), \(hospital.city) in \(place)"))
            }
        }
        return kept
    }

    private func listed(_ hospital: SpokenHospital, failures: inout [Failure]) -> Bool {
        guard directory.isListed(hospital) else {
            failures.append(Failure(fact: "listed", detail: "\(hospital.name), \(hospital.address)"))
            return false
        }
        return true
    }
}
