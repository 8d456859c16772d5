/// The paths of Loop AI's Twilio webhooks, shared by the gateway's router and the TwiML it sends.
public enum TwilioRoutes {
    public static let voice = "/twilio/voice"
    public static let processSpeech = "/twilio/process-speech"
    /// The number's "Primary handler fails" URL: Twilio posts here (with `ErrorCode`, `ErrorUrl`)
    /// when the voice or speech webhook failed.
    public static let fallback = "/twilio/fallback"
    public static let status = "/twilio/status"
    /// Where a caller on hold is redirected to pick up a reply that took longer than the wait budget.
    public static let reply = "/twilio/reply"
    /// The number's messaging webhook: a text message arrived.
    public static let sms = "/twilio/sms"
    /// The WhatsApp sender's webhook: a WhatsApp message arrived (`From` is `whatsapp:+…`).
    public static let whatsapp = "/twilio/whatsapp"
    /// A WhatsApp message's status callback: `queued`, `sent`, `delivered`, `read`, `failed`,
    /// `undelivered`, with the call in the query (`?call=CA…`).
    public static let whatsappStatus = "/twilio/whatsapp-status"
    /// The call's status callback (`StatusCallback`): `initiated` … `completed`.
    public static let callStatus = "/twilio/call-status"
    /// The recording's status callback (`RecordingStatusCallback`).
    public static let recordingStatus = "/twilio/recording-status"
    /// A sent text's status callback (`StatusCallback` on the message): `sent`, `delivered`,
    /// `undelivered`, `failed`, with the call in the query (`?call=CA…`), which the signature covers.
    public static let smsStatus = "/twilio/sms-status"
    /// Where a hand-off's `<Dial>` reports how it ended (`DialCallStatus`).
    public static let dialStatus = "/twilio/dial-status"
    /// What the agent hears before being connected; pressing 1 takes the call.
    public static let agentWhisper = "/twilio/agent-whisper"
    /// The agent's key press after the whisper.
    public static let agentAccept = "/twilio/agent-accept"
    /// Where `<Record>` posts the caller's message.
    public static let voicemail = "/twilio/voicemail"
    /// The WebSocket ConversationRelay connects to (`VOICE_MODE=relay`).
    public static let relaySocket = "/twilio/relay"
    /// The `<Connect action>` Twilio posts to when a ConversationRelay session ends.
    public static let relayEnded = "/twilio/relay-ended"
    /// Where Twilio posts the message's transcription.
    public static let voicemailTranscription = "/twilio/voicemail-transcription"
}
