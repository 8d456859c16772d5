import Foundation

/// Everything known about one call, folded from its ``CallEvent``s: the record behind
/// `/admin/calls`, the dashboard and `loop report`.
public struct CallRecord: Codable, Sendable, Equatable {
    /// One answered turn, as the call list shows it.
    public struct TurnEntry: Codable, Sendable, Equatable {
        public var at: Int64
        public var intent: String
        public var outcome: CallOutcome
        /// What the caller said, as recognised, and what Loop AI answered (nil in records filed before).
        public var said: String?
        public var answer: String?
        public var language: String?
        public var places: [String]?
        public var hospitals: [String]?
        public var notFound: [String]?
        /// Milliseconds from the webhook to the answer, and the recogniser's confidence (nil before they were noted).
        public var latencyMs: Int? = nil
        public var confidence: Double? = nil
    }

    /// An SMS sent, or not, to the caller.
    public struct TextMessage: Codable, Sendable, Equatable {
        public var at: Int64
        public var status: String
        public var sid: String?
        public var note: String?
        /// `whatsapp`; nil for an SMS (records written before WhatsApp have none).
        public var channel: String?
    }

    /// The call's recording, when it was recorded.
    public struct Recording: Codable, Sendable, Equatable {
        public var sid: String?
        public var url: String?
        public var duration: Int?
        public var status: String
        /// True when the caller asked not to be recorded and it was stopped.
        public var stoppedByCaller: Bool
        /// Why it could not be made or failed, when Twilio says ("Twilio error 21220").
        public var note: String?
    }

    /// A message left for the agents.
    public struct Voicemail: Codable, Sendable, Equatable {
        public var at: Int64
        public var url: String?
        public var sid: String?
        public var duration: Int?
        /// What the caller had been asking about.
        public var context: String?
    }

    public var call: String
    public var caller: String?
    public var started: Int64
    public var ended: Int64
    /// Seconds: Twilio's `CallDuration` when it sent one, else from the first to the last event.
    public var duration: Int
    /// Twilio's last call status (`completed`, `busy`, …), when a status callback came.
    public var status: String?
    public var language: String?
    /// How the call was held: `gather` or `relay` (``VoiceMode``); nil for records filed before.
    public var mode: String?
    /// True while the call is still open (in progress, or in its grace period before filing).
    public var inProgress: Bool?
    /// The call's outcome: the most telling of its turns' (see ``CallOutcome``).
    public var outcome: CallOutcome
    public var turns: [TurnEntry]
    public var intents: [String]
    public var places: [String]
    public var hospitals: [String]
    public var notFound: [String]
    public var texts: [TextMessage]
    /// When the caller agreed to be messaged on WhatsApp, if they did.
    public var whatsAppConsent: Int64?
    public var recording: Recording?
    /// `DialCallStatus` of a hand-off: `completed` when an agent took the call.
    public var handoff: String?
    public var voicemail: Voicemail?

    /// Folds a call's events, in the order they were appended.
    public init(call: String, events: [CallEvent]) {
        self.call = call
        caller = nil
        started = events.map(\.at).min() ?? 0
        ended = events.map(\.at).max() ?? 0
        duration = Int((ended - started) / 1000)
        status = nil
        language = nil
        mode = nil
        outcome = .other
        turns = []
        intents = []
        places = []
        hospitals = []
        notFound = []
        texts = []
        whatsAppConsent = nil
        recording = nil
        handoff = nil
        voicemail = nil
        for event in events { apply(event) }
    }

    private mutating func apply(_ event: CallEvent) {
        switch event.kind {
        case .turn:
            let turnOutcome = event.outcome ?? .other
            let intent = event.intent?.rawValue ?? "unknown"
            turns.append(
                TurnEntry(
                    at: event.at, intent: intent, outcome: turnOutcome, said: event.said, answer: event.answer, language: event.language,
                    places: event.places, hospitals: event.hospitals, notFound: event.notFound))
            if !intents.contains(intent) { intents.append(intent) }
            outcome = max(outcome, turnOutcome)
            if caller == nil { caller = event.caller }
            if let language = event.language { self.language = language }
            if let mode = event.mode { self.mode = mode.rawValue }
            Self.addNew(event.places, to: &places)
            Self.addNew(event.hospitals, to: &hospitals)
            Self.addNew(event.notFound, to: &notFound)
            turns[turns.count - 1].latencyMs = event.latencyMs
            turns[turns.count - 1].confidence = event.confidence
        case .status:
            status = event.status?.rawValue
            if let seconds = event.duration { duration = seconds }
            if caller == nil { caller = event.caller }
        case .sms:
            // Twilio's status callbacks move a sent text on (delivered, failed…), by its sid.
            if let sid = event.sid, let index = texts.firstIndex(where: { $0.sid == sid }) {
                if let status = event.status { texts[index].status = status.rawValue }
                if let note = event.note { texts[index].note = note }
            } else {
                texts.append(TextMessage(at: event.at, status: (event.status ?? .sent).rawValue, sid: event.sid, note: event.note))
            }
        case .whatsapp:
            // Statuses may arrive out of order (`read` before `delivered`): a message keeps the
            // furthest it reached, and a failure.
            if let sid = event.sid, let index = texts.firstIndex(where: { $0.sid == sid }) {
                if let status = event.status, Self.whatsAppRank(status.rawValue) >= Self.whatsAppRank(texts[index].status) {
                    texts[index].status = status.rawValue
                }
                if let note = event.note { texts[index].note = note }
            } else {
                texts.append(TextMessage(at: event.at, status: (event.status ?? .sent).rawValue, sid: event.sid, note: event.note, channel: "whatsapp"))
            }
        case .whatsappConsent:
            whatsAppConsent = whatsAppConsent ?? event.at
        case .recording:
            var current = recording ?? Recording(sid: nil, url: nil, duration: nil, status: "started", stoppedByCaller: false)
            if let sid = event.sid { current.sid = sid }
            if let url = event.url { current.url = url }
            if let seconds = event.duration { current.duration = seconds }
            if let note = event.note { current.note = note }
            if let status = event.status {
                if status == .stoppedByCaller {
                    current.stoppedByCaller = true
                } else {
                    current.status = status.rawValue
                }
            }
            recording = current
        case .dial:
            handoff = event.status?.rawValue
            outcome = max(outcome, .handoff)
        case .voicemail:
            voicemail = Voicemail(at: event.at, url: event.url, sid: event.sid, duration: event.duration, context: event.note)
            outcome = max(outcome, .voicemail)
        }
    }

    private static func addNew(_ values: [String]?, to list: inout [String]) {
        for value in values ?? [] where !list.contains(value) { list.append(value) }
    }
}

extension CallRecord {
    /// How far a WhatsApp message got, for statuses that arrive out of order: a failure outranks
    /// every success, `read` outranks `delivered`, which outranks `sent` and `queued`.
    static func whatsAppRank(_ status: String) -> Int {
        switch status {
        case "queued", "accepted": return 0
        case "sent": return 1
        case "delivered": return 2
        case "read": return 3
        case "failed", "undelivered": return 4
        default: return 0
        }
    }

    /// The call's WhatsApp messages, and its SMS.
    public var whatsAppMessages: [TextMessage] { texts.filter { $0.channel == "whatsapp" } }
    public var smsMessages: [TextMessage] { texts.filter { $0.channel == nil } }
}
