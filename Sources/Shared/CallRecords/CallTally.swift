import Foundation

/// What one closed call adds to the running summary of its UTC day: counters, the places asked
/// about and the names asked for that the list lacks.
///
/// The close script adds a call's tally in the same step that files its record, so summaries
/// (`/admin/summary`, the dashboard, `loop report`) add up a few counters per day instead of
/// reading every record, and stay exact at any number of calls.
public struct CallTally: Sendable, Equatable {
    /// The UTC day of the call's last event, `2026-11-26`.
    public var day: String
    /// Counter name → amount (see ``Counter``).
    public var counters: [String: Int]
    public var places: [String]
    public var notFound: [String]

    /// The counter names of a day's hash.
    public enum Counter {
        public static let calls = "calls"
        public static let turns = "turns"
        public static let seconds = "seconds"
        public static let voicemails = "voicemails"
        public static let textsSent = "texts-sent"
        public static let textsFailed = "texts-failed"
        public static let recorded = "recorded"
        /// WhatsApp messages Twilio accepted, and how far they got.
        public static let whatsAppSent = "whatsapp-sent"
        public static let whatsAppDelivered = "whatsapp-delivered"
        public static let whatsAppRead = "whatsapp-read"
        public static let whatsAppFailed = "whatsapp-failed"
        public static let outcomePrefix = "outcome:"
        public static let intentPrefix = "intent:"
        public static let handoffPrefix = "handoff:"
        public static func outcome(_ outcome: CallOutcome) -> String { outcomePrefix + outcome.rawValue }
        public static func intent(_ intent: String) -> String { intentPrefix + intent }
        public static func handoff(_ status: String) -> String { handoffPrefix + status }
    }

    public init(_ record: CallRecord, days: OperatorDays) {
        day = days.name(record.ended)
        var counters = [
            Counter.calls: 1, Counter.turns: record.turns.count, Counter.seconds: record.duration,
            Counter.outcome(record.outcome): 1,
        ]
        for intent in record.intents { counters[Counter.intent(intent), default: 0] += 1 }
        if let handoff = record.handoff { counters[Counter.handoff(handoff), default: 0] += 1 }
        if record.voicemail != nil { counters[Counter.voicemails] = 1 }
        if record.recording?.sid != nil { counters[Counter.recorded] = 1 }
        let sent = record.smsMessages.filter { $0.status == "sent" }.count
        let failed = record.smsMessages.filter { $0.status == "failed" }.count
        if sent > 0 { counters[Counter.textsSent] = sent }
        if failed > 0 { counters[Counter.textsFailed] = failed }
        // Each WhatsApp message counts once, at the furthest status it reached.
        let whatsApp = record.whatsAppMessages
        let reached: [(String, (String) -> Bool)] = [
            (Counter.whatsAppSent, { $0 != "failed" && $0 != "undelivered" }), (Counter.whatsAppDelivered, { $0 == "delivered" || $0 == "read" }),
            (Counter.whatsAppRead, { $0 == "read" }), (Counter.whatsAppFailed, { $0 == "failed" || $0 == "undelivered" }),
        ]
        for (counter, test) in reached {
            let count = whatsApp.filter { test($0.status) }.count
            if count > 0 { counters[counter] = count }
        }
        self.counters = counters
        places = record.places
        notFound = record.notFound
    }
}
