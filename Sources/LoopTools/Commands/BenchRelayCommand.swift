import ArgumentParser
import AsyncHTTPClient
import Config
import Foundation
import NIOCore
import Shared
import Twilio

/// `loop bench-relay`: ConversationRelay's latency beside the webhook path's, in one run.
struct BenchRelayCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-relay",
        abstract: "Time ConversationRelay prompts against <Gather> webhooks on a running stack.",
        discussion: """
            Concurrent callers place calls from the load profile (LoadProfile.swift) through a gateway \
            with VOICE_MODE=relay (--relay-url): each prompt is timed to the first text token and to the \
            last. The same callers then place the same calls through a gateway with VOICE_MODE=gather \
            (--url), each webhook timed to its complete TwiML, and a bare endpoint in this process gives \
            the floor, all with the same HTTP client in the same run. scripts/bench runs it.

            Example:  loop bench-relay --url http://127.0.0.1:8201 --relay-url http://127.0.0.1:8202 --callers 1,64
            """
    )

    @Option(help: "A gateway in gather mode.") var url: String = "http://127.0.0.1:8000"
    @Option(name: .customLong("relay-url"), help: "A gateway in relay mode (VOICE_MODE=relay).") var relayURL: String = "http://127.0.0.1:8001"
    @Option(help: "Comma-separated numbers of concurrent callers.") var callers: String = "1,64"
    @Option(help: "Seconds of measurement per level and path.") var seconds: Double = 10

    func run() async throws {
        let levels = callers.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }.filter { $0 > 0 }
        guard !levels.isEmpty else { throw ValidationError("--callers needs numbers such as 1,64") }
        let token = try await Settings.load().string(.twilioAuthToken)
        let bare = try await BareRun(port: Int.random(in: 20000...40000))
        print("Machine: \(ProcessInfo.processInfo.activeProcessorCount) cores; relay \(relayURL), webhooks \(url)\(token == nil ? "" : ", signed")")
        for level in levels {
            let relay = try await measure(callers: level) { try await Self.relayCall(url: relayURL, token: token, until: $0) }
            print(String(format: "relay    %3d callers: first token %@", level, LatencySummary(relay.first).milliseconds))
            print(String(format: "                      last token  %@  (%d prompts, %d errors)", LatencySummary(relay.last).milliseconds, relay.last.count, relay.errors))
            let webhook = try await measure(callers: level) { try await Self.webhookCall(url: url, token: token, until: $0) }
            print(String(format: "webhook  %3d callers: TwiML       %@  (%d turns, %d errors)", level, LatencySummary(webhook.last).milliseconds, webhook.last.count, webhook.errors))
            let floor = try await measure(callers: level) { try await Self.bareRequests(port: bare.port, until: $0) }
            print(String(format: "bare     %3d callers: response    %@", level, LatencySummary(floor.last).milliseconds))
        }
        await bare.stop()
    }

    /// Samples in seconds: to the first and the last token (or the whole response).
    struct Samples: Sendable {
        var first: [Double] = []
        var last: [Double] = []
        var errors = 0

        mutating func add(_ other: Samples) {
            first += other.first
            last += other.last
            errors += other.errors
        }
    }

    private func measure(callers: Int, _ call: @escaping @Sendable (ContinuousClock.Instant) async throws -> Samples) async throws -> Samples {
        let end = ContinuousClock.now + .milliseconds(Int(seconds * 1000))
        return try await withThrowingTaskGroup(of: Samples.self) { group in
            for _ in 0..<callers {
                group.addTask {
                    var samples = Samples()
                    while ContinuousClock.now < end {
                        do { samples.add(try await call(end)) } catch { samples.errors += 1 }
                    }
                    return samples
                }
            }
            var all = Samples()
            for try await samples in group { all.add(samples) }
            return all
        }
    }

    private static func script() -> [String] { LoadProfile.calls[Int.random(in: 0..<LoadProfile.calls.count)] }

    /// One relay call: the voice webhook, the socket, every prompt of a script timed.
    private static func relayCall(url: String, token: String?, until end: ContinuousClock.Instant) async throws -> Samples {
        let caller = RelayCaller(webhooks: CallSimulator(baseURL: url, authToken: token))
        _ = try await caller.start()
        var samples = Samples()
        for line in script() where ContinuousClock.now < end {
            let reply = try await caller.say(line, endWait: .zero)
            if let first = reply.firstToken, let last = reply.lastToken {
                samples.first.append(first)
                samples.last.append(last)
            }
        }
        await caller.hangUp()
        return samples
    }

    /// The same call through `<Gather>` webhooks, each turn timed to its TwiML.
    private static func webhookCall(url: String, token: String?, until end: ContinuousClock.Instant) async throws -> Samples {
        let caller = CallSimulator(baseURL: url, authToken: token)
        _ = try await caller.start()
        var samples = Samples()
        for line in script() where ContinuousClock.now < end {
            samples.last.append(try await caller.say(line).seconds)
        }
        return samples
    }

    /// Requests to the bare endpoint, as many as a call's script has lines.
    private static func bareRequests(port: Int, until end: ContinuousClock.Instant) async throws -> Samples {
        var samples = Samples()
        for _ in script() where ContinuousClock.now < end {
            let started = ContinuousClock.now
            var request = HTTPClientRequest(url: "http://127.0.0.1:\(port)" + TwilioRoutes.processSpeech)
            request.method = .POST
            request.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
            request.body = .bytes(ByteBuffer(string: "SpeechResult=more&CallSid=CA" + String(repeating: "0", count: 32)))
            let response = try await HTTPClient.shared.execute(request, timeout: .seconds(10))
            _ = try await response.body.collect(upTo: 1 << 20)
            samples.last.append((ContinuousClock.now - started).seconds)
        }
        return samples
    }
}
