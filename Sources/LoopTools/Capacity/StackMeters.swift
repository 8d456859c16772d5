import Foundation
import Redis

/// The processes of the stack under test (by role: gateway, brain, …) and its Redis, read together
/// at the edges of a measurement window.
final class StackMeters: Sendable {
    let processes: [(role: String, meter: ProcessMeter)]
    private let redis: RedisConnection?

    init(processes: [(role: String, pid: Int32)], redis: RedisConnection?) {
        self.processes = processes.map { ($0.role, ProcessMeter(pid: $0.pid)) }
        self.redis = redis
    }

    /// Every process's CPU and memory, and Redis's figures, now. A process or Redis that cannot be
    /// read is left out (and so reported as unknown).
    func sample() async -> StackSample {
        var sample = StackSample(at: ContinuousClock.now)
        for (role, meter) in processes {
            if let reading = await meter.read() { sample.processes[role] = reading }
        }
        if let redis { sample.redis = try? await RedisInfo.read(from: redis) }
        return sample
    }

    func close() async { await redis?.close() }
}

/// One reading of the whole stack.
public struct StackSample: Sendable {
    public var at: ContinuousClock.Instant
    public var processes: [String: ProcessMeter.Reading] = [:]
    public var redis: RedisInfo?

    public init(at: ContinuousClock.Instant, processes: [String: ProcessMeter.Reading] = [:], redis: RedisInfo? = nil) {
        self.at = at
        self.processes = processes
        self.redis = redis
    }

    /// CPU seconds each process used between `earlier` and this sample.
    public func cpuSeconds(since earlier: StackSample) -> [String: Double] {
        var used: [String: Double] = [:]
        for (role, reading) in processes {
            if let before = earlier.processes[role] { used[role] = reading.cpuSeconds - before.cpuSeconds }
        }
        if let redis, let before = earlier.redis { used["redis"] = redis.cpuSeconds - before.cpuSeconds }
        return used
    }

    /// Redis commands served between `earlier` and this sample (the benchmark's own INFO left out).
    public func redisCalls(since earlier: StackSample) -> Int? {
        guard let redis, let before = earlier.redis else { return nil }
        return redis.servedCalls - before.servedCalls
    }
}
