import Shared
import Twilio

/// The voice and recognition language for each language a call can be held in.
struct Voices: Sendable, Equatable {
    var english: VoiceSettings
    var hindi: VoiceSettings

    init(english: VoiceSettings = VoiceSettings(), hindi: VoiceSettings = VoiceSettings(voice: "Polly.Aditi", language: "hi-IN")) {
        self.english = english
        self.hindi = hindi
    }

    subscript(language: Language) -> VoiceSettings {
        switch language {
        case .english: return english
        case .hindi: return hindi
        }
    }
}
