/// `<Connect action><ConversationRelay …>`: Twilio recognises the caller's speech, sends it to a
/// WebSocket as text, and speaks the text sent back, letting the caller interrupt.
///
/// Rendered with the attributes Twilio documents for the noun: `url`, `welcomeGreeting`,
/// `language`, `ttsLanguage`, `transcriptionLanguage`, `ttsProvider`, `voice`, `transcriptionProvider`, `speechModel`, `interruptible`,
/// `welcomeGreetingInterruptible`, `dtmfDetection`, `hints`, `reportInputDuringAgentSpeech`; a `<Language>` per language the
/// call may switch to, and the call's context as `<Parameter>`s.
public struct ConversationRelay: Sendable, Equatable {
    /// The `wss://` URL of the socket.
    public var url: String
    /// Where Twilio posts when the session ends (`SessionStatus`, `HandoffData`).
    public var action: String
    /// Said by Twilio as the session opens: the greeting, or the question again after a reconnect.
    public var welcomeGreeting: String
    /// The language the session starts in (`en-IN`, `hi-IN`).
    public var language: String
    /// Each language the call may be held in, with how it is spoken and heard; the first is the
    /// starting one.
    public var languages: [Spoken]
    public var hints: [String]
    public var parameters: [Parameter]
    /// What of the caller's input reaches the socket while Loop AI is speaking. Twilio's default
    /// became `none` in May 2025: a key pressed during the greeting's offer of a language, or a list, would be lost.
    public var reportInputDuringAgentSpeech: InputDuringSpeech = .any
    /// What may cut the welcome greeting short: `none` while it carries the recording notice,
    /// which must be heard whole.
    public var welcomeGreetingInterruptible: InputDuringSpeech = .any

    /// `reportInputDuringAgentSpeech`'s values, as Twilio names them.
    public enum InputDuringSpeech: String, Sendable, Equatable, CaseIterable {
        case none, dtmf, speech, any
    }

    public init(url: String, action: String, welcomeGreeting: String, language: String, languages: [Spoken], hints: [String] = [], parameters: [Parameter] = []) {
        self.url = url
        self.action = action
        self.welcomeGreeting = welcomeGreeting
        self.language = language
        self.languages = languages
        self.hints = hints
        self.parameters = parameters
    }

    /// One `<Language>`: a language code with its voice and recogniser.
    public struct Spoken: Sendable, Equatable {
        public var code: String
        public var voice: VoiceSettings.RelayVoice

        public init(code: String, voice: VoiceSettings.RelayVoice) {
            self.code = code
            self.voice = voice
        }
    }

    /// One `<Parameter name value>`, sent back in the `setup` message's `customParameters`.
    public struct Parameter: Sendable, Equatable {
        public var name: String
        public var value: String

        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    func render(into xml: inout String, hints: [String]) {
        func attribute(_ name: String, _ value: String) {
            xml.append(" ")
            xml.append(name)
            xml.append(#"=""#)
            xml.append(value.xmlEscaped)
            xml.append(#"""#)
        }
        xml.append("<Connect")
        attribute("action", action)
        xml.append("><ConversationRelay")
        attribute("url", url)
        attribute("welcomeGreeting", welcomeGreeting)
        attribute("welcomeGreetingInterruptible", welcomeGreetingInterruptible.rawValue)
        attribute("language", language)
        if let starting = languages.first(where: { $0.code == language }) ?? languages.first {
            attribute("ttsProvider", starting.voice.ttsProvider)
            attribute("voice", starting.voice.voice)
            attribute("transcriptionProvider", starting.voice.transcriptionProvider)
            attribute("speechModel", starting.voice.speechModel)
        }
        attribute("ttsLanguage", language)
        attribute("transcriptionLanguage", language)
        attribute("interruptible", "any")
        attribute("dtmfDetection", "true")
        if !hints.isEmpty { attribute("hints", hints.joined(separator: ",")) }
        attribute("reportInputDuringAgentSpeech", reportInputDuringAgentSpeech.rawValue)
        xml.append(">")
        for spoken in languages {
            xml.append("<Language")
            attribute("code", spoken.code)
            attribute("ttsProvider", spoken.voice.ttsProvider)
            attribute("voice", spoken.voice.voice)
            attribute("transcriptionProvider", spoken.voice.transcriptionProvider)
            attribute("speechModel", spoken.voice.speechModel)
            xml.append("/>")
        }
        for parameter in parameters {
            xml.append("<Parameter")
            attribute("name", parameter.name)
            attribute("value", parameter.value)
            xml.append("/>")
        }
        xml.append("</ConversationRelay></Connect>")
    }
}
