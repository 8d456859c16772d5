import Metrics

extension Metrics.Timer {
    func recordMilliseconds(_ milliseconds: Int64) {
        recordNanoseconds(milliseconds * 1_000_000)
    }
}
