import Foundation

/// A TwiML document: what Twilio should say and do next on a call.
///
/// Built from ``TwiML/Verb`` values and rendered with every piece of text escaped, so no input
/// can produce invalid XML. Both processes use it: the brain for answers, the gateway for the
/// holding and apology replies it sends on its own.
public struct TwiML: Sendable, Equatable {
    /// One instruction to Twilio.
    public enum Verb: Sendable, Equatable {
        case say(String)
        case pause(seconds: Int)
        case gather(Gather)
        case redirect(String)
        /// A warm hand-off: the agent hears a whisper and must press 1 before the caller is bridged.
        case dialAgent(AgentDial)
        /// Record a message for the agents.
        case record(MessageRecording)
        /// A text message answer (`/twilio/sms`).
        case message(String)
        case hangup
        /// `<Start><Recording>`: record the whole call, both sides on their own channel, from this
        /// TwiML on, with its status posted to `statusCallback` (no REST call that could race the
        /// call's start, error 21220).
        case startRecording(statusCallback: String)
        /// `<Stop><Recording name>`: stops the recording the greeting started, before anything
        /// after it is said, so "I've stopped recording" is true when it is heard.
        case stopRecording
        /// `<Connect><ConversationRelay>`: the call's words go to a WebSocket as text.
        case connectRelay(ConversationRelay)
    }

    /// `<Dial action timeout answerOnBridge><Number url>`: the agent's phone runs `whisperURL`
    /// (context, "press 1") before the caller is connected; Twilio posts the result to `action`.
    public struct AgentDial: Sendable, Equatable {
        public var number: String
        public var whisperURL: String
        public var action: String
        /// Seconds the agent's phone rings.
        public var timeout: Int
        /// The number the agent's phone shows (`callerId`); nil: Twilio passes the caller's own
        /// number. Calls to Indian numbers need a non-Indian caller ID (Twilio's India guidelines).
        public var callerID: String?
        /// The ring-back tone the caller hears meanwhile (`ringTone`, ISO country code).
        public var ringTone = "in"

        public init(number: String, whisperURL: String, action: String = TwilioRoutes.dialStatus, timeout: Int = 20, callerID: String? = nil) {
            self.number = number
            self.whisperURL = whisperURL
            self.action = action
            self.timeout = timeout
            self.callerID = callerID
        }
    }

    /// `<Record>` a voicemail, posted to `action` when done, and transcribed to
    /// `transcribeCallback` when there is one (Twilio transcribes English only, and messages of up
    /// to two minutes, so a transcribed one is kept within them).
    public struct MessageRecording: Sendable, Equatable {
        public var action: String
        public var transcribeCallback: String?
        /// Seconds.
        public var maxLength: Int

        /// Twilio transcribes recordings of at most two minutes
        /// (https://www.twilio.com/docs/voice/twiml/record#transcribe): a transcribed message is
        /// kept within that, so none is silently left without its text.
        public static let longestTranscribed = 120
        /// A message that is not transcribed (any language but English) may run longer.
        public static let longestUntranscribed = 180

        public init(action: String = TwilioRoutes.voicemail, transcribeCallback: String? = TwilioRoutes.voicemailTranscription, maxLength: Int? = nil) {
            self.action = action
            self.transcribeCallback = transcribeCallback
            let longest = transcribeCallback == nil ? Self.longestUntranscribed : Self.longestTranscribed
            self.maxLength = min(maxLength ?? longest, longest)
        }
    }

    /// A `<Gather>`: listen for the caller and post what they said (or pressed) to `action`.
    public struct Gather: Sendable, Equatable {
        public var prompt: [String]
        /// Sentences said after the prompt in a voice of their own (an offer in another language).
        public var otherVoice: [VoicedSentence] = []
        /// Also accept one key press (`input="dtmf speech"`, `numDigits="1"`).
        public var acceptsKeys = false
        /// Only one key press, no speech (`input="dtmf"`): a hand-off's whisper, where an agent's
        /// "Hello?" must not count as an answer.
        public var keysOnly = false
        /// Post to `action` even when nothing was heard (Loop AI's own turns, so silence is a
        /// turn); false lets the TwiML after the `<Gather>` run instead.
        public var actionOnEmptyResult = true
        public var action: String
        /// Words and phrases the caller is likely to say next (Twilio's recogniser weighs them);
        /// with a `hintSet`, this turn's own, sent between its leading hints and the rest.
        public var hints: [String]
        /// Hints shared with other answers, prepared once (``TwiML/HintSet``).
        public var hintSet: HintSet?
        /// Seconds of silence before Twilio gives up listening.
        public var timeout: Int

