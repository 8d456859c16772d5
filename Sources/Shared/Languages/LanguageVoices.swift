import Twilio

extension Language {
    /// The languages a deployment offers unless `LANGUAGES` says otherwise, in the order of their keys.
    public static let offeredByDefault: [Language] = [.english, .hindi]

    /// Its name in English, for settings, logs and the agent's whisper.
    public var englishName: String {
        switch self {
        case .english: return "English"
        case .hindi: return "Hindi"
        case .marathi: return "Marathi"
        case .kannada: return "Kannada"
        }
    }

    /// Its name as its own speakers write it, for the web page's choice of language.
    public var ownName: String {
        switch self {
        case .english: return "English"
        case .hindi: return "हिंदी"
        case .marathi: return "मराठी"
        case .kannada: return "ಕನ್ನಡ"
        }
    }

    /// Its voice, recogniser language and speech models in both voice modes, unless settings named
    /// after the language say otherwise (``Language/settingSuffix``). The one place they are
    /// written: the brain, the gateway and `loop doctor` all read them from here.
    ///
    /// Languages Google has a telephony model for listen with it (`googlev2_telephony`,
    /// ConversationRelay's `telephony`). Marathi and Kannada speak with Google's WaveNet voices for
    /// `mr-IN` and `kn-IN` and listen with Google's general `long` model: Google lists no telephony
    /// model for either locale (docs/twilio.md has the pages, and what remains to be heard on a real call).
    public var defaultVoice: VoiceSettings {
        switch self {
        case .english:
            return Self.voice("Polly.Raveena", "en-IN", gather: "googlev2_telephony", relay: "en-IN-Neural2-A", relayModel: "telephony")
        case .hindi:
            return Self.voice("Polly.Aditi", "hi-IN", gather: "googlev2_telephony", relay: "hi-IN-Neural2-A", relayModel: "telephony")
        case .marathi:
            return Self.voice("Google.mr-IN-Wavenet-A", "mr-IN", gather: "googlev2_long", relay: "mr-IN-Wavenet-A", relayModel: "long")
        case .kannada:
            return Self.voice("Google.kn-IN-Wavenet-A", "kn-IN", gather: "googlev2_long", relay: "kn-IN-Wavenet-A", relayModel: "long")
        }
    }

    /// What its settings' names end in: `TWILIO_VOICE_HI`, `RELAY_VOICE_MR`; English's have none.
    public var settingSuffix: String { self == .english ? "" : "_" + rawValue.uppercased() }

    private static func voice(_ name: String, _ code: String, gather: String, relay: String, relayModel: String) -> VoiceSettings {
        var voice = VoiceSettings(voice: name, language: code, speechModel: gather)
        voice.relay.voice = relay
        voice.relay.speechModel = relayModel
        return voice
    }
}
