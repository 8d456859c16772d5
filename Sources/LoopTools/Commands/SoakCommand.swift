import ArgumentParser
import AsyncHTTPClient
import Config
import Foundation
import NIOCore
import NIOPosix
import Redis
import Shared
import Synchronization

/// `loop soak`: long load across several gateways while faults are injected on a schedule,
/// then a check of every call's session: turns lost, turns applied twice, latency around each fault.
struct SoakCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "soak",
        abstract: "Run calls for a long time while injecting faults, and account for every turn.",
        discussion: """
            Callers never hang up, so every answered turn must be committed to the call's session \
            exactly once; the sessions are checked in Redis at the end. Faults are shell commands run \
            at a given second:  --fault "10:kill a brain:kill -9 1234". scripts/soak runs the standard soak.
            """
    )

    @Option(help: "Comma-separated gateway base URLs; callers fail over between them.") var urls: String = "http://127.0.0.1:8000"
    @Option(name: .customLong("public-url"), help: "The URL Twilio signs (PUBLIC_URL).") var publicURL: String?
    @Option(name: .customLong("redis-url"), help: "Redis to check the sessions in (REDIS_URL).") var redisURL: String?
    @Option(help: "Concurrent callers.") var callers: Int = 16
    @Option(help: "Seconds to run.") var seconds: Int = 60
    @Option(name: .customLong("fault"), help: "SECONDS:LABEL:SHELL COMMAND, repeatable.") var faults: [String] = []
    @Option(help: "Seconds after a fault counted as 'during' it.") var window: Int = 8

    struct Sample: Sendable {
        let at: Double
        let seconds: Double
        let outcome: Outcome
    }

    enum Outcome: Sendable { case answered, apologised, failed }

    struct Fault {
        let at: Int
        let label: String
        let command: String
    }

    func run() async throws {
        let settings = try await Settings.load(overrides: redisURL.map { [.redisURL: $0] } ?? [:])
        let token = settings.string(.twilioAuthToken)
        let targets = urls.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
        let schedule = try faults.map { text -> Fault in
            let parts = text.split(separator: ":", maxSplits: 2).map(String.init)
            guard parts.count == 3, let at = Int(parts[0]) else { throw ValidationError("--fault must look like 10:label:command, got '\(text)'") }
            return Fault(at: at, label: parts[1], command: parts[2])
        }
        var configuration = HTTPClient.Configuration()
        configuration.connectionPool.concurrentHTTP1ConnectionsPerHostSoftLimit = callers + 4
        configuration.timeout = .init(connect: .seconds(2), read: .seconds(20))
        let client = HTTPClient(eventLoopGroup: MultiThreadedEventLoopGroup.singleton, configuration: configuration)

        let start = ContinuousClock.now
        let end = start + .seconds(seconds)
        let faultTask = Task {
            for fault in schedule.sorted(by: { $0.at < $1.at }) {
                try await Task.sleep(until: start + .seconds(fault.at), clock: .continuous)
                print(String(format: "[%5.1f s] fault: %@", (ContinuousClock.now - start).seconds, fault.label))
                // Not waited for: a command that starts a server in the background must not hold the schedule.
                let process = Process()
                process.executableURL = URL(fileURLWithPath: "/bin/bash")
                process.arguments = ["-c", fault.command]
                process.standardOutput = FileHandle.nullDevice
                process.standardError = FileHandle.nullDevice
                try process.run()
            }
        }
        let calls = await withTaskGroup(of: (sid: String, samples: [Sample]).self) { group in
            for index in 0..<callers {
                group.addTask {
                    let primary = targets[index % targets.count]
                    let simulator = CallSimulator(
                        baseURL: primary, fallbackURLs: targets.filter { $0 != primary },
                        signingBaseURL: publicURL, authToken: token, client: client)
                    var samples: [Sample] = []
                    var line = -1
                    let script = LoadProfile.calls.flatMap { $0.dropLast() }
                    while ContinuousClock.now < end {
                        let started = ContinuousClock.now
                        let outcome: Outcome
                        do {
                            let exchange = try await (line < 0 ? simulator.start() : simulator.say(script[line % script.count]))
                            outcome = exchange.text.contains("trouble") || exchange.text.contains("ask me again") ? .apologised : .answered
                        } catch {
                            outcome = .failed
                            try? await Task.sleep(for: .milliseconds(200))
                        }
                        samples.append(Sample(at: (started - start).seconds, seconds: (ContinuousClock.now - started).seconds, outcome: outcome))
                        line += 1
                    }
                    return (simulator.callSid, samples)
                }
            }
            var all: [(sid: String, samples: [Sample])] = []
            for await call in group { all.append(call) }
            return all
        }
        faultTask.cancel()
        try await client.shutdown()

        let samples = calls.flatMap(\.samples)
        print("\nsecond  turns  answered  apologised  failed  p99")
        for second in 0..<seconds {
            let bucket = samples.filter { Int($0.at) == second }
            guard !bucket.isEmpty else { continue }
            let p99 = LatencySummary(bucket.map(\.seconds)).p99
            print(
                String(
                    format: "%6d  %5d  %8d  %10d  %6d  %.1f ms", second, bucket.count, bucket.filter { $0.outcome == .answered }.count,
                    bucket.filter { $0.outcome == .apologised }.count, bucket.filter { $0.outcome == .failed }.count, p99 * 1000))
        }
        print("\nphase                         turns  p50        p99        apologised  failed")
        let sorted = schedule.sorted { $0.at < $1.at }
        var phases: [(String, Double, Double)] = [("before any fault", 0, Double(sorted.first?.at ?? seconds))]
        for (index, fault) in sorted.enumerated() {
            let next = Double(index + 1 < sorted.count ? sorted[index + 1].at : seconds)
            let duringEnd = min(Double(fault.at + window), next)
            phases.append(("during: \(fault.label)", Double(fault.at), duringEnd))
            if duringEnd < next { phases.append(("after: \(fault.label)", duringEnd, next)) }
        }
        for (label, from, to) in phases {
            let bucket = samples.filter { $0.at >= from && $0.at < to }
            guard !bucket.isEmpty else { continue }
            let latency = LatencySummary(bucket.map(\.seconds))
            print(
                String(
                    format: "%-28@  %5d  %7.1f ms  %7.1f ms  %10d  %6d", label as NSString, bucket.count, latency.p50 * 1000, latency.p99 * 1000,
                    bucket.filter { $0.outcome == .apologised }.count, bucket.filter { $0.outcome == .failed }.count))
        }

        let connection = try await RedisConnection.connect(to: settings.redisEndpoint())
        let keys = try settings.keys()
        var lost = 0, repeated = 0
        for call in calls {
            guard let sid = CallSid(call.sid) else { continue }
            let committed = try await connection.execute(HGET(keys.session(call: sid), "version"))?.int ?? 0
            let answered = call.samples.filter { $0.outcome == .answered }.count
            lost += max(0, answered - committed) + call.samples.filter { $0.outcome == .failed }.count
            repeated += max(0, committed - answered)
        }
        let answered = samples.filter { $0.outcome == .answered }.count
        let apologised = samples.filter { $0.outcome == .apologised }.count
        print(
            "\nturns sent: \(samples.count)  answered: \(answered)  apologised (Redis down): \(apologised)  lost: \(lost)  applied twice or late: \(repeated)")
        if lost > 0 { throw ExitCode(1) }
    }
}
