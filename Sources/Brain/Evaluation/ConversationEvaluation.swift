import HospitalSearch
import Shared

/// Runs an ``EvaluationSet`` through the dialog (understanding, policy and phrasing, as a call
/// would, without Redis) and reports, per class and language, how many cases hold every expectation.
struct ConversationEvaluation: Sendable {
    let engine: DialogEngine
    /// The engine for cases of a language `engine` does not offer (`## … [mr]`): every language
    /// offered, in the order of `Language` (Marathi is key 3, Kannada key 4), so the cases of a
    /// deployment's default languages are played exactly as such a deployment answers them.
    var everyLanguage: DialogEngine?

    /// One case that did not hold, with the first expectation it missed.
    struct Failure: Sendable, CustomStringConvertible {
        let category: String
        let line: Int
        let said: String
        let heard: String
        let problem: String

        var description: String { "[\(category)] line \(line): \"\(said)\" → \(problem)\n    Loop AI: \(heard)" }
    }

    /// Passed and total cases of one class in one language.
    struct Tally: Sendable, Equatable {
        var passed = 0
        var total = 0

        var rate: Double { total == 0 ? 1 : Double(passed) / Double(total) }

        mutating func add(passed ok: Bool) {
            total += 1
            if ok { passed += 1 }
        }
    }

    struct Report: Sendable {
        /// Class → language → tally, classes in the order they first appear.
        var categories: [(name: String, byLanguage: [Language: Tally])] = []
        var failures: [Failure] = []

        var passed: Int { overall.passed }
        var total: Int { overall.total }
        var overall: Tally { Tally(passed: languages.values.reduce(0) { $0 + $1.passed }, total: languages.values.reduce(0) { $0 + $1.total }) }

        /// Each language's tally over every class.
        var languages: [Language: Tally] {
            var result: [Language: Tally] = [:]
            for category in categories {
                for (language, tally) in category.byLanguage {
                    result[language, default: Tally()].passed += tally.passed
                    result[language, default: Tally()].total += tally.total
                }
            }
            return result
        }

        mutating func add(category: String, language: Language, passed: Bool) {
            if let index = categories.firstIndex(where: { $0.name == category }) {
                categories[index].byLanguage[language, default: Tally()].add(passed: passed)
            } else {
                var tally = Tally()
                tally.add(passed: passed)
                categories.append((category, [language: tally]))
            }
        }

        /// A Markdown table of pass rates by class (rows) and language (columns), with totals.
        var table: String {
            let columns = Language.allCases.filter { languages[$0] != nil }
            var lines = [
                "| class | " + columns.map(\.rawValue).joined(separator: " | ") + " | all |",
                "|---|" + String(repeating: "---:|", count: columns.count + 1),
            ]
            func cell(_ tally: Tally?) -> String {
                guard let tally, tally.total > 0 else { return "-" }
                return "\(tally.passed)/\(tally.total) (\(tally.passed * 100 / tally.total) %)"
            }
            for category in categories {
                let all = Tally(
                    passed: category.byLanguage.values.reduce(0) { $0 + $1.passed }, total: category.byLanguage.values.reduce(0) { $0 + $1.total })
                lines.append("| \(category.name) | " + columns.map { cell(category.byLanguage[$0]) }.joined(separator: " | ") + " | \(cell(all)) |")
            }
            lines.append("| **all** | " + columns.map { cell(languages[$0]) }.joined(separator: " | ") + " | \(cell(overall)) |")
            return lines.joined(separator: "\n")
        }

        /// The languages whose pass rate is below `floor` (a fraction), with their rates.
        func below(floor: Double) -> [(Language, Tally)] {
            Language.allCases.compactMap { language in
                languages[language].flatMap { $0.rate < floor ? (language, $0) : nil }
            }
        }
    }

    func run(_ set: EvaluationSet, transcript: ((String) -> Void)? = nil) -> Report {
        var report = Report()
        for testCase in set.cases {
            let (failure, language) = run(testCase, transcript: transcript)
            report.add(category: testCase.category, language: testCase.language ?? language, passed: failure == nil)
            if let failure { report.failures.append(failure) }
        }
        return report
    }

    /// Plays the case from the greeting on; the first expectation missed fails it. Also returns
    /// the language the call was held in at the end, the case's language unless its class names one.
    func run(_ testCase: EvaluationSet.Case, transcript: ((String) -> Void)? = nil) -> (Failure?, Language) {
        let engine = testCase.language.flatMap { self.engine.voices.offered.contains($0) ? nil : everyLanguage } ?? self.engine
        var state = engine.answer(.callStarted(), state: nil).decision.state
        transcript?("[\(testCase.category)] line \(testCase.line)")
        for turn in testCase.turns {
            let decision = engine.answer(.said(Turn.Utterance(speech: turn.said, confidence: turn.confidence, digits: turn.digits)), state: state).decision
            state = decision.state
            let heard = Self.spoken(decision)
            transcript?("  > \(turn.digits.map { "[press \($0)]" } ?? turn.said)\n    \(heard)  (\(decision.outcome.rawValue))")
            func fail(_ problem: String) -> (Failure?, Language) {
                (Failure(category: testCase.category, line: testCase.line, said: turn.said, heard: heard, problem: problem), decision.language)
            }
            let lowered = heard.lowercased()
            if Self.contradictsItself(lowered) { return fail("says no and that it is in the network in one breath") }
            for fact in turn.says where !lowered.contains(fact.lowercased()) { return fail("does not say \"\(fact)\"") }
            for fact in turn.never where lowered.contains(fact.lowercased()) { return fail("says \"\(fact)\"") }
            if let outcome = turn.outcome, outcome != decision.outcome.rawValue {
                return fail("outcome \(decision.outcome.rawValue), expected \(outcome)")
            }
            if let action = turn.action, action != Self.name(of: decision.action) {
                return fail("action \(Self.name(of: decision.action)), expected \(action)")
            }
            let words = heard.split(whereSeparator: \.isWhitespace).count
            if let limit = turn.words, words > limit { return fail("\(words) words, more than \(limit)") }
        }
        return (nil, state.language ?? engine.defaultLanguage)
    }

    /// Every case, whatever it expects, fails on an answer that denies a name and says it is in
    /// the network in one breath ("No, … is not in your network. … is in your network.").
    static func contradictsItself(_ lowered: String) -> Bool {
        let denies = lowered.hasPrefix("no,") || lowered.hasPrefix("नहीं,")
        return denies && (lowered.contains(" is in your network") || lowered.contains("आपके नेटवर्क में है"))
    }

    /// Everything Loop AI says for a decision, as one text.
    static func spoken(_ decision: DialogDecision) -> String {
        Phrasing.sentences(for: decision).joined(separator: " ")
    }

    static func name(of action: CallAction) -> String {
        switch action {
        case .listen: return "listen"
        case .hangUp: return "hang-up"
        case .transferToAgent: return "transfer"
        case .recordMessage: return "record"
        }
    }
}
