/// Counts over many ``CallRecord``s: what `/admin/summary`, the dashboard and `loop report` show.
public struct CallSummary: Codable, Sendable, Equatable {
    /// A name or place and how many calls mentioned it.
    public struct Count: Codable, Sendable, Equatable {
        public var name: String
        public var count: Int
    }

    /// Milliseconds since the epoch: the window the summary covers.
    public var from: Int64
    public var to: Int64
    public var calls: Int
    public var outcomes: [String: Int]
    public var intents: [String: Int]
    public var topPlaces: [Count]
    /// Hospital names callers asked for that the list lacks: the insurer's most useful signal.
    public var topNotFound: [Count]
    /// Hand-offs by `DialCallStatus` (`completed`: an agent took the call).
    public var handoffs: [String: Int]
    public var voicemails: Int
    public var textsSent: Int
    public var textsFailed: Int
    public var recorded: Int
    public var averageTurns: Double
    public var averageDuration: Double

    /// How many names the top lists keep.
    public static let topCount = 10

    public init(records: [CallRecord], from: Int64, to: Int64) {
        self.from = from
        self.to = to
        calls = records.count
        var outcomes: [String: Int] = [:]
        var intents: [String: Int] = [:]
        var places: [String: Int] = [:]
        var notFound: [String: Int] = [:]
        var handoffs: [String: Int] = [:]
        var voicemails = 0, sent = 0, failed = 0, recorded = 0, turns = 0, seconds = 0
        for record in records {
            outcomes[record.outcome.rawValue, default: 0] += 1
            for intent in record.intents { intents[intent, default: 0] += 1 }
            for place in record.places { places[place, default: 0] += 1 }
            for name in record.notFound { notFound[name, default: 0] += 1 }
            if let handoff = record.handoff { handoffs[handoff, default: 0] += 1 }
            if record.voicemail != nil { voicemails += 1 }
            sent += record.texts.filter { $0.status == "sent" }.count
            failed += record.texts.filter { $0.status == "failed" }.count
            if record.recording?.sid != nil { recorded += 1 }
            turns += record.turns.count
            seconds += record.duration
        }
        self.outcomes = outcomes
        self.intents = intents
        self.topPlaces = Self.top(places)
        self.topNotFound = Self.top(notFound)
        self.handoffs = handoffs
        self.voicemails = voicemails
        self.textsSent = sent
        self.textsFailed = failed
        self.recorded = recorded
        averageTurns = records.isEmpty ? 0 : Double(turns) / Double(records.count)
        averageDuration = records.isEmpty ? 0 : Double(seconds) / Double(records.count)
    }

    private static func top(_ counts: [String: Int]) -> [Count] {
        counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(topCount).map { Count(name: $0.key, count: $0.value) }
    }
}
