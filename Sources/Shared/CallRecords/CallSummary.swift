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
    /// WhatsApp messages from calls: accepted by Twilio, delivered, read, failed.
    public var whatsApp: WhatsAppCounts
    public var averageTurns: Double
    public var averageDuration: Double

    /// How many names the top lists keep.
    public static let topCount = 10

    /// The summary of some days' running counters (a day's hash, or several added up) and the
    /// places and missing names with their counts (the top ones are enough).
    public init(counters: [String: Int], places: [String: Int], notFound: [String: Int], from: Int64, to: Int64) {
        typealias Counter = CallTally.Counter
        func prefixed(_ prefix: String) -> [String: Int] {
            var result: [String: Int] = [:]
            for (name, count) in counters where name.hasPrefix(prefix) && count > 0 { result[String(name.dropFirst(prefix.count))] = count }
            return result
        }
        self.from = from
        self.to = to
        calls = counters[Counter.calls] ?? 0
        outcomes = prefixed(Counter.outcomePrefix)
        intents = prefixed(Counter.intentPrefix)
        handoffs = prefixed(Counter.handoffPrefix)
        topPlaces = Self.top(places)
        topNotFound = Self.top(notFound)
        voicemails = counters[Counter.voicemails] ?? 0
        textsSent = counters[Counter.textsSent] ?? 0
        textsFailed = counters[Counter.textsFailed] ?? 0
        recorded = counters[Counter.recorded] ?? 0
        whatsApp = WhatsAppCounts(
            sent: counters[Counter.whatsAppSent] ?? 0, delivered: counters[Counter.whatsAppDelivered] ?? 0, read: counters[Counter.whatsAppRead] ?? 0,
            failed: counters[Counter.whatsAppFailed] ?? 0)
        averageTurns = calls == 0 ? 0 : Double(counters[Counter.turns] ?? 0) / Double(calls)
        averageDuration = calls == 0 ? 0 : Double(counters[Counter.seconds] ?? 0) / Double(calls)
    }

    /// The summary of these records: their tallies added up, as the close script adds them in Redis.
    public init(records: [CallRecord], from: Int64, to: Int64) {
        var counters: [String: Int] = [:]
        var places: [String: Int] = [:]
        var notFound: [String: Int] = [:]
        for tally in records.map({ CallTally($0, days: .utc) }) {
            counters.merge(tally.counters, uniquingKeysWith: +)
            for place in tally.places { places[place, default: 0] += 1 }
            for name in tally.notFound { notFound[name, default: 0] += 1 }
        }
        self.init(counters: counters, places: places, notFound: notFound, from: from, to: to)
    }

    /// The most counted first, then alphabetically, ``topCount`` at most.
    public static func top(_ counts: [String: Int]) -> [Count] {
        counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(topCount).map { Count(name: $0.key, count: $0.value) }
    }
}

extension CallSummary {
    /// How the WhatsApp messages sent from calls fared.
    public struct WhatsAppCounts: Codable, Sendable, Equatable {
        public var sent: Int
        public var delivered: Int
        public var read: Int
        public var failed: Int
    }
}
