/// When each simulated call of a capacity level starts and how long its caller thinks between
/// turns: calls join at a steady rate over the ramp (as callers dial in, not all at one instant),
/// and each caller pauses a think time, jittered so turns do not arrive in lock-step.
public struct CapacitySchedule: Sendable, Equatable {
    /// Calls held at once once the ramp is over.
    public let calls: Int
    /// Seconds over which the calls join.
    public let ramp: Double
    /// Mean seconds a caller thinks between hearing an answer and speaking again.
    public let think: Double
    /// How far one think time may stray from the mean, as a fraction of it (0.25: ±25 %).
    public let jitter: Double

    public init(calls: Int, ramp: Double, think: Double, jitter: Double) {
        self.calls = max(0, calls)
        self.ramp = max(0, ramp)
        self.think = max(0, think)
        self.jitter = min(1, max(0, jitter))
    }

    /// Calls started per second during the ramp.
    public var rate: Double { ramp > 0 ? Double(calls) / ramp : .infinity }

    /// Seconds after the level began that call `index` (0-based) places its first call.
    public func start(ofCall index: Int) -> Double {
        guard calls > 0, ramp > 0 else { return 0 }
        return ramp * Double(index) / Double(calls)
    }

    /// Seconds caller `caller` thinks before turn `turn`: the mean moved by a deterministic
    /// amount within the jitter, so a run can be repeated exactly.
    public func think(caller: Int, turn: Int) -> Double {
        let spread = Self.unitNoise(caller &* 7919 &+ turn &* 104_729)  // in [-1, 1]
        return think * (1 + jitter * spread)
    }

    /// Turns per second the held calls offer when every answer is instant: each caller speaks
    /// once per think time.
    public var offeredTurnsPerSecond: Double { think > 0 ? Double(calls) / think : .infinity }

    /// A value in [-1, 1] from an integer, evenly spread (a 64-bit mix, then scaled).
    static func unitNoise(_ seed: Int) -> Double {
        var x = UInt64(bitPattern: Int64(seed)) &+ 0x9E37_79B9_7F4A_7C15
        x = (x ^ (x >> 30)) &* 0xBF58_476D_1CE4_E5B9
        x = (x ^ (x >> 27)) &* 0x94D0_49BB_1331_11EB
        x ^= x >> 31
        return Double(x >> 11) / Double(1 << 53) * 2 - 1
    }
}
