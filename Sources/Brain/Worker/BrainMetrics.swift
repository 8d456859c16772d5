import Metrics

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

    func outcome(intent: String, outcome: String) {
        Counter(label: "loopai_dialog_outcomes_total", dimensions: [("intent", intent), ("outcome", outcome)]).increment()
    }
}