        public init(prompt: [String], action: String = TwilioRoutes.processSpeech, hints: [String] = [], timeout: Int = 6) {
            self.prompt = prompt
            self.action = action
            self.hints = hints
            self.timeout = timeout
        }

        /// The hints as sent: cleaned, unique, within ``TwiML/maximumHints``.
        public var sentHints: [String] {
            hintSet.map { $0.hints(with: hints) } ?? TwiML.cleanHints(hints)
        }
    }

    /// How fast every `<Say>` is spoken.
    public enum Pace: Sendable, Equatable {
        case normal
        /// Slower speech (SSML `<prosody rate="slow">`, which Polly and Google voices honour).
        case slow
    }

    /// A sentence with the voice that says it.
    public struct VoicedSentence: Sendable, Equatable {
        public var text: String
        public var voice: VoiceSettings

        public init(_ text: String, voice: VoiceSettings) {
            self.text = text
            self.voice = voice
        }
    }

    public var verbs: [Verb]
    public var pace: Pace = .normal

    public init(_ verbs: [Verb]) {
        self.verbs = verbs
    }

    /// The usual reply: say something, then listen, and if Twilio hears nothing at all, come back
    /// to the speech endpoint anyway so silence is handled by the dialog.
    public static func ask(_ sentences: [String], hints: [String] = []) -> TwiML {
        TwiML([
            .gather(Gather(prompt: sentences, hints: hints)),
            .redirect(TwilioRoutes.processSpeech),
        ])
    }

    /// Say something and end the call.
    public static func goodbye(_ sentences: [String]) -> TwiML {
        TwiML(sentences.map(Verb.say) + [.hangup])
    }

    /// The name the greeting's recording is started with, so a later answer can stop it in TwiML
    /// (https://www.twilio.com/docs/voice/twiml/recording: a recording started with a `name` is
    /// stopped with `<Stop>`).
    public static let recordingName = "loopai-call"


