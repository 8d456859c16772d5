import HospitalSearch

/// Runs an ``EvaluationSet`` through the dialog (understanding, policy and phrasing, as a call
/// would, without Redis) and reports, per category, how many cases hold every expectation.
struct ConversationEvaluation: Sendable {
    let engine: DialogEngine

    /// One case that did not hold, with the first expectation it missed.
    struct Failure: Sendable, CustomStringConvertible {
        let category: String
        let line: Int
        let said: String
        let heard: String
        let problem: String

        var description: String { "[\(category)] line \(line): \"\(said)\" → \(problem)\n    Loop AI: \(heard)" }
    }

    struct Report: Sendable {
        /// Category → (passed, total), in the order categories first appear.
        var categories: [(name: String, passed: Int, total: Int)] = []
        var failures: [Failure] = []

        var passed: Int { categories.reduce(0) { $0 + $1.passed } }
        var total: Int { categories.reduce(0) { $0 + $1.total } }

        /// A Markdown table of pass rates by category, and the total.
        var table: String {
            var lines = ["| category | passed | rate |", "|---|---:|---:|"]
            for category in categories {
                lines.append("| \(category.name) | \(category.passed)/\(category.total) | \(Self.percent(category.passed, category.total)) |")
            }
            lines.append("| **all** | \(passed)/\(total) | \(Self.percent(passed, total)) |")
            return lines.joined(separator: "\n")
        }

        private static func percent(_ part: Int, _ whole: Int) -> String {
            whole == 0 ? "-" : "\(part * 100 / whole) %"
        }
    }

    func run(_ set: EvaluationSet) -> Report {
        var report = Report()
        for testCase in set.cases {
            let failure = run(testCase)
            if let index = report.categories.firstIndex(where: { $0.name == testCase.category }) {
                report.categories[index].total += 1
                if failure == nil { report.categories[index].passed += 1 }
            } else {
                report.categories.append((testCase.category, failure == nil ? 1 : 0, 1))
            }
            if let failure { report.failures.append(failure) }
        }
        return report
    }

    /// Plays the case from the greeting on; the first expectation missed fails it.
    func run(_ testCase: EvaluationSet.Case) -> Failure? {
        var state = engine.decide(kind: .callStarted, speech: "", confidence: nil, state: nil).state
        for turn in testCase.turns {
            let decision = engine.decide(kind: .speech, speech: turn.said, confidence: turn.confidence, digits: turn.digits, state: state)
            state = decision.state
            let heard = Self.spoken(decision)
            func fail(_ problem: String) -> Failure {
                Failure(category: testCase.category, line: testCase.line, said: turn.said, heard: heard, problem: problem)
            }
            let lowered = heard.lowercased()
            for fact in turn.says where !lowered.contains(fact.lowercased()) { return fail("does not say \"\(fact)\"") }
            for fact in turn.never where lowered.contains(fact.lowercased()) { return fail("says \"\(fact)\"") }
            if let outcome = turn.outcome, outcome != decision.outcome.rawValue {
                return fail("outcome \(decision.outcome.rawValue), expected \(outcome)")
            }
            if let action = turn.action, action != Self.name(of: decision.action) {
                return fail("action \(Self.name(of: decision.action)), expected \(action)")
            }
        }
        return nil
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
