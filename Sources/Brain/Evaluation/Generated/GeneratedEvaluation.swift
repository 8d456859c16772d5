import Foundation
import HospitalSearch
import Shared

/// Plays generated calls through the dialog (understanding, policy, grounding and phrasing, as a
/// call would, without Redis) and reports, per class, how many answers do what their gold frame
/// says — and, over every answer, the two things Loop AI must never do, checked by an oracle of
/// its own on the list's rows rather than by the search:
///
/// - read back as a hospital's name a word the caller did not name a hospital with (the list's
///   spelling of a word the caller did name one with — "Jeevan" for "Jeewan", folded as
///   ``Skeleton/spelling(_:)`` folds them — is that word, and is counted apart);
/// - state a fact the list does not support: a hospital that is not listed, or that does not lie
///   in the place it is said to be in.
struct GeneratedEvaluation: Sendable {
    let engine: DialogEngine
    let oracle: ListOracle

    struct Report: Sendable {
        /// Class → answers that did what their frame says, of all.
        var byClass: [(name: String, tally: ConversationEvaluation.Tally)] = []
        var calls = 0
        var readBackViolations = 0
        /// Name words said in the list's spelling of the caller's ("Jeevan" for "Jeewan"): no violation.
        var readBackSpellings = 0
        var falseFacts = 0
        /// A few examples of each kind of failure, for reading.
        var examples: [String] = []

        var overall: ConversationEvaluation.Tally {
            ConversationEvaluation.Tally(passed: byClass.reduce(0) { $0 + $1.tally.passed }, total: byClass.reduce(0) { $0 + $1.tally.total })
        }

        mutating func add(_ name: String, passed: Bool) {
            if let index = byClass.firstIndex(where: { $0.name == name }) {
                byClass[index].tally.add(passed: passed)
            } else {
                var tally = ConversationEvaluation.Tally()
                tally.add(passed: passed)
                byClass.append((name, tally))
            }
        }

        var table: String {
            func cell(_ tally: ConversationEvaluation.Tally) -> String { "\(tally.passed)/\(tally.total) (\(tally.passed * 100 / max(tally.total, 1)) %)" }
            var lines = ["| class | right by frame |", "|---|---:|"]
            for (name, tally) in byClass { lines.append("| \(name) | \(cell(tally)) |") }
            lines.append("| **all** | \(cell(overall)) |")
            return lines.joined(separator: "\n")
        }
    }

    func run(_ calls: [GeneratedCorpus.Call], examples limit: Int = 20) -> Report {
        var report = Report()
        for call in calls {
            var state = engine.answer(.callStarted(), state: DialogState(language: call.language)).decision.state
            var decision: DialogDecision?
            for turn in call.turns {
                let answer = engine.answer(.said(Turn.Utterance(speech: turn, confidence: 0.9)), state: state).decision
                state = answer.state
                decision = answer
                for problem in oracle.falseFacts(in: answer) {
                    report.falseFacts += 1
                    if report.examples.count < limit { report.examples.append("false fact: \(problem)\n    \"\(turn)\"") }
                }
                let spellings = Set(call.nameWords.map(Skeleton.spelling))
                for word in Self.readBack(answer) where !call.nameWords.contains(word) {
                    if spellings.contains(Skeleton.spelling(word)) {
                        report.readBackSpellings += 1
                        continue
                    }
                    report.readBackViolations += 1
                    if report.examples.count < limit { report.examples.append("read back '\(word)' as a name\n    \"\(turn)\"") }
                }
            }
            guard let decision else { continue }
            report.calls += 1
            let right = Self.does(decision, call.frame)
            report.add(call.bank, passed: right)
            if !right, report.examples.count < limit {
                report.examples.append("[\(call.bank)] \"\(call.turns.last ?? "")\"\n    Loop AI: \(ConversationEvaluation.spoken(decision))")
            }
        }
        return report
    }

    /// Every word an answer says back as the name of a hospital the caller asked about.
    static func readBack(_ decision: DialogDecision) -> [String] {
        var names: [[String]] = []
        for act in decision.acts {
            switch act {
            case .notFound(let name, _, _, _), .confirmedSeveral(let name, _, _, _): names.append(name)
            default: break
            }
        }
        switch decision.prompt {
        case .whichCity(let name, _, _), .whichArea(let name, _, _), .didYouSayName(let name): names.append(name)
        default: break
        }
        return names.flatMap { $0.flatMap(TextNormalizer.tokens) }
    }