    public func render(_ voice: VoiceSettings) -> String {
        // Appends into one reserved string: this runs for every answer, and interpolations and
        // `a + b + c` temporaries were most of its cost.
        var xml = ""
        xml.reserveCapacity(2048)
        xml.append(#"<?xml version="1.0" encoding="UTF-8"?><Response>"#)
        let language = voice.language.xmlEscaped
        var sayOpen = #"<Say voice=""# + voice.voice.xmlEscaped + #"" language=""# + language + #"">"#
        var sayClose = "</Say>"
        if pace == .slow {
            sayOpen.append(#"<prosody rate="slow">"#)
            sayClose = "</prosody></Say>"
        }
        func say(_ text: String) {
            xml.append(sayOpen)
            xml.append(text.xmlEscaped)
            xml.append(sayClose)
        }
        for verb in verbs {
            switch verb {
            case .say(let text):
                say(text)
            case .pause(let seconds):
                xml.append(#"<Pause length=""#)
                xml.append(String(max(1, seconds)))
                xml.append(#""/>"#)
            case .gather(let gather) where gather.keysOnly:
                xml.append(#"<Gather input="dtmf" numDigits="1" action=""#)
                xml.append(gather.action.xmlEscaped)
                xml.append(#"" method="POST" timeout=""#)
                xml.append(String(gather.timeout))
                xml.append(gather.actionOnEmptyResult ? #"" actionOnEmptyResult="true">"# : #"">"#)
                for sentence in gather.prompt { say(sentence) }
                xml.append("</Gather>")
            case .gather(let gather):
                xml.append(gather.acceptsKeys ? #"<Gather input="dtmf speech" numDigits="1""# : #"<Gather input="speech""#)
                xml.append(#" action=""#)
                xml.append(gather.action.xmlEscaped)
                // With a speech model Twilio wants whole seconds of silence (warning 13335: "auto"
                // only with none).
                if let model = voice.speechModel {
                    xml.append(#"" method="POST" speechModel=""#)
                    xml.append(model.xmlEscaped)
                    xml.append(#"" speechTimeout=""#)
                    xml.append(String(voice.speechTimeout))
                    xml.append(#"" timeout=""#)
                } else {
                    xml.append(#"" method="POST" speechTimeout="auto" timeout=""#)
                }
                xml.append(String(gather.timeout))
                xml.append(#"" language=""#)
                xml.append(language)
                xml.append(#"" actionOnEmptyResult="true""#)
                if let set = gather.hintSet {
                    xml.append(#" hints=""#)
                    if set.render(with: gather.hints, into: &xml) { xml.append(#"""#) } else { xml.removeLast(8) }
                } else {
                    let hints = Self.cleanHints(gather.hints)
                    if !hints.isEmpty {
                        xml.append(#" hints=""#)
                        for (index, hint) in hints.enumerated() {
                            if index > 0 { xml.append(", ") }
                            xml.append(hint.xmlEscaped)
                        }
                        xml.append(#"""#)
                    }
                }
                xml.append(">")
                for sentence in gather.prompt { say(sentence) }
                for sentence in gather.otherVoice {
                    xml.append(#"<Say voice=""#)
                    xml.append(sentence.voice.voice.xmlEscaped)
                    xml.append(#"" language=""#)
                    xml.append(sentence.voice.language.xmlEscaped)
                    xml.append(#"">"#)
                    xml.append(sentence.text.xmlEscaped)
                    xml.append("</Say>")
                }
                xml.append("</Gather>")
            case .redirect(let url):
                xml.append(#"<Redirect method="POST">"#)
                xml.append(url.xmlEscaped)
                xml.append("</Redirect>")
            case .dialAgent(let dial):
                xml.append(#"<Dial action=""#)
                xml.append(dial.action.xmlEscaped)
                xml.append(#"" method="POST" timeout=""#)
                xml.append(String(dial.timeout))
                if let callerID = dial.callerID {
                    xml.append(#"" callerId=""#)
                    xml.append(callerID.xmlEscaped)
                }
                xml.append(#"" ringTone=""#)
                xml.append(dial.ringTone.xmlEscaped)
                xml.append(#"" answerOnBridge="true"><Number url=""#)
                xml.append(dial.whisperURL.xmlEscaped)
                xml.append(#"" method="POST">"#)
                xml.append(dial.number.xmlEscaped)
                xml.append("</Number></Dial>")
            case .record(let record):
                xml.append(#"<Record maxLength=""#)
                xml.append(String(record.maxLength))
                xml.append(#"" playBeep="true" action=""#)
                xml.append(record.action.xmlEscaped)
                if let callback = record.transcribeCallback {
                    xml.append(#"" method="POST" transcribe="true" transcribeCallback=""#)
                    xml.append(callback.xmlEscaped)
                    xml.append(#""/>"#)
                } else {
                    xml.append(#"" method="POST" transcribe="false"/>"#)
                }
            case .message(let text):
                xml.append("<Message>")
                xml.append(text.xmlEscaped)
                xml.append("</Message>")
            case .hangup:
                xml.append("<Hangup/>")
            case .stopRecording:
                xml.append(#"<Stop><Recording name=""# + Self.recordingName + #""/></Stop>"#)
            case .startRecording(let callback):
                xml.append(#"<Start><Recording name=""# + Self.recordingName + #"" channels="dual" recordingStatusCallback=""#)
                xml.append(callback.xmlEscaped)
                xml.append(#"" recordingStatusCallbackMethod="POST" recordingStatusCallbackEvent="in-progress completed absent"/></Start>"#)
            case .connectRelay(let relay):
                relay.render(into: &xml, hints: Self.cleanHints(relay.hints))
            }
        }
        xml.append("</Response>")
        return xml
    }
}
