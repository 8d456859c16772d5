/// A brain's answer to a ConversationRelay prompt, as the gateway holding the socket speaks it.
///
/// The gateway turns it into Twilio's messages: `language` when the call's language changed,
/// one `text` token per sentence (`last` on the final one), then `end` with ``Ending`` as the
/// `handoffData` when Loop AI is done with the socket.
public struct RelayReply: Codable, Sendable, Equatable {
    /// The sentences to speak, in order.
    public var sentences: [String]
    /// The call's language after this turn.
    public var language: Language
    /// Said after `sentences`, each in its own language's voice: the offers of the other
    /// languages ("हिंदी के लिए …") when Loop AI makes them.
    public var voiced: [Voiced]?
    /// Set when the socket is to close: what Twilio's `<Connect action>` callback then does.
    public var ending: Ending?
    /// True when the caller must hear `sentences` whole (they carry the recording notice).
    public var uninterruptible: Bool?

    public init(sentences: [String], language: Language, voiced: [Voiced]? = nil, ending: Ending? = nil, uninterruptible: Bool? = nil) {
        self.sentences = sentences
        self.language = language
        self.voiced = voiced
        self.ending = ending
        self.uninterruptible = uninterruptible
    }

    /// A sentence in another language than the call's.
    public struct Voiced: Codable, Sendable, Equatable {
        public var text: String
        public var language: Language

        public init(text: String, language: Language) {
            self.text = text
            self.language = language
        }
    }

    /// The `<Parameter>` that carries a greeting's offer of `language` ("हिंदी के लिए …"), said by
    /// the gateway in that language's voice once the socket opens.
    public static func offerParameter(_ language: Language) -> String { "offer-" + language.rawValue }

    /// The language an offer parameter is in; nil for other parameters.
    public static func offered(byParameter name: String) -> Language? {
        guard name.hasPrefix("offer-") else { return nil }
        return Language(rawValue: String(name.dropFirst("offer-".count)))
    }

    /// What the call does after the relay session, carried to `/twilio/relay-ended` in
    /// `handoffData` (`{"reason":"handoff"}`).
    public enum Ending: String, Codable, Sendable, Equatable {
        /// A person takes over: the callback answers with the warm `<Dial>`.
        case handoff
        /// The caller said goodbye (or went silent): the callback hangs up.
        case goodbye
        /// Nobody took a hand-off: the callback records a message.
        case message

        /// The `handoffData` string of the `end` message.
        public var handoffData: String { #"{"reason":""# + rawValue + #""}"# }

        /// The ending a `HandoffData` string names; nil for none, or for data that is not ours.
        public init?(handoffData: String?) {
            guard let handoffData, let start = handoffData.range(of: #""reason":""#) else { return nil }
            let rest = handoffData[start.upperBound...]
            guard let end = rest.firstIndex(of: "\"") else { return nil }
            self.init(rawValue: String(rest[..<end]))
        }
    }
}
