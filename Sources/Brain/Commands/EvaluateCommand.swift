import ArgumentParser
import Foundation
import HospitalSearch
import Logging
import Shared

/// `brain eval`: runs a conversation evaluation set through the dialog and prints pass rates by category.
struct EvaluateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Run a conversation evaluation set against a network list and print pass rates by category.",
        discussion: """
            Each case is a short call (utterances, optionally with the recogniser's confidence) and the \
            facts each answer must and must not contain; the format is described at the top of \
            Tests/Evaluation/conversations.txt. Measure a change to the dialog before making it:
              brain eval --hospitals-csv ../shared/data/network-hospitals.csv
            Exits with status 1 when any case fails.
            """
    )

    @Option(name: .customLong("hospitals-csv"), help: "The network list (HOSPITALS_CSV; default: the bundled demo list).")
    var hospitalsCSV: String?
    @Option(help: "The evaluation set.") var cases: String = "Tests/Evaluation/conversations.txt"
    @Flag(help: "Print every failing case with what Loop AI said.") var verbose = false

    func run() async throws {
        let directory = try await NetworkSource.directory(hospitalsCSV: hospitalsCSV)
        guard let text = try? String(contentsOfFile: cases, encoding: .utf8) else {
            throw ValidationError("Cannot read the evaluation set \(cases).")
        }
        let set: EvaluationSet
        do {
            set = try EvaluationSet(text: text)
        } catch {
            throw ValidationError("\(cases): \(error)")
        }
        let report = ConversationEvaluation(engine: DialogEngine(directory: directory)).run(set)
        print("Evaluation set \(cases) on \(directory.path) (\(directory.count) hospitals): \(report.passed)/\(report.total) cases pass")
        print(report.table)
        if verbose || report.failures.count <= 20 {
            for failure in report.failures { print(failure) }
        }
        if !report.failures.isEmpty { throw ExitCode(1) }
    }
}
