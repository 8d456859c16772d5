import ArgumentParser
import AsyncHTTPClient
import Config
import Foundation
import Hummingbird
import Logging
import NIOCore
import NIOPosix
import ServiceLifecycle
import Shared
import Twilio

/// `loop bench`: drives signed Twilio turns at a running stack and reports throughput and
/// latency at several levels of concurrent callers, next to a bare Hummingbird endpoint
/// measured in the same run on the same machine.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Load-test a running stack with realistic signed calls.",
        discussion: """
            Each simulated caller places calls one after another: the greeting, then a scripted mix of \
            questions, follow-ups and a goodbye (see LoadProfile.swift). Every webhook is timed from \
            request to complete TwiML. Requests are signed with TWILIO_AUTH_TOKEN when it is set.

            Example (after scripts/start --release):  loop bench --callers 1,16,64 --seconds 10
            """
    )

    @Option(help: "The gateway's base URL.") var url: String = "http://127.0.0.1:8000"
    @Option(help: "Comma-separated numbers of concurrent callers.") var callers: String = "1,16,64"
    @Option(help: "Seconds of measurement per level.") var seconds: Double = 10
    @Option(help: "Seconds of warm-up before each level.") var warmup: Double = 2
    @Flag(name: .customLong("no-bare"), help: "Skip the bare-endpoint comparison.") var noBare = false
    @Option(name: .customLong("brain-metrics"), help: "A brain's /metrics URL, to report where turn time went.")
    var brainMetrics: String?

    func run() async throws {
        let levels = callers.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }.filter { $0 > 0 }
        guard !levels.isEmpty else { throw ValidationError("--callers needs numbers such as 1,16,64") }
        let settings = try await Settings.load()
        let token = settings.string(.twilioAuthToken)
        try await runLevels(levels, token: token)
    }

    private func runLevels(_ levels: [Int], token: String?) async throws {

        print(
            "Machine: \(ProcessInfo.processInfo.activeProcessorCount) cores, \(ProcessInfo.processInfo.physicalMemory >> 30) GiB; \(ProcessInfo.processInfo.operatingSystemVersionString)"
        )
        print("Target: \(url)\(token == nil ? "" : " (signed requests)")")
        var bare: BareRun?
        if !noBare {
            let port = Int.random(in: 20000...40000)
            bare = try await BareRun(port: port)
        }
        do {
            try await measureLevels(levels, token: token, bare: bare)
        } catch {
            await bare?.stop()
            throw error
        }
        await bare?.stop()
    }

    private func measureLevels(_ levels: [Int], token: String?, bare: BareRun?) async throws {
        for level in levels {
            let before = try? await scrape()
            let gateway = try await measure(url: url, callers: level, token: token, withCalls: true)
            print(
                String(
                    format: "gateway  %3d callers: %8.0f turns/s  %@  (%d turns, %d errors, %d holds)",
                    level, gateway.throughput, gateway.latency.milliseconds, gateway.latency.count, gateway.errors, gateway.holds))
            if let before, let after = try? await scrape() {
                print("         brain: " + breakdown(before: before, after: after))
            }
            if let bare {
                let baseline = try await measure(url: "http://127.0.0.1:\(bare.port)", callers: level, token: nil, withCalls: false)
                print(String(format: "bare     %3d callers: %8.0f req/s    %@", level, baseline.throughput, baseline.latency.milliseconds))
            }
        }
    }

    struct Result {
        var latency: LatencySummary
        var throughput: Double
        var errors: Int
        var holds: Int
    }

    /// Runs `callers` concurrent callers for warm-up plus `seconds`, timing every webhook. Each
    /// caller has a keep-alive connection of its own (as Twilio's many callers would arrive).
    private func measure(url: String, callers: Int, token: String?, withCalls: Bool) async throws -> Result {
        guard let components = URLComponents(string: url), let host = components.host else { throw ValidationError("--url must be like http://127.0.0.1:8000") }
        let port = components.port ?? 80
        let warmupEnd = ContinuousClock.now + .milliseconds(Int(warmup * 1000))
        let end = warmupEnd + .milliseconds(Int(seconds * 1000))
        let caller = LoadCaller(publicURL: url, authToken: token)
        let results = try await withThrowingTaskGroup(of: (samples: [Double], errors: Int, holds: Int).self) { group in
            for index in 0..<callers {
                group.addTask {
                    try await LoadConnection.with(host: host, port: port, group: MultiThreadedEventLoopGroup.singleton) { post in
                        var samples: [Double] = []
                        samples.reserveCapacity(20_000)
                        var errors = 0, holds = 0
                        var script = index % LoadProfile.calls.count
                        while ContinuousClock.now < end {
                            let callSid = TwilioWebhook.randomCallSid()
                            let lines = [String?.none] + LoadProfile.calls[script].map(Optional.some)
                            script = (script + 1) % LoadProfile.calls.count
                            for line in lines where ContinuousClock.now < end {
                                let webhook =
                                    line.map {
                                        TwilioWebhook.speech(
                                            $0, confidence: 0.92, callSid: callSid, from: "+919876545678", to: "+15551234567", accountSid: Self.accountSid)
                                    } ?? TwilioWebhook.callStarted(callSid: callSid, from: "+919876545678", to: "+15551234567", accountSid: Self.accountSid)
                                let started = ContinuousClock.now
                                do {
                                    let timing = try await caller.send(
                                        post, path: line == nil ? TwilioRoutes.voice : TwilioRoutes.processSpeech, webhook: webhook)
                                    if started >= warmupEnd { samples.append(timing.seconds) }
                                    holds += timing.holds
                                    if timing.ended || !withCalls { break }
                                } catch {
                                    if started >= warmupEnd { errors += 1 }
                                    break
                                }
                            }
                        }
                        return (samples, errors, holds)
                    }
                }
            }
            var all: [(samples: [Double], errors: Int, holds: Int)] = []
            for try await result in group { all.append(result) }
            return all
        }
        let samples = results.flatMap(\.samples)
        return Result(
            latency: LatencySummary(samples), throughput: Double(samples.count) / seconds,
            errors: results.map(\.errors).reduce(0, +), holds: results.map(\.holds).reduce(0, +))
    }

    static let accountSid = "AC" + String(repeating: "0", count: 32)

    /// Sum and count of the brain's turn timers, to split turn time into queue wait and processing.
    private func scrape() async throws -> [String: Double] {
        guard let brainMetrics else { throw CancellationError() }
        let response = try await HTTPClient.shared.execute(HTTPClientRequest(url: brainMetrics), timeout: .seconds(5))
        let text = String(buffer: try await response.body.collect(upTo: 1 << 24))
        var values: [String: Double] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: " ")
            guard parts.count == 2, let value = Double(parts[1]) else { continue }
            let name = String(parts[0])
            if name.hasSuffix("_sum") || name.hasSuffix("_count") { values[name] = value }
        }
        return values
    }

    private func breakdown(before: [String: Double], after: [String: Double]) -> String {
        func mean(_ metric: String) -> String {
            let sum = (after[metric + "_sum"] ?? 0) - (before[metric + "_sum"] ?? 0)
            let count = (after[metric + "_count"] ?? 0) - (before[metric + "_count"] ?? 0)
            return count > 0 ? String(format: "%.3f ms", sum / count * 1000) : "-"
        }
        return "mean queue wait \(mean("loopai_turn_queue_wait_seconds")), dialog \(mean("loopai_turn_processing_seconds")), "
            + "webhook-to-commit \(mean("loopai_turn_total_seconds"))"
    }
}
