import ArgumentParser
import Runtime
import Shared
import Twilio

/// `gateway`: Loop AI's Twilio-facing web service.
public struct GatewayCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "gateway",
        abstract: "Loop AI's stateless Twilio webhook gateway.",
        discussion: """
            Answers Twilio's voice webhooks, hands each caller turn to the brain workers through Redis \
            and returns the TwiML they produce. Run as many gateways as you like behind a load balancer. \
            To call it from the terminal or load-test it, use the `loop` tool (`loop call`, `loop bench`).
            """,
        subcommands: [ServeCommand.self],
        defaultSubcommand: ServeCommand.self
    )

    public init() {}

    /// The `gateway` executable's entry point. Tasks run on the event loops that also carry HTTP
    /// and Redis (see ``EventLoopExecutor``).
    public static func start() async {
        EventLoopExecutor.adopt()
        await main(nil)
    }
}
