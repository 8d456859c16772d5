/// Work for Twilio's REST API that a turn asked for: an SMS or a WhatsApp template to the
/// caller, or starting or stopping the call's recording.
///
/// Queued in Redis with the turn's commit (``Outbox``), never sent on a webhook's path. Its
/// ``id`` is the idempotency key: the turn that asked for it, so a turn redone or a job taken
/// again after a crash never becomes a second SMS.
public struct OutboundJob: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable {
        case sms
        case startRecording = "start-recording"
        case stopRecording = "stop-recording"
        /// An approved WhatsApp template (`ContentSid`, `ContentVariables`), never free-form text:
        /// a call opens no customer-service window.
        case whatsapp
    }

    public var id: String
    public var kind: Kind
    public var call: CallSid
    /// SMS: the caller's own number, in clear (it never leaves Redis otherwise).
    public var to: String?
    public var body: String?
    /// WhatsApp: the approved template's SID (`HX…`) and its variables as Twilio's JSON object.
    public var contentSid: String?
    public var contentVariables: String?
    /// WhatsApp: the SMS sent instead if the message fails, set only when the number may be texted.
    public var fallbackBody: String?
    /// An SMS sent because a WhatsApp message failed: the caps and opt-outs are checked when it is sent.
    public var isFallback: Bool?
    /// How many times a sender has tried it.
    public var attempts: Int
    /// Milliseconds since the epoch.
    public var createdAt: Int64

    public init(
        id: String, kind: Kind, call: CallSid, to: String? = nil, body: String? = nil, contentSid: String? = nil, contentVariables: String? = nil,
        fallbackBody: String? = nil, isFallback: Bool? = nil, attempts: Int = 0, createdAt: Int64
    ) {
        self.id = id
        self.kind = kind
        self.call = call
        self.to = to
        self.body = body
        self.contentSid = contentSid
        self.contentVariables = contentVariables
        self.fallbackBody = fallbackBody
        self.isFallback = isFallback
        self.attempts = attempts
        self.createdAt = createdAt
    }
}
