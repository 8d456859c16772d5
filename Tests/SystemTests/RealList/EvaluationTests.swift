import Foundation
import Testing

@testable import Brain
@testable import HospitalSearch

/// The conversation evaluation set (`Tests/Evaluation/conversations.txt`) on the real list: every
/// case must hold, so a change that breaks how callers are understood fails CI.
@Suite("Conversation evaluation")
struct EvaluationTests {
    static let path = TestPaths.packageRoot.appendingPathComponent("Tests/Evaluation/conversations.txt").path

    @Test("Every case of the evaluation set holds on the real list, in every category")
    func evaluationSetPasses() throws {
        let set = try EvaluationSet(text: try String(contentsOfFile: Self.path, encoding: .utf8))
        #expect(set.cases.count >= 150)
        let report = ConversationEvaluation(engine: DialogEngine(directory: try RealNetwork.network())).run(set)
        #expect(report.categories.count >= 10)
        #expect(report.failures.isEmpty, "\(report.failures.map(\.description).joined(separator: "\n"))\n\(report.table)")
    }

    @Test("A case whose answer lacks a fact fails, naming the fact and what was said")
    func failuresAreReported() throws {
        let set = try EvaluationSet(
            text: """
                ## checks
                > hospitals in Pune
                  says: hospitals in Mumbai
                > what about Mumbai?
                  says: Mumbai

                > hospitals in Pune
                  never: Pune
                """)
        let report = ConversationEvaluation(engine: DialogEngine(directory: try RealNetwork.network())).run(set)
        #expect(report.total == 2 && report.passed == 0)
        #expect(report.failures.first?.problem == "does not say \"hospitals in Mumbai\"")
        #expect(report.failures.first?.heard.contains("Pune") == true)
        #expect(report.failures.last?.problem == "says \"Pune\"")
    }

    @Test(
        "A malformed set is refused with the line and the problem",
        arguments: [
            ("says: before any turn", 1), ("> hi\n  expects: x", 2), ("> [loud] hi", 1),
        ])
    func malformedSets(text: String, line: Int) {
        #expect(throws: EvaluationSet.FormatError.self) { try EvaluationSet(text: text) }
        do {
            _ = try EvaluationSet(text: text)
        } catch {
            #expect(error.line == line)
        }
    }

    @Test("Confidence and expectations are read from the file")
    func parsesTurns() throws {
        let set = try EvaluationSet(text: "## low\n> [0.35] hospitals in Noida\n  outcome: low-confidence\n  action: listen\n")
        let turn = try #require(set.cases.first?.turns.first)
        #expect(set.cases.first?.category == "low")
        #expect(turn.said == "hospitals in Noida" && turn.confidence == 0.35)
        #expect(turn.outcome == "low-confidence" && turn.action == "listen")
    }
}
