import Metrics
import Shared
import Synchronization

/// The brain's own metrics (exported on `/metrics` next to the runtime's).
struct BrainMetrics: Sendable {
    /// Time from the gateway receiving the webhook to a brain taking the turn.
    let queueWait = Metrics.Timer(label: "loopai_turn_queue_wait_seconds")
    /// Time the dialog took to decide and render.
    let processing = Metrics.Timer(label: "loopai_turn_processing_seconds")
    /// Time from webhook received to reply committed.
    let total = Metrics.Timer(label: "loopai_turn_total_seconds")
    let inFlight = Meter(label: "loopai_turns_in_flight")
    let conflicts = Counter(label: "loopai_session_conflicts_total")
    let recovered = Counter(label: "loopai_turns_recovered_total")
    let hospitals = Gauge(label: "loopai_hospitals_loaded")
    let workersAlive = Gauge(label: "loopai_brain_workers_alive")
    let queueDepth = Gauge(label: "loopai_queue_depth")

    private let outcomes = OutcomeCounters()

    /// A turn the dialog answered: what it came to, and what became of the answer.
    func answered(_ outcome: DialogOutcome, _ disposition: TurnDisposition) {
        outcomes.counter(intent: outcome.rawValue, outcome: disposition.rawValue).increment()
    }

    /// A turn the dialog never saw.
    func unanswered(_ reason: UnansweredTurn, _ disposition: TurnDisposition) {
        outcomes.counter(intent: reason.rawValue, outcome: disposition.rawValue).increment()
    }

    /// `loopai_sms_caps_reached_total{cap}`: a service-wide or per-range SMS cap refused a text
    /// (rare, and an alert when it happens: see docs/operations.md).
    func smsCapReached(_ cap: TextQuota.Outcome) {
        Counter(label: "loopai_sms_caps_reached_total", dimensions: [("cap", "\(cap)")]).increment()
    }
}

/// One counter per (intent, outcome), made the first time that pair happens rather than on every turn.
final class OutcomeCounters: Sendable {
    private let counters = Mutex<[String: Counter]>([:])

    func counter(intent: String, outcome: String) -> Counter {
        counters.withLock { counters in
            let key = intent + "/" + outcome
            if let counter = counters[key] { return counter }
            let counter = Counter(label: "loopai_dialog_outcomes_total", dimensions: [("intent", intent), ("outcome", outcome)])
            counters[key] = counter
            return counter
        }
    }
}
