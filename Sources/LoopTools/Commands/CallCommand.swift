import ArgumentParser
import AsyncHTTPClient
import Config
import Foundation
import Shared
import Twilio

/// `loop call`: a phone call from the terminal, played against a running gateway.
struct CallCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "call",
        abstract: "Call Loop AI from the terminal, the way Twilio would.",
        discussion: """
            Posts Twilio's webhooks (signed with TWILIO_AUTH_TOKEN when it is set) to a running gateway, \
            prints what Loop AI says and sends what you type as the caller's speech. An empty line is \
            silence. Follows <Gather>, <Redirect>, <Hangup> and <Dial> as Twilio does.

            Scripted:  loop call --say "Tell me 3 hospitals around Bangalore" --say "bye"
            Keys:      type (or --say) "[press 2]" to press 2, e.g. to choose the second language the greeting offers.
            Relay:     loop call --relay, against a gateway with VOICE_MODE=relay: the call goes over
                       ConversationRelay's WebSocket (prompts, keys, and the <Connect action> at the end).
            """
    )

    @Option(help: "The gateway's base URL.") var url: String = "http://127.0.0.1:8000"
    @Option(name: .customLong("public-url"), help: "The URL Twilio signs, when it differs from --url (PUBLIC_URL).")
    var publicURL: String?
    @Option(name: .customLong("say"), help: "A caller utterance; repeat for a scripted call. Empty means silence.")
    var utterances: [String] = []
    @Option(help: "Recogniser confidence sent with each utterance (0-1).") var confidence: Double = 0.92
    @Option(name: .customLong("from"), help: "The caller's number.") var from: String = "+919876545678"
    @Flag(help: "Print the TwiML of every reply.") var xml = false
    @Flag(help: "Play a ConversationRelay call over the gateway's WebSocket (the gateway runs with VOICE_MODE=relay).") var relay = false

    func run() async throws {
        let settings = try await Settings.load()
        let token = settings.string(.twilioAuthToken)
        let simulator = CallSimulator(
            baseURL: url, signingBaseURL: publicURL ?? settings.string(.publicURL), authToken: token, from: from,
            accountSid: settings.string(.twilioAccountSID) ?? "AC" + String(repeating: "0", count: 32)
        )
        print("Calling \(url) as \(Masking.phoneNumber(from)) (call \(simulator.callSid))\(token == nil ? "" : ", signing requests")")
        if relay {
            try await relayCall(RelayCaller(webhooks: simulator))
            return
        }
        var exchange = try await simulator.start()
        show(exchange)
        var script = utterances[...]
        while !exchange.ended {
            guard let line = nextLine(&script) else { break }
            let speech = line.trimmingCharacters(in: .whitespaces).isEmpty ? nil : line
            if let keys = speech.flatMap(Self.keys) {
                exchange = try await simulator.press(keys)
            } else {
                exchange = try await simulator.say(speech, confidence: confidence)
            }
            show(exchange)
        }
        if exchange.ended { print("(call ended: \(describe(exchange.next)))") }
    }

    /// The caller's next line: typed at the prompt, or the script's next `--say`; nil at the end.
    private func nextLine(_ script: inout ArraySlice<String>) -> String? {
        guard utterances.isEmpty else {
            guard let next = script.popFirst() else { return nil }
            print("You: \(next)")
            return next
        }
        print("You: ", terminator: "")
        return readLine()
    }

    /// "[press 2]": keys instead of speech.
    static func keys(_ line: String) -> String? {
        guard line.hasPrefix("[press "), line.hasSuffix("]") else { return nil }
        let keys = line.dropFirst(7).dropLast().trimmingCharacters(in: .whitespaces)
        return keys.isEmpty || !keys.allSatisfy({ $0.isNumber || $0 == "*" || $0 == "#" }) ? nil : keys
    }

    private func show(_ exchange: CallSimulator.Exchange) {
        if xml { for document in exchange.documents { print(document.xml) } }
        print("Loop AI: \(exchange.text)  [\(String(format: "%.1f", exchange.seconds * 1000)) ms]")
    }

    private func describe(_ next: TwiMLDocument.Next) -> String {
        switch next {
        case .hangup: return "hung up"
        case .dial(let number): return "transferred to \(Masking.phoneNumber(number))"
        case .record: return "recording a message for the agents"
        case .end: return "no further instructions"
        case .gather, .redirect, .relay: return "listening"
        }
    }

    /// The same call over ConversationRelay: each line a `prompt` (or a key), the answer's tokens
    /// printed as they arrive, the `<Connect action>` followed when Loop AI ends the session.
    private func relayCall(_ caller: RelayCaller) async throws {
        var reply = try await caller.start()
        print("Loop AI: \(reply.text)")
        var script = utterances[...]
        while reply.ending == nil {
            guard let line = nextLine(&script) else { return }
            if let keys = Self.keys(line) { reply = try await caller.press(keys) } else { reply = try await caller.say(line) }
            let timing = reply.firstToken.map { String(format: "  [first token %.1f ms, last %.1f ms]", $0 * 1000, (reply.lastToken ?? $0) * 1000) } ?? ""
            if !reply.said.isEmpty { print("Loop AI: \(reply.text)\(timing)") }
            guard let ending = reply.ending else { continue }
            let (document, reconnected) = try await caller.sessionEnded(handoffData: ending.isEmpty ? nil : ending)
            if xml { print(document.xml) }
            // An ending's words come in the <Connect action> answer, before its <Dial> or <Hangup>.
            if !document.said.isEmpty { print("Loop AI: \(document.said.joined(separator: " "))") }
            if let reconnected {
                reply = reconnected
                print("Loop AI: \(reply.text)")
                continue
            }
            print("(session ended: \(describe(document.next)))")
        }
    }
}
