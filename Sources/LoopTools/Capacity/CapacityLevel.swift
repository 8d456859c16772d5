import Foundation

/// How a level is paced: callers join at a steady rate (`rate` calls per second, or as many as
/// spread the level's calls over `ramp` seconds), think between turns, and are measured for
/// `window` seconds once `settle` seconds have passed after the last one joined.
public struct CapacityPacing: Sendable {
    public var rate: Double?
    public var ramp: Double
    public var think: Double
    public var jitter: Double
    public var settle: Double
    public var window: Double

    public init(rate: Double? = nil, ramp: Double = 10, think: Double, jitter: Double, settle: Double, window: Double) {
        self.rate = rate.map { max(0.01, $0) }
        self.ramp = max(0, ramp)
        self.think = think
        self.jitter = jitter
        self.settle = settle
        self.window = window
    }

    /// Seconds over which a level of `calls` joins.
    public func rampSeconds(calls: Int) -> Double {
        rate.map { Double(calls) / $0 } ?? ramp
    }

    public func schedule(calls: Int) -> CapacitySchedule {
        CapacitySchedule(calls: calls, ramp: rampSeconds(calls: calls), think: think, jitter: jitter)
    }

    /// Seconds a level of `calls` lasts, with a margin for the turns still in flight at its end.
    public func duration(calls: Int) -> Double {
        rampSeconds(calls: calls) + settle + window + 1
    }
}

/// What one level measured.
public struct CapacityLevelResult: Sendable {
    /// `gather`, `relay` or `floor`.
    public let mode: String
    public let calls: Int
    public let turns: TurnTally
    /// CPU seconds each process (and Redis) used in the window.
    public let cpuSeconds: [String: Double]
    /// Resident bytes of each process at the window's end, calls still open.
    public let resident: [String: Int]
    /// Growth of the gateway's resident memory over its idle reading before the mode's first level.
    public let gatewayGrowth: Int?
    public let redisCalls: Int?
    /// Redis commands per second with no calls at all (brains waiting on the queue, heartbeats).
    public let idleRedisPerSecond: Double?
    /// The run's call budget ran out during the level.
    public let cutShort: Bool
    public let passed: Bool

    /// Microseconds of `role`'s CPU per answered turn.
    public func cpuPerTurn(_ role: String) -> Double? {
        guard let seconds = cpuSeconds[role], turns.answered > 0 else { return nil }
        return seconds * 1_000_000 / Double(turns.answered)
    }

    /// `role`'s CPU in the window as a share of one core.
    public func coreShare(_ role: String) -> Double? {
        cpuSeconds[role].map { $0 / turns.window }
    }

    public var redisCallsPerTurn: Double? {
        guard let redisCalls, turns.answered > 0 else { return nil }
        return Double(redisCalls) / Double(turns.answered)
    }

    /// Redis commands per turn beyond what the stack sends when idle.
    public var turnRedisCallsPerTurn: Double? {
        guard let redisCalls, let idle = idleRedisPerSecond, turns.answered > 0 else { return nil }
        return (Double(redisCalls) - idle * turns.window) / Double(turns.answered)
    }

    /// Bytes of gateway memory per held call (in relay mode, per open socket).
    public var bytesPerCall: Double? {
        guard let gatewayGrowth, calls > 0 else { return nil }
        return Double(gatewayGrowth) / Double(calls)
    }
}

/// Runs one level: the lines, and the stack's meters read at the window's edges.
struct CapacityLevel {
    let mode: String
    let kind: CapacityLine.Kind
    let calls: Int
    let pacing: CapacityPacing
    let target: Double

    func run(meters: StackMeters, budget: CallBudget, baseline: StackSample?, idleRedisPerSecond: Double?) async -> CapacityLevelResult {
        let schedule = pacing.schedule(calls: calls)
        let origin = ContinuousClock.now
        let windowStart = schedule.ramp + pacing.settle
        let windowEnd = windowStart + pacing.window
        let line = CapacityLine(kind: kind, schedule: schedule, budget: budget, origin: origin, stop: origin + .seconds(windowEnd))
        async let edges: (StackSample, StackSample) = {
            try? await Task.sleep(until: origin + .seconds(windowStart), clock: .continuous)
            let first = await meters.sample()
            try? await Task.sleep(until: origin + .seconds(windowEnd), clock: .continuous)
            return (first, await meters.sample())
        }()
        let records = await withTaskGroup(of: [TurnRecord].self) { group in
            for index in 0..<calls {
                group.addTask { await line.run(index: index) }
            }
            var all: [TurnRecord] = []
            for await records in group { all += records }
            return all
        }
        let (first, last) = await edges
        let turns = TurnTally(records, from: windowStart, to: windowEnd)
        let growth = baseline.flatMap { base in
            last.processes["gateway"].flatMap { now in base.processes["gateway"].map { now.residentBytes - $0.residentBytes } }
        }
        let cutShort = budget.left == 0
        return CapacityLevelResult(
            mode: mode, calls: calls, turns: turns, cpuSeconds: last.cpuSeconds(since: first),
            resident: last.processes.mapValues(\.residentBytes), gatewayGrowth: growth, redisCalls: last.redisCalls(since: first),
            idleRedisPerSecond: idleRedisPerSecond, cutShort: cutShort, passed: !cutShort && turns.meets(p99: target))
    }
}
