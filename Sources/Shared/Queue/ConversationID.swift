/// What a turn's session belongs to. Each kind of conversation has its own identifier, and each
/// is kept under a Call SID-shaped session key.
public enum ConversationID: Sendable, Hashable {
    /// A phone call: Twilio's CallSid.
    case call(CallSid)
    /// A text conversation with one number (its session key is derived from the number).
    case sms(CallSid)
    /// A conversation on the web page or the JSON API.
    case web(WebSessionID)
    /// A one-off search: no session is kept.
    case search(TurnID)

    /// The session key's Call SID.
    public var sessionSid: CallSid {
        switch self {
        case .call(let sid), .sms(let sid): return sid
        case .web(let session): return session.callSid
        case .search(let turn): return CallSid(digits: turn)
        }
    }
}
