/// How a number's calls are held (`VOICE_MODE`).
public enum VoiceMode: String, Sendable, CaseIterable, Codable {
    /// `<Gather>` turns: each of the caller's turns is a webhook.
    case gather
    /// Twilio's ConversationRelay: the caller's words arrive on a WebSocket as text and the
    /// answer is spoken as it is sent, and the caller can cut it short.
    case relay
}
