import ArgumentParser

/// `loop`: tools around a Loop AI stack — playing Twilio against it (a call from the terminal, a
/// load benchmark, a soak run with injected faults), and for operators a call-records report and
/// dashboard password hashes.
public struct LoopCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "loop",
        abstract: "Check a deployment before launch; play Twilio against a running Loop AI stack (calls, load, soak); summarise call records; hash dashboard passwords.",
        discussion: """
            Every request carries the form fields, headers and signature Twilio would send \
            (signed with TWILIO_AUTH_TOKEN when it is set), so a gateway cannot tell them from real ones.
            """,
        subcommands: [
            CallCommand.self, BenchCommand.self, BenchRelayCommand.self, CapacityCommand.self, SoakCommand.self, TurnsCommand.self, BareCommand.self, ReportCommand.self, BenchSummaryCommand.self,
            HashPasswordCommand.self, DoctorCommand.self,
        ]
    )

    public init() {}

    /// The `loop` executable's entry point.
    public static func start() async {
        await main(nil)
    }
}
