/// What a status-like event reports: Twilio's call, dial, recording or message status
/// (`completed`, `no-answer`, `delivered`, `absent`, …), or Loop AI's own (`sent`, `failed`,
/// `started`, `stopped-by-caller`, `<job>-failed`).
///
/// Twilio's statuses are an open set (a new one must not lose the event), so this is a value
/// over the word as said, like `HTTPResponse.Status`, with the ones Loop AI acts on named. It is
/// stored as that word, so records written before it read the same.
public struct EventStatus: RawRepresentable, Codable, Hashable, Sendable {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// A status as Twilio's callback sent it, at most 32 characters (it is stored with the
    /// record); ``unknown`` when it sent none.
    public init(twilio value: some StringProtocol) {
        self.init(rawValue: value.isEmpty ? Self.unknown.rawValue : String(value.prefix(32)))
    }

    /// Twilio's text statuses that mean it was not delivered.
    public static let undelivered = EventStatus(rawValue: "undelivered")

    /// A text sent, or a send that failed.
    public static let sent = EventStatus(rawValue: "sent")
    public static let failed = EventStatus(rawValue: "failed")
    /// The call's recording started, or the caller had it stopped.
    public static let started = EventStatus(rawValue: "started")
    public static let stoppedByCaller = EventStatus(rawValue: "stopped-by-caller")
    /// Twilio's: the call (or leg) completed; a recording that holds no audio.
    public static let completed = EventStatus(rawValue: "completed")
    /// Twilio's other ends of a call: nobody took it, it was busy, it was cancelled.
    public static let noAnswer = EventStatus(rawValue: "no-answer")
    public static let busy = EventStatus(rawValue: "busy")
    public static let canceled = EventStatus(rawValue: "canceled")
    public static let absent = EventStatus(rawValue: "absent")
    /// A hand-off's end Twilio gave no status for.
    public static let unknown = EventStatus(rawValue: "unknown")

    /// An outbound job of `kind` (`startRecording`, `stopRecording`) that failed.
    public static func failed(_ kind: String) -> EventStatus { EventStatus(rawValue: kind + "-failed") }
}
