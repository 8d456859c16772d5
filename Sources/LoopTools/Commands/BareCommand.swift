import ArgumentParser
import Hummingbird
import Twilio

/// `loop bare`: the bare Hummingbird endpoint as a process of its own, so an outside load
/// generator measures the HTTP floor the same way it measures the gateway.
struct BareCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bare",
        abstract: "Serve a fixed TwiML reply on /twilio/voice and /twilio/process-speech: the HTTP floor for benchmarks.",
        discussion: "It reads the body and answers a constant document; nothing else. Stop it with Ctrl-C."
    )

    @Option(help: "The port to listen on (127.0.0.1).") var port: Int = 8300

    func run() async throws {
        try await BareEndpoint.application(port: port).runService()
    }
}
