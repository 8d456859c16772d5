import Foundation
import Shared

/// A conversation evaluation set: caller utterances and short conversations by category, each
/// turn with the facts its answer must (and must not) contain, judged against a network list.
///
/// The file format, one case per block (blank lines separate cases):
///
///     ## corrections                       (a class of cases; "## emergencies [hi]" names the
///                                           language too, else it is the call's at the end)
///     > hospitals in Kolkata, actually make that Noida
///       says: hospitals in Noida
///       never: Kolkata
///     > [0.5] what about Banglore        (a turn with the recogniser's confidence)
///     > [press 2]                          (keys pressed instead of speaking)
///       outcome: low-confidence
///       action: listen
///       words: 40                          (the answer is at most 40 words)
///
/// `says:` and `never:` are case-insensitive substrings of what Loop AI says; `outcome:` is the
/// ``DialogOutcome`` name; `action:` is `listen`, `hang-up` or `transfer`. Lines starting with
/// `#` (but not `##`) are comments.
struct EvaluationSet: Sendable {
    /// One conversation (from the greeting on) and what each turn's answer must hold.
    struct Case: Sendable {
        let category: String
        /// The language the case is about when its class names one (`## … [hi]`).
        var language: Language?
        /// The line the case starts on, for reports.
        let line: Int
        var turns: [Turn]
    }

    struct Turn: Sendable {
        let said: String
        let confidence: Double
        /// Keys pressed instead of speaking (`> [press 2]`).
        var digits: String?
        var says: [String] = []
        var never: [String] = []
        var outcome: String?
        var action: String?
        /// At most this many words in the answer.
        var words: Int?
    }

    /// A line the parser could not read.
    struct FormatError: Error, CustomStringConvertible {
        let line: Int
        let problem: String
        var description: String { "line \(line): \(problem)" }
    }

    var cases: [Case]

    init(text: String) throws(FormatError) {
        var cases: [Case] = []
        var category = "uncategorised"
        var language: Language?
        var current: Case?
        func finish() {
            if let done = current, !done.turns.isEmpty { cases.append(done) }
            current = nil
        }
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = offset + 1
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty {
                finish()
            } else if line.hasPrefix("##") {
                finish()
                (category, language) = try Self.heading(line.dropFirst(2), line: number)
            } else if line.hasPrefix("#") {
                continue
            } else if line.hasPrefix(">") {
                var said = line.dropFirst().trimmingCharacters(in: .whitespaces)
                var confidence = 0.92
                if said.hasPrefix("[press "), let close = said.firstIndex(of: "]") {
                    let keys = said[said.index(said.startIndex, offsetBy: 7)..<close].trimmingCharacters(in: .whitespaces)
                    if current == nil { current = Case(category: category, language: language, line: number, turns: []) }
                    current?.turns.append(Turn(said: "", confidence: confidence, digits: keys))
                    continue
                }
                if said.hasPrefix("["), let close = said.firstIndex(of: "]") {
                    guard let value = Double(said[said.index(after: said.startIndex)..<close]) else {
                        throw FormatError(line: number, problem: "a confidence must be a number: \(said)")
                    }
                    confidence = value
                    said = said[said.index(after: close)...].trimmingCharacters(in: .whitespaces)
                }
                if current == nil { current = Case(category: category, language: language, line: number, turns: []) }
                current?.turns.append(Turn(said: said, confidence: confidence))
            } else {
                guard current?.turns.isEmpty == false, let colon = line.firstIndex(of: ":") else {
                    throw FormatError(line: number, problem: "expected '> utterance' or 'says:/never:/outcome:/action:' after one")
                }
                let key = line[..<colon].trimmingCharacters(in: .whitespaces)
                let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                guard var turn = current?.turns.popLast() else { continue }
                switch key {
                case "says": turn.says.append(value)
                case "never": turn.never.append(value)
                case "outcome": turn.outcome = value
                case "action": turn.action = value
                case "words":
                    guard let limit = Int(value) else { throw FormatError(line: number, problem: "words: takes a number, not \(value)") }
                    turn.words = limit
                default: throw FormatError(line: number, problem: "unknown expectation '\(key)'")
                }
                current?.turns.append(turn)
            }
        }
        finish()
        self.cases = cases
    }

    /// "emergencies [mr]" → ("emergencies", .marathi); "emergencies" → ("emergencies", nil).
    private static func heading(_ text: Substring, line: Int) throws(FormatError) -> (String, Language?) {
        let heading = text.trimmingCharacters(in: .whitespaces)
        guard heading.hasSuffix("]"), let open = heading.lastIndex(of: "[") else { return (heading, nil) }
        let code = heading[heading.index(after: open)..<heading.index(before: heading.endIndex)]
        guard let language = Language(rawValue: String(code)) else {
            throw FormatError(line: line, problem: "unknown language [\(code)]; one of \(Language.allCases.map(\.rawValue))")
        }
        return (heading[..<open].trimmingCharacters(in: .whitespaces), language)
    }

    /// Several files read as one set, in order.
    init(files: [(name: String, text: String)]) throws(FormatError) {
        var cases: [Case] = []
        for file in files {
            do {
                cases += try EvaluationSet(text: file.text).cases
            } catch {
                throw FormatError(line: error.line, problem: "\(file.name): \(error.problem)")
            }
        }
        self.cases = cases
    }
}
