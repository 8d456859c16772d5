import ArgumentParser

/// `loop`: tools that play Twilio against a running Loop AI stack — a call from the terminal,
/// a load benchmark and a soak run with injected faults. None of this runs in production.
@main
struct LoopCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "loop",
        abstract: "Play Twilio against a running Loop AI stack: calls, load benchmarks, soak runs.",
        discussion: """
            Every request carries the form fields, headers and signature Twilio would send \
            (signed with TWILIO_AUTH_TOKEN when it is set), so a gateway cannot tell them from real ones.
            """,
        subcommands: [CallCommand.self, BenchCommand.self, SoakCommand.self, TurnsCommand.self, BareCommand.self, ReportCommand.self, HashPasswordCommand.self]
    )
}
