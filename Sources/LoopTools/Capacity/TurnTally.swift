import Shared

/// One turn of a simulated call: when it was sent and answered (seconds since the level began),
/// and how the caller experienced it.
public struct TurnRecord: Sendable, Equatable {
    public var sent: Double
    public var finished: Double
    /// Holds heard before the answer ("One moment, please.").
    public var holds: Int = 0
    /// The gateway apologised instead of answering (the brain too slow even after holding, or Redis unreachable).
    public var apologised = false
    /// No answer at all (connection refused or dropped, an HTTP error, a socket that went quiet).
    public var failed = false

    public init(sent: Double, finished: Double, holds: Int = 0, apologised: Bool = false, failed: Bool = false) {
        self.sent = sent
        self.finished = finished
        self.holds = holds
        self.apologised = apologised
        self.failed = failed
    }

    /// The turn's latency, seconds: to the whole TwiML, or to a relay answer's first token.
    public var seconds: Double { finished - sent }

    /// What a reply's words say about it: how many holds and whether it apologised. The words are
    /// the gateway's own (``GatewayLines``), the only ones a brain never says.
    static func classify(_ text: String) -> (holds: Int, apologised: Bool) {
        var holds = 0, apologised = false
        for language in Language.allCases {
            let lines = language.gatewayLines
            if text.contains(lines.firstHold) { holds += 1 }
            if text.contains(lines.laterHold) { holds += 1 }
            let apologies = [lines.askAgain, lines.unavailable] + lines.greetingUnavailable.dropFirst()
            if apologies.contains(where: { !$0.isEmpty && text.contains($0) }) { apologised = true }
        }
        return (holds, apologised)
    }
}

/// The turns of one level inside its measurement window: offered (sent in it), answered (answers
/// that arrived in it), and the latency of the turns sent in it.
public struct TurnTally: Sendable {
    public let window: Double
    public let offered: Int
    public let answered: Int
    public let latency: LatencySummary
    public let holds: Int
    public let apologies: Int
    public let failures: Int

    /// - Parameters: `from`, `to`: the window, seconds since the level began.
    public init(_ records: [TurnRecord], from: Double, to: Double) {
        window = max(to - from, .ulpOfOne)
        let sent = records.filter { $0.sent >= from && $0.sent < to }
        offered = sent.count
        answered = records.filter { !$0.failed && $0.finished >= from && $0.finished < to }.count
        latency = LatencySummary(sent.filter { !$0.failed }.map(\.seconds))
        holds = sent.map(\.holds).reduce(0, +)
        apologies = sent.filter(\.apologised).count
        failures = sent.filter(\.failed).count
    }

    public var offeredPerSecond: Double { Double(offered) / window }
    public var answeredPerSecond: Double { Double(answered) / window }

    /// True when every turn sent in the window was answered, none with an apology, and the p99
    /// is within `target` seconds.
    public func meets(p99 target: Double) -> Bool {
        latency.count > 0 && failures == 0 && apologies == 0 && latency.p99 <= target
    }
}
