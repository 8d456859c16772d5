/// The id of a conversation on the web page or the JSON API: `web_` and 32 hexadecimal digits.
///
/// It maps one-to-one onto a Call SID, so a web conversation's session is the same Redis
/// session a phone call has and any gateway and brain serve it.
public struct WebSessionID: Sendable, Hashable, CustomStringConvertible {
    public let value: String
    /// The session key's Call SID.
    public let callSid: CallSid

    public init?(_ text: String) {
        guard text.hasPrefix("web_"), let digits = TurnID(String(text.dropFirst(4))) else { return nil }
        value = text
        callSid = CallSid(digits: digits)
    }

    private init(digits: TurnID) {
        value = "web_" + digits.value
        callSid = CallSid(digits: digits)
    }

    /// The web session whose key is `callSid` (a turn queued without its `web_` id).
    init(callSid: CallSid) {
        value = "web_" + callSid.value.dropFirst(2).lowercased()
        self.callSid = callSid
    }

    /// A new conversation.
    public static func random() -> WebSessionID {
        WebSessionID(digits: .random())
    }

    public var description: String { value }
}
