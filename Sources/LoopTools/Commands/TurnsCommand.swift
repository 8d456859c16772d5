import ArgumentParser
import Config
import Foundation
import Shared
import Twilio

/// `loop turns`: writes signed Twilio webhooks to a file for an outside load generator (wrk).
///
/// Calls are interleaved turn by turn (every call's greeting, then every call's first question,
/// …), so a load generator that replays the file in order never has two turns of one call in
/// flight as long as it keeps fewer requests open than there are calls.
struct TurnsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "turns",
        abstract: "Write signed Twilio webhooks for wrk (see scripts/bench and scripts/bench.lua).",
        discussion: """
            Each line is: path, TAB, X-Twilio-Signature, TAB, form body. The calls follow the same \
            scripts as `loop bench` (LoadProfile.swift), each with its own CallSid. Requests are \
            signed with TWILIO_AUTH_TOKEN when it is set, for the URL given.

            Example:  loop turns --url http://127.0.0.1:8201 --calls 20000 --output /tmp/turns.tsv
            """
    )

    @Option(help: "The gateway's base URL, exactly as the load generator will call it (it is signed).")
    var url: String = "http://127.0.0.1:8000"
    @Option(help: "How many calls to write; keep it far above the number of connections.")
    var calls: Int = 20_000
    @Option(help: "Where to write the turns.")
    var output: String

    func run() async throws {
        guard calls > 0 else { throw ValidationError("--calls must be at least 1") }
        let token = try await Settings.load().string(.twilioAuthToken)
        let signer = TwilioSigner(authToken: token)
        let sids = (0..<calls).map { _ in TwilioWebhook.randomCallSid() }
        let scripts = (0..<calls).map { LoadProfile.calls[$0 % LoadProfile.calls.count] }
        let longest = LoadProfile.calls.map(\.count).max() ?? 0
        var text = ""
        text.reserveCapacity(calls * (longest + 1) * 400)
        for turn in 0...longest {
            for call in 0..<calls where turn <= scripts[call].count {
                let path = turn == 0 ? TwilioRoutes.voice : TwilioRoutes.processSpeech
                let webhook =
                    turn == 0
                    ? TwilioWebhook.callStarted(callSid: sids[call], from: "+919876545678", to: "+15551234567", accountSid: BenchCommand.accountSid)
                    : TwilioWebhook.speech(
                        scripts[call][turn - 1], confidence: 0.92, callSid: sids[call], from: "+919876545678", to: "+15551234567",
                        accountSid: BenchCommand.accountSid)
                let signature = signer.signature(url: url + path, webhook: webhook) ?? "-"
                text += path + "\t" + signature + "\t" + webhook.body + "\n"
            }
        }
        do {
            try text.write(toFile: output, atomically: true, encoding: .utf8)
        } catch {
            throw ValidationError("cannot write \(output): \(error.localizedDescription)")
        }
        print("Wrote \(text.utf8.count / 1024) KiB of turns for \(calls) calls to \(output)\(signer.signs ? " (signed)" : "")")
    }
}
