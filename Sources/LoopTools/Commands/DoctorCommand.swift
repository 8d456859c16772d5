import ArgumentParser
import Config
import Shared

/// `loop doctor`: run before pointing a Twilio number at Loop AI.
struct DoctorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check the settings against what Twilio would reject or degrade, before a number is pointed at Loop AI.",
        discussion: """
            Reads the settings the gateway and brains read (the environment, then .env): the token's shape, \
            an https PUBLIC_URL (wss:// in relay mode), the hand-off's caller ID for Indian agents, each \
            language's voice and recogniser against docs/twilio.md's table, hints, SMS senders and India's \
            rules, the recording notice, and Redis with the replicas REDIS_WAIT_REPLICAS needs. One line a \
            check; then the checks only a real call can make. Exits non-zero when any check fails.
            """)

    @Option(name: .customLong("redis-url"), help: "Redis URL (REDIS_URL).") var redisURL: String?

    func run() async throws {
        let settings = try await Settings.load(overrides: redisURL.map { [.redisURL: $0] } ?? [:])
        let findings = Doctor.check(settings) + (await Doctor.redis(settings))
        for finding in findings { print(finding.line) }
        print("\nOnly a real call can check these:")
        for line in Doctor.realCalls { print("  " + line) }
        let failures = findings.filter { $0.level == .failure }.count
        if failures > 0 {
            print("\n\(failures) check\(failures == 1 ? "" : "s") failed: fix \(failures == 1 ? "it" : "them") before pointing a number at Loop AI.")
            throw ExitCode.failure
        }
        print("\nNo check failed.")
    }
}
