import Foundation
import Shared
import Testing

@testable import Brain
@testable import HospitalSearch

/// The conversation evaluation sets (`Tests/Evaluation`) on the real list: every case of the
/// regression set must hold, and the fresh Hindi and English sets their floors, so a change that
/// breaks how callers are understood fails CI.
@Suite("Conversation evaluation")
struct EvaluationTests {
    static let path = TestPaths.packageRoot.appendingPathComponent("Tests/Evaluation/conversations.txt").path

    static func set(_ name: String) throws -> EvaluationSet {
        let path = TestPaths.packageRoot.appendingPathComponent("Tests/Evaluation/\(name)").path
        return try EvaluationSet(text: try String(contentsOfFile: path, encoding: .utf8))
    }

    @Test("Every case of the regression set holds on the real list, in every category")
    func evaluationSetPasses() async throws {
        let set = try EvaluationSet(text: try String(contentsOfFile: Self.path, encoding: .utf8))
        #expect(set.cases.count >= 150)
        let report = try await onOwnThread { ConversationEvaluation(engine: DialogEngine(directory: try RealNetwork.network())).run(set) }
        #expect(report.categories.count >= 10)
        #expect(report.failures.isEmpty, "\(report.failures.map(\.description).joined(separator: "\n"))\n\(report.table)")
    }

    /// The fresh sets (written from the list, not from failures) measure how understanding
    /// generalises: each language holds its floor overall and no class falls far behind. The
    /// floors are below 100 % on purpose: these sets grow with cases the dialog does not yet get.
    @Test(
        "The fresh Hindi and English sets hold their floors, in each language and each class",
        arguments: [("hindi.txt", Language.hindi, 200), ("english.txt", Language.english, 190)])
    func freshSetsHoldTheirFloors(file: String, language: Language, atLeast: Int) async throws {
        let set = try Self.set(file)
        #expect(set.cases.count >= atLeast)
        #expect(set.cases.allSatisfy { $0.language == language })
        let report = try await onOwnThread { ConversationEvaluation(engine: DialogEngine(directory: try RealNetwork.network())).run(set) }
        let failures = report.failures.map(\.description).joined(separator: "\n")
        #expect(report.below(floor: Self.languageFloor).isEmpty, "\(report.table)\n\(failures)")
        for category in report.categories {
            let tally = category.byLanguage[language] ?? .init()
            #expect(tally.rate >= Self.classFloor, "\(category.name): \(tally.passed)/\(tally.total)\n\(report.table)")
        }
        print(report.table)
    }

    static let languageFloor = 0.93
    static let classFloor = 0.8

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

@Suite("Evaluation reports")
struct EvaluationReportTests {
    @Test("A class may name its language, and the report counts each language apart")
    func reportsByClassAndLanguage() throws {
        let set = try EvaluationSet(
            text: """
                ## emergencies [hi]
                > [press 2]
                > सीने में दर्द हो रहा है
                  says: 112

                ## emergencies [en]
                > my father has chest pain
                  says: never said

                ## emergencies
                > my friend is unconscious
                  says: 112
                """)
        #expect(set.cases.map(\.language) == [.hindi, .english, nil])
        let report = ConversationEvaluation(engine: DialogEngine(directory: try RealNetwork.network())).run(set)
        #expect(report.categories.count == 1)
        #expect(report.languages[.hindi] == .init(passed: 1, total: 1))
        #expect(report.languages[.english] == .init(passed: 1, total: 2))
        #expect(report.below(floor: 0.9).map(\.0) == [.english])
        #expect(report.table.contains("| emergencies | 1/2 (50 %) | 1/1 (100 %) | 2/3 (66 %) |"))
    }

    @Test("An answer longer than its words budget fails, and an unknown language is refused")
    func wordsBudgetAndLanguages() throws {
        let set = try EvaluationSet(text: "## budget\n> hospitals in Pune\n  words: 5\n")
        let report = ConversationEvaluation(engine: DialogEngine(directory: try RealNetwork.network())).run(set)
        #expect(report.failures.first?.problem.hasSuffix("more than 5") == true)
        #expect(throws: EvaluationSet.FormatError.self) { try EvaluationSet(text: "## x [fr]\n> hello\n") }
    }
}
