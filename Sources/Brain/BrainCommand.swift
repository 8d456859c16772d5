import ArgumentParser
import Runtime
import Shared
import Twilio

/// `brain`: Loop AI's worker: hospital search, dialog and call sessions.
public struct BrainCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "brain",
        abstract: "Loop AI's brain worker: answers caller turns from the Redis queue.",
        discussion: """
            Loads the network list, then takes caller turns from Redis, runs the hospital search and \
            the dialog, keeps each call's session in Redis and hands the TwiML back to the gateway. \
            Run as many brains as you like; any of them can answer any turn.
            """,
        subcommands: [ServeCommand.self, SearchCommand.self, BenchmarkCommand.self, EvaluateCommand.self],
        defaultSubcommand: ServeCommand.self
    )

    public init() {}

    /// The `brain` executable's entry point. Tasks run on the event loops that also carry HTTP
    /// and Redis (see ``EventLoopExecutor``).
    public static func start() async {
        EventLoopExecutor.adopt()
        await main(nil)
    }
}
