/// The id of a conversation on the web page or the JSON API: `web_`, 32 hexadecimal digits of
/// randomness (128 bits) and 16 of a signature over them (``ConversationKeys``).
///
/// Only a gateway that holds the signing secret issues one, so nobody can name a conversation
/// they were not given; an id whose signature does not hold starts a new conversation. Its
/// random part maps onto a Call SID-shaped session key in the web's own key space.
public struct WebSessionID: Sendable, Hashable, CustomStringConvertible {
    /// The id as issued, signature included.
    public let value: String
    /// The random part, as the session key's Call SID.
    public let callSid: CallSid

    /// Parses the shape only; whether the signature holds is ``ConversationKeys/verify(_:)``'s to say.
    public init?(_ text: String) {
        guard text.utf8.count == 4 + 48, text.hasPrefix("web_"), let digits = TurnID(String(text.dropFirst(4).prefix(32))),
            text.utf8.dropFirst(36).allSatisfy({ $0.isHexDigit })
        else { return nil }
        value = text.lowercased()
        callSid = CallSid(digits: digits)
    }

    init(random: TurnID, signature: String) {
        value = "web_" + random.value + signature
        callSid = CallSid(digits: random)
    }

    /// The random part.
    var random: TurnID? { TurnID(String(value.dropFirst(4).prefix(32))) }

    public var description: String { value }
}
