/// One thing that happened on a call: a turn answered, a status from Twilio, an SMS, a
/// recording, a hand-off, a voicemail.
///
/// Whoever sees it appends it to the call's event list as it happens (``CallRecordStore``);
/// when the call is closed the list is kept as one entry of the call-records stream, and
/// readers fold it into a ``CallRecord``. Caller numbers only ever appear masked.
public struct CallEvent: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable {
        /// A turn the dialog answered.
        case turn
        /// Twilio's call status callback (`initiated`, `ringing`, `answered`, `completed`, …).
        case status
        /// An SMS Loop AI sent (or failed to send) to the caller.
        case sms
        /// A WhatsApp message Loop AI sent (or failed to send), and its statuses up to `read`.
        case whatsapp
        /// The caller agreed to be messaged on WhatsApp (asked once per call).
        case whatsappConsent = "whatsapp-consent"
        /// The call's recording (started, stopped, or its final status from Twilio).
        case recording
        /// The result of a hand-off to a person (`DialCallStatus`).
        case dial
        /// A message the caller left for the agents.
        case voicemail
    }

    public var kind: Kind
    /// Milliseconds since the epoch.
    public var at: Int64
    /// Turns: what the caller wanted and what came of it (``CallOutcome``).
    public var intent: DialogOutcome?
    public var outcome: CallOutcome?
    public var language: String?
    /// The caller's number, masked.
    public var caller: String?
    public var places: [String]?
    public var hospitals: [String]?
    /// Hospital names the caller asked for that the list lacks.
    public var notFound: [String]?
    /// Status-like events: Twilio's status, or Loop AI's own (``EventStatus``).
    public var status: EventStatus?
    /// Seconds (a call's or a recording's).
    public var duration: Int?
    public var sid: String?
    public var url: String?
    /// Free text: why an SMS failed, a voicemail's context.
    public var note: String?
    /// Turns of a phone call: how the call was held (``VoiceMode``).
    public var mode: VoiceMode?
    /// Turns: the caller's words as the recogniser heard them (`[pressed 2]` for keys).
    public var said: String?
    /// Turns: what Loop AI answered.
    public var answer: String?
    /// Turns: milliseconds from the gateway receiving the webhook to the answer being committed.
    public var latencyMs: Int?
    /// Turns of `<Gather>` calls: the recogniser's confidence in `said`, 0…1, when Twilio sent one.
    public var confidence: Double?

    public init(
        kind: Kind, at: Int64, intent: DialogOutcome? = nil, outcome: CallOutcome? = nil, language: String? = nil, caller: String? = nil,
        places: [String]? = nil, hospitals: [String]? = nil, notFound: [String]? = nil, status: EventStatus? = nil, duration: Int? = nil,
        sid: String? = nil, url: String? = nil, note: String? = nil
    ) {
        self.kind = kind
        self.at = at
        self.intent = intent
        self.outcome = outcome
        self.language = language
        self.caller = caller
        self.places = places
        self.hospitals = hospitals
        self.notFound = notFound
        self.status = status
        self.duration = duration
        self.sid = sid
        self.url = url
        self.note = note
    }
}

extension CallEvent {
    /// Reads every field a version ever wrote; an intent this version does not know (a later
    /// one's) reads as none rather than losing the whole event.
    public init(from decoder: any Decoder) throws {
        let fields = try decoder.container(keyedBy: CodingKeys.self)
        self.init(kind: try fields.decode(Kind.self, forKey: .kind), at: try fields.decode(Int64.self, forKey: .at))
        intent = try? fields.decodeIfPresent(DialogOutcome.self, forKey: .intent)
        outcome = try fields.decodeIfPresent(CallOutcome.self, forKey: .outcome)
        language = try fields.decodeIfPresent(String.self, forKey: .language)
        caller = try fields.decodeIfPresent(String.self, forKey: .caller)
        places = try fields.decodeIfPresent([String].self, forKey: .places)
        hospitals = try fields.decodeIfPresent([String].self, forKey: .hospitals)
        notFound = try fields.decodeIfPresent([String].self, forKey: .notFound)
        status = try fields.decodeIfPresent(EventStatus.self, forKey: .status)
        duration = try fields.decodeIfPresent(Int.self, forKey: .duration)
        sid = try fields.decodeIfPresent(String.self, forKey: .sid)
        url = try fields.decodeIfPresent(String.self, forKey: .url)
        note = try fields.decodeIfPresent(String.self, forKey: .note)
        mode = try fields.decodeIfPresent(VoiceMode.self, forKey: .mode)
        said = try fields.decodeIfPresent(String.self, forKey: .said)
        answer = try fields.decodeIfPresent(String.self, forKey: .answer)
        latencyMs = try fields.decodeIfPresent(Int.self, forKey: .latencyMs)
        confidence = try fields.decodeIfPresent(Double.self, forKey: .confidence)
    }
}
