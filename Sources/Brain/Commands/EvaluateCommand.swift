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
              brain eval --cases Tests/Evaluation/marathi.txt --transcript
            Exits with status 1 when any language's pass rate is below --floor (default 100: any failure).
            """
    )

    @Option(name: .customLong("hospitals-csv"), help: "The network list (HOSPITALS_CSV; default: the bundled demo list).")
    var hospitalsCSV: String?
    @Option(help: "An evaluation set; repeat for several (default: every .txt file in Tests/Evaluation).")
    var cases: [String] = []
    @Option(help: "The lowest pass rate, in percent, any language may have before the command fails.")
    var floor: Double = 100
    @Option(help: "Generate this many calls per language and half from the phrase banks, instead of reading evaluation sets.")
    var generate: Int?
    @Option(help: "The phrase banks' folder for --generate: one file per language, named after it (english.txt, …).") var banks = "Tests/Evaluation/Banks"
    @Option(help: "Which half of every phrase bank to generate from: dev, held-out or both.") var half = "both"
    @Option(help: "The seed of --generate, so a run can be repeated exactly.") var seed: UInt64 = 1
    @Flag(help: "Print every failing case with what Loop AI said.") var verbose = false
    @Flag(help: "Print every turn of every case with what Loop AI said and the outcome.") var transcript = false

    static let defaultFolder = "Tests/Evaluation"

    func validate() throws {
        guard (0...100).contains(floor) else { throw ValidationError("--floor is a percentage between 0 and 100, not \(floor).") }
    }

    func run() async throws {
        if let generate { return try await runGenerated(generate) }
        let files = try Self.files(cases)
        let set: EvaluationSet
        do {
            set = try EvaluationSet(files: files)
        } catch {
            throw ValidationError("\(error)")
        }
        let directory = try await NetworkSource.directory(hospitalsCSV: hospitalsCSV)
        var evaluation = ConversationEvaluation(engine: DialogEngine(directory: directory))
        evaluation.everyLanguage = DialogEngine(directory: directory, voices: Voices(offered: Language.allCases))
        let report = evaluation.run(set, transcript: transcript ? { print($0) } : nil)
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

    /// `--generate`: calls composed from the phrase banks and the list, judged by frame, with the
    /// invariants checked on every answer; fails when any invariant is broken.
    private func runGenerated(_ count: Int) async throws {
        let halves: [PhraseBanks.Half] = half == "both" ? PhraseBanks.Half.allCases : [PhraseBanks.Half(rawValue: half)].compactMap { $0 }
        guard !halves.isEmpty else { throw ValidationError("--half is dev, held-out or both, not \(half).") }
        let directory = try await NetworkSource.directory(hospitalsCSV: hospitalsCSV)
        let evaluation = GeneratedEvaluation(engine: DialogEngine(directory: directory), oracle: ListOracle(records: try HospitalDirectory.rows(path: directory.path)))
        let entities = CallerEntities(directory: directory)
        var broken = 0
        // Each language with a bank of its own, named after it ("english.txt").
        let languages = Language.allCases.filter { FileManager.default.fileExists(atPath: Self.bank(for: $0, in: banks)) }
        guard !languages.isEmpty else { throw ValidationError("No phrase banks in \(banks) (english.txt, …).") }
        for language in languages {
            let path = Self.bank(for: language, in: banks)
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { throw ValidationError("Cannot read the phrase banks \(path).") }
            let phraseBanks: PhraseBanks
            do { phraseBanks = try PhraseBanks(text: text, name: path) } catch { throw ValidationError("\(error)") }
            let corpus = GeneratedCorpus(entities: entities, banks: phraseBanks, language: language)
            for half in halves {
                let report = evaluation.run(corpus.calls(count, half: half, seed: seed), examples: verbose ? 400 : 12)
                print("\n\(language.rawValue), \(half.rawValue) half: \(report.calls) calls; \(report.readBackViolations) words read back as names they were not (and \(report.readBackSpellings) said in the list's spelling of the caller's); \(report.falseFacts) facts the list does not support")
                print(report.table)
                if verbose || report.readBackViolations + report.falseFacts > 0 { for example in report.examples { print(example) } }
                broken += report.readBackViolations + report.falseFacts
            }
        }
        if broken > 0 { throw ExitCode(1) }
    }

    /// A language's phrase banks: the folder's file named after it.
    static func bank(for language: Language, in folder: String) -> String {
        "\(folder)/\(language.englishName.lowercased()).txt"
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
