/// Which numbers of held calls to try, one level after another, to find the largest whose p99
/// stays under the target: grow by a factor while levels pass, then bisect between the last
/// level that passed and the first that failed until the gap is within the resolution.
public struct CapacitySearch: Sendable, Equatable {
    public let start: Int
    public let factor: Double
    public let maximum: Int
    /// The search ends once the failing level is within this fraction of the passing one.
    public let resolution: Double

    /// The largest number of calls that passed, if any did.
    public private(set) var passed: Int?
    /// The smallest number of calls that failed, if any did.
    public private(set) var failed: Int?
    /// The next level to run; nil once the search is over.
    public private(set) var next: Int?

    public init(start: Int, factor: Double, maximum: Int, resolution: Double) {
        self.start = max(1, start)
        self.factor = max(1.1, factor)
        self.maximum = max(self.start, maximum)
        self.resolution = max(0, resolution)
        next = self.start
    }

    /// What the level with `calls` held calls showed.
    public mutating func record(calls: Int, passed levelPassed: Bool) {
        if levelPassed {
            passed = max(passed ?? 0, calls)
        } else {
            failed = min(failed ?? .max, calls)
        }
        next = nextLevel()
    }

    private func nextLevel() -> Int? {
        let low = passed ?? 0
        guard let high = failed else {
            // Still growing: no level has failed yet.
            guard low < maximum else { return nil }
            return min(maximum, max(low + 1, Int((Double(low) * factor).rounded(.up))))
        }
        let gap = high - low
        guard gap > 1, Double(gap) > resolution * Double(max(low, 1)) else { return nil }
        return low + gap / 2
    }
}
