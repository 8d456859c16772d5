/// How Loop AI sounds and listens: the TTS voice and the recognition language (`TWILIO_VOICE`, `TWILIO_LANGUAGE`).
public struct VoiceSettings: Sendable, Equatable, Codable {
    public var voice: String
    public var language: String

    public init(voice: String = "Polly.Joanna", language: String = "en-US") {
        self.voice = voice
        self.language = language
    }
}

extension VoiceSettings {
    /// The voice agents hear in a hand-off's whisper: always English.
    public static let agent = VoiceSettings()
}
