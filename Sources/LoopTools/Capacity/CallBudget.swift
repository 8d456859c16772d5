import Synchronization

/// How many calls a whole capacity run may still place, shared by every simulated line: the run
/// is bounded in calls as well as in time.
final class CallBudget: Sendable {
    private let remaining: Atomic<Int>

    init(calls: Int) { remaining = Atomic(calls) }

    /// Takes one call from the budget; false once it is spent.
    func take() -> Bool {
        while true {
            let left = remaining.load(ordering: .relaxed)
            guard left > 0 else { return false }
            if remaining.compareExchange(expected: left, desired: left - 1, ordering: .relaxed).exchanged { return true }
        }
    }

    var left: Int { remaining.load(ordering: .relaxed) }
}
