/// What a turn's session belongs to, each kind of conversation by its own identifier. Each
/// kind has a key space of its own (``RedisKeys/session(_:)``), so no id from one channel names
/// a session of another.
public enum ConversationID: Sendable, Hashable {
    /// A phone call: Twilio's CallSid.
    case phoneCall(CallSid)
    /// A text thread with one number: a stand-in derived from a keyed hash of the number, never
    /// the number itself.
    case textThread(CallSid)
    /// A WhatsApp thread with one number: a stand-in from a keyed hash of `whatsapp:` and the
    /// number, so it never names the same session as the number's SMS thread.
    case whatsAppThread(CallSid)
    /// A conversation on the web page or the JSON API: its signed session id.
    case webSession(WebSessionID)
    /// A one-off search: no session is kept; the turn's own id.
    case search(TurnID)

    /// The id call records, outbound jobs and logs file the conversation under (Call SID-shaped
    /// for every kind, as they have always been stored).
    public var recordSid: CallSid {
        switch self {
        case .phoneCall(let sid), .textThread(let sid), .whatsAppThread(let sid): return sid
        case .webSession(let session): return session.callSid
        case .search(let turn): return CallSid(digits: turn)
        }
    }
}
