import Foundation
import Redis

/// Everything a capacity run is told: where the stack is, how callers behave, what "held" means,
/// how to search and when to stop.
public struct CapacityOptions: Sendable {
    public enum Mode: String, Sendable, CaseIterable { case gather, relay }

    public var modes: [Mode] = [.gather]
    public var gatherURL = "http://127.0.0.1:8000"
    public var relayURL: String?
    /// The base URL Twilio signs (PUBLIC_URL); the URL called when nil.
    public var publicURL: String?
    public var authToken: String?
    public var pacing = CapacityPacing(think: 6, jitter: 0.25, settle: 6, window: 20)
    /// Seconds the stack is watched with no calls before a mode's first level.
    public var idleSeconds = 3.0
    /// The p99 a level must keep, seconds.
    public var target = 0.25
    public var start = 250
    public var factor = 2.0
    public var maximum = 20_000
    public var resolution = 0.15
    /// The whole run's bounds.
    public var maxSeconds = 300.0
    public var maxCalls = 200_000
    /// The floor: this path fetched with GET on the same gateway under the same calls; nil skips it.
    public var floorPath: String? = "/twilio/status"
    public var gatewayPID: Int32?
    public var relayGatewayPID: Int32?
    public var brainPID: Int32?
    /// Redis to read `INFO` from; nil leaves Redis's figures out.
    public var redis: RedisEndpoint?

    public init() {}
}

/// What a capacity run found, per mode: every level, the largest number of calls held within the
/// target, and the floor at that number.
public struct CapacityOutcome: Sendable {
    public struct ModeOutcome: Sendable {
        public let mode: CapacityOptions.Mode
        public var levels: [CapacityLevelResult] = []
        /// CPU seconds per second of each process, and Redis commands per second, with no calls.
        public var idleCPU: [String: Double] = [:]
        public var idleRedisPerSecond: Double?
        public var held: Int?
        public var floor: CapacityLevelResult?
        /// Why the search ended.
        public var ending = "search done"
    }

    public var modes: [ModeOutcome] = []
}

/// `loop capacity`'s work: for each mode, levels chosen by ``CapacitySearch`` until it is done or
/// the run's time or calls are spent, then the floor at the number found.
public struct CapacityRun: Sendable {
    let options: CapacityOptions
    /// Where report lines go (the terminal; a test collects them).
    let say: @Sendable (String) -> Void

    /// Lines go out as they are made (a run lasts minutes; its output is often piped to a file).
    public init(options: CapacityOptions, say: @escaping @Sendable (String) -> Void = { FileHandle.standardOutput.write(Data(($0 + "\n").utf8)) }) {
        self.options = options
        self.say = say
    }

    public func run() async throws -> CapacityOutcome {
        let deadline = ContinuousClock.now + .seconds(options.maxSeconds)
        let budget = CallBudget(calls: options.maxCalls)
        let redis: RedisConnection? = if let endpoint = options.redis { try await RedisConnection.connect(to: endpoint) } else { nil }
        let report = CapacityReport(options: options)
        say(report.header(machine: await MachineDescription.current()))
        var outcome = CapacityOutcome()
        for (index, mode) in options.modes.enumerated() {
            let url = mode == .gather ? options.gatherURL : (options.relayURL ?? options.gatherURL)
            var processes: [(role: String, pid: Int32)] = [("loop", getpid())]
            if let pid = mode == .gather ? options.gatewayPID : options.relayGatewayPID { processes.append(("gateway", pid)) }
            if let pid = options.brainPID { processes.append(("brain", pid)) }
            let meters = StackMeters(processes: processes, redis: redis)
            // The time left is shared by the modes still to run.
            let share = (deadline - ContinuousClock.now).seconds / Double(options.modes.count - index)
            let modeResult = await search(mode: mode, url: url, meters: meters, budget: budget, until: ContinuousClock.now + .seconds(share), report: report)
            outcome.modes.append(modeResult)
        }
        await redis?.close()
        say(report.summary(outcome))
        return outcome
    }

    private func search(
        mode: CapacityOptions.Mode, url: String, meters: StackMeters, budget: CallBudget, until end: ContinuousClock.Instant, report: CapacityReport
    ) async -> CapacityOutcome.ModeOutcome {
        var result = CapacityOutcome.ModeOutcome(mode: mode)
        let kind: CapacityLine.Kind =
            switch mode {
            case .gather: .gather(url: url, signer: LoadCaller(publicURL: options.publicURL ?? url, authToken: options.authToken))
            case .relay: .relay(url: url, signingURL: options.publicURL ?? url, authToken: options.authToken)
            }
        // What the stack costs with no calls, so per-turn figures can be read net of it.
        let idleStart = await meters.sample()
        try? await Task.sleep(for: .seconds(options.idleSeconds))
        let baseline = await meters.sample()
        let idleSeconds = (baseline.at - idleStart.at).seconds
        result.idleCPU = baseline.cpuSeconds(since: idleStart).mapValues { $0 / idleSeconds }
        result.idleRedisPerSecond = baseline.redisCalls(since: idleStart).map { Double($0) / idleSeconds }
        say(report.levelHeader(mode: mode.rawValue, idle: result))
        var search = CapacitySearch(start: options.start, factor: options.factor, maximum: options.maximum, resolution: options.resolution)
        while let calls = search.next {
            // Room for this level and for the floor after it, at most as many calls.
            let needed = options.pacing.duration(calls: calls) * (options.floorPath == nil ? 1 : 2)
            guard needed <= (end - ContinuousClock.now).seconds else {
                result.ending = "time bound reached before \(calls) calls"
                break
            }
            guard budget.left >= calls else {
                result.ending = "call bound reached before \(calls) calls"
                break
            }
            let level = await CapacityLevel(mode: mode.rawValue, kind: kind, calls: calls, pacing: options.pacing, target: options.target)
                .run(meters: meters, budget: budget, baseline: baseline, idleRedisPerSecond: result.idleRedisPerSecond)
            say(report.line(level))
            result.levels.append(level)
            if level.cutShort {
                result.ending = "call bound reached during \(calls) calls"
                break
            }
            search.record(calls: calls, passed: level.passed)
        }
        result.held = search.passed
        if let path = options.floorPath {
            let calls = search.passed ?? result.levels.last?.calls ?? options.start
            result.floor = await CapacityLevel(mode: "floor", kind: .floor(url: url, path: path), calls: calls, pacing: options.pacing, target: options.target)
                .run(meters: meters, budget: CallBudget(calls: .max), baseline: nil, idleRedisPerSecond: result.idleRedisPerSecond)
            if let floor = result.floor { say(report.line(floor)) }
        }
        return result
    }
}
