/// The channels Loop AI messages a member on: each keeps its own allowance and its own opt-outs,
/// since a member may stop one and keep the other.
public enum MessageChannel: String, Codable, Sendable, CaseIterable {
    case sms
    case whatsapp

    /// How Twilio addresses a number on this channel: `+9198…` for SMS, `whatsapp:+9198…`.
    public func address(_ number: String) -> String {
        switch self {
        case .sms: return number
        case .whatsapp: return Self.whatsAppPrefix + number
        }
    }

    /// The prefix of a WhatsApp address (`From`, `To`) in Twilio's Messaging API.
    public static let whatsAppPrefix = "whatsapp:"
}
