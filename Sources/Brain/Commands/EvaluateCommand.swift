import ArgumentParser
import Foundation
import HospitalSearch
import Logging
import Shared

/// `brain eval`: runs conversation evaluation sets through the dialog and prints pass rates by
/// class and language.
struct EvaluateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Run conversation evaluation sets against a network list and print pass rates by class and language.",
        discussion: """
            Each case is a short call (utterances, optionally with the recogniser's confidence or keys \
            pressed) and the facts each answer must and must not contain; the format is described at \
            the top of Tests/Evaluation/conversations.txt. Measure a change to the dialog before making it:
              brain eval --hospitals-csv ../shared/data/network-hospitals.csv
              brain eval --cases Tests/Evaluation/hindi.txt --transcript
            Exits with status 1 when any language's pass rate is below --floor (default 100: any failure).
            """
    )

    @Option(name: .customLong("hospitals-csv"), help: "The network list (HOSPITALS_CSV; default: the bundled demo list).")
    var hospitalsCSV: String?
    @Option(help: "An evaluation set; repeat for several (default: every .txt file in Tests/Evaluation).")
    var cases: [String] = []
    @Option(help: "The lowest pass rate, in percent, any language may have before the command fails.")
    var floor: Double = 100
    @Flag(help: "Print every failing case with what Loop AI said.") var verbose = false
    @Flag(help: "Print every turn of every case with what Loop AI said and the outcome.") var transcript = false

    static let defaultFolder = "Tests/Evaluation"

    func validate() throws {
        guard (0...100).contains(floor) else { throw ValidationError("--floor is a percentage between 0 and 100, not \(floor).") }
    }

    func run() async throws {
        let files = try Self.files(cases)
        let set: EvaluationSet
        do {
            set = try EvaluationSet(files: files)
        } catch {
            throw ValidationError("\(error)")
        }
        let directory = try await NetworkSource.directory(hospitalsCSV: hospitalsCSV)
        let report = ConversationEvaluation(engine: DialogEngine(directory: directory)).run(set, transcript: transcript ? { print($0) } : nil)
        let names = files.map(\.name).joined(separator: ", ")
        print("Evaluation sets \(names) on \(directory.path) (\(directory.count) hospitals): \(report.passed)/\(report.total) cases pass")
        print(report.table)
        if verbose || report.failures.count <= 20 {
            for failure in report.failures { print(failure) }
        }
        let below = report.below(floor: floor / 100)
        for (language, tally) in below {
            print("\(language.rawValue): \(tally.passed)/\(tally.total) is below the floor of \(floor) %")
        }
        if !below.isEmpty { throw ExitCode(1) }
    }

    /// The named files, or every `.txt` file of the default folder, read.
    static func files(_ paths: [String]) throws -> [(name: String, text: String)] {
        var paths = paths
        if paths.isEmpty {
            let found = (try? FileManager.default.contentsOfDirectory(atPath: defaultFolder)) ?? []
            paths = found.filter { $0.hasSuffix(".txt") }.sorted().map { "\(defaultFolder)/\($0)" }
            guard !paths.isEmpty else { throw ValidationError("No evaluation sets in \(defaultFolder); name one with --cases.") }
        }
        return try paths.map { path in
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw ValidationError("Cannot read the evaluation set \(path).")
            }
            return (path, text)
        }
    }
}
