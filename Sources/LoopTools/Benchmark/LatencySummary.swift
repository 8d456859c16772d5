import Foundation

/// Percentiles of a set of latency samples.
public struct LatencySummary: Sendable {
    public let count: Int
    public let p50: Double
    public let p90: Double
    public let p99: Double
    public let max: Double

    /// - Parameter samples: seconds.
    public init(_ samples: [Double]) {
        let sorted = samples.sorted()
        count = sorted.count
        func percentile(_ p: Double) -> Double {
            guard !sorted.isEmpty else { return .nan }
            let index = Swift.min(sorted.count - 1, Swift.max(0, Int((p * Double(sorted.count)).rounded(.up)) - 1))
            return sorted[index]
        }
        p50 = percentile(0.50)
        p90 = percentile(0.90)
        p99 = percentile(0.99)
        max = sorted.last ?? .nan
    }

    /// "p50 0.412 ms  p90 …" in milliseconds.
    var milliseconds: String {
        String(format: "p50 %.3f ms  p90 %.3f ms  p99 %.3f ms  max %.3f ms", p50 * 1000, p90 * 1000, p99 * 1000, max * 1000)
    }
}