    /// True when the answer does what the frame says.
    static func does(_ decision: DialogDecision, _ frame: GeneratedCorpus.Frame) -> Bool {
        let places: [Place] = decision.acts.compactMap { act in
            switch act {
            case .listing(let place, _, _, _, _), .count(let place, _): return place
            default: return nil
            }
        }
        let denies = decision.acts.contains { if case .notFound = $0 { return true } else { return false } }
        switch frame {
        case .list(let gold), .count(let gold):
            if case .whichCityForArea = decision.prompt { return true }
            return places.contains { names($0, gold) }
        case .twoPlaces(let first, let second):
            // An area several cities have is rightly asked about ("which city?"), as for one place.
            var answered = places
            if case .whichCityForArea(let area, _) = decision.prompt { answered.append(.area(words: area, city: nil)) }
            return answered.contains { names($0, first) } && answered.contains { names($0, second) }
        case .confirm:
            if denies { return false }
            switch decision.prompt {
            case .whichCity, .whichArea, .didYouMean: return true
            default: break
            }
            return decision.acts.contains { act in
                switch act {
                case .confirmed, .confirmedSeveral: return true
                default: return false
                }
            }
        case .unlisted:
            return denies
        case .emergency:
            if case .emergency? = decision.acts.first { return true }
            return false
        case .offTopic:
            return !denies && decision.acts.contains { act in
                switch act {
                // "What's your name?" is answered by who Loop AI is: off the list's topic, and honest.
                case .outOfScope, .missingInfo, .connectingToAgent, .identity: return true
                default: return false
                }
            }
        }
    }

    /// True when the answer's place carries the gold place's words (city, area, PIN or road).
    static func names(_ place: Place, _ gold: GeneratedCorpus.Gold) -> Bool {
        ListOracle.squashed(Phrasing.name(of: place)).contains(ListOracle.squashed(gold.words))
    }
}

/// The network list's rows, asked directly: the generated evaluation's judge of facts, written
/// apart from the search so that it does not share its mistakes.
struct ListOracle: Sendable {
    /// Rows by address, with the city the dialog names them in.
    private let rows: [String: [HospitalRecord]]

    init(records: [HospitalRecord]) {
        rows = Dictionary(grouping: records, by: \.address)
    }

    /// Letters and digits only, lowercased: "Sector-62" and "sector 62" are one.
    static func squashed(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }

    /// The facts of a decision that the rows do not support, described.
    func falseFacts(in decision: DialogDecision) -> [String] {
        var problems: [String] = []
        func check(_ hospitals: [SpokenHospital], in place: Place?) {
            for hospital in hospitals {
                guard let listed = rows[hospital.address], !listed.isEmpty else {
                    problems.append("\(hospital.name) is not listed at \(hospital.address)")
                    continue
                }
                if let place, !lies(hospital, listed, in: place) { problems.append("\(hospital.name) (\(hospital.city)) is not in \(place)") }
            }
        }
        for act in decision.acts {
            switch act {
            case .listing(let place, _, let hospitals, _, _): check(hospitals, in: place)
            case .emergency(let place, let hospitals): check(hospitals, in: place)
            case .confirmedSeveral(_, let place, _, let examples): check(examples, in: place)
            case .notFound(_, let place, let sameNameHere, _): check(sameNameHere, in: place)
            case .confirmed(let hospital), .details(let hospital): check([hospital], in: nil)
            default: break
            }
        }
        if case .didYouMean(let hospitals) = decision.prompt { check(hospitals, in: nil) }
        return problems
    }

    private func lies(_ hospital: SpokenHospital, _ listed: [HospitalRecord], in place: Place) -> Bool {
        switch place {
        case .city(let city): return hospital.city == city.name
        case .region(_, let cities): return cities.contains { $0.name == hospital.city }
        case .area(let words, let city):
            if let city, city.name != hospital.city { return false }
            return listed.contains { row in
                let written = TextNormalizer.tokens(row.address + " " + row.name + " " + row.city)
                let squashed = Self.squashed(row.address + row.name + row.city)
                return words.allSatisfy { word in
                    squashed.contains(Self.squashed(word)) || written.contains(word) || written.contains { Self.near($0, word) }
                }
            }
        }
    }

    /// Spellings of one place a letter or two apart ("bommanahally", "bommanahalli").
    static func near(_ written: String, _ said: String) -> Bool {
        let a = Array(written), b = Array(said)
        guard min(a.count, b.count) >= 5, abs(a.count - b.count) <= 2 else { return false }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count] <= 2
    }
}
