import Twilio

/// The language a call is held in. Kept in the session, so any brain continues in it; written by
/// the brain into the URLs Twilio calls next (``route(_:)``), so any gateway speaks its own few
/// words (holds, apologies) in it too.
///
/// Everything else a language brings — its phrase book, lexicon, key, voice — is its entry in the
/// brain's `LanguageRegistry`; adding a case here is a compile error until that entry and
/// ``gatewayLines`` exist.
public enum Language: String, Codable, Sendable, CaseIterable {
    case english = "en"
    case hindi = "hi"
    case marathi = "mr"
    case kannada = "kn"

    /// The query item a URL carries the call's language in: `lang=hi`.
    public static let queryName = "lang"

    /// `path` with the call's language, for a URL Twilio will call: unchanged for English, the
    /// language a gateway assumes when none is given.
    public func route(_ path: String) -> String {
        guard self != .english else { return path }
        return path + (path.contains("?") ? "&" : "?") + Self.queryName + "=" + rawValue
    }

    /// Whether Twilio transcribes a message left in this language: `<Record transcribe>` is
    /// English only (https://www.twilio.com/docs/voice/twiml/record#transcribe), so any other
    /// language's message is recorded and listed for a person to hear, never sent to transcribe.
    public var transcribedByTwilio: Bool {
        switch self {
        case .english: return true
        case .hindi, .marathi, .kannada: return false
        }
    }

    /// The language a URL's `lang` names; English when it names none this version knows.
    public init(query value: String?) {
        self = value.flatMap { Language(rawValue: $0.lowercased()) } ?? .english
    }
}
