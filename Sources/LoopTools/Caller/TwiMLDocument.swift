import Foundation
import Shared
import Twilio

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A TwiML reply as a caller experiences it: what is said, then what happens next.
///
/// Parsed the way Twilio reads it, so simulations (the terminal caller, the tests, the load
/// benchmark) see exactly what a real call would.
struct TwiMLDocument: Sendable, Equatable {
    /// What Twilio does after speaking.
    enum Next: Sendable, Equatable {
        /// Listen for speech and post it to `action`.
        case gather(action: String, hints: [String])
        /// Fetch more TwiML from `url`.
        case redirect(String)
        case hangup
        case dial(String)
        /// Record a message and post it to `action`.
        case record(action: String)
        /// The document ends without a next step (Twilio would hang up).
        case end
        /// `<Connect><ConversationRelay>`: open the socket.
        case relay(RelayConnect)
    }

    /// What `<Connect><ConversationRelay>` asks of Twilio.
    struct RelayConnect: Sendable, Equatable {
        var url: String
        var action: String
        var welcomeGreeting: String
        var language: String
        var hints: [String]
        var parameters: [String: String]
        var languages: [String]
    }

    var said: [String] = []
    var next: Next = .end
    /// The fallback after a `<Gather>` (used when the caller stays silent).
    var fallback: String?
    var xml: String = ""
    /// `<Message>` bodies (an SMS reply).
    var messages: [String] = []
    /// A warm hand-off's `<Dial action>` and `<Number url>` (the agent's whisper).
    var dialAction: String?
    var whisperURL: String?
    /// A `<Record>`'s transcription callback.
    var transcribeCallback: String?

    /// All the spoken text in one string.
    var text: String { said.joined(separator: " ") }

    init(xml: String) throws {
        self.xml = xml
        let delegate = Reader()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = delegate
        guard parser.parse(), delegate.sawResponse else {
            throw TwiMLError(message: "not a TwiML document: \(parser.parserError.map { "\($0)" } ?? "no <Response>")", xml: xml)
        }
        said = delegate.said
        next = delegate.next ?? .end
        fallback = delegate.fallback
        messages = delegate.messages
        dialAction = delegate.dialAction
        whisperURL = delegate.whisperURL
        transcribeCallback = delegate.transcribeCallback
    }

    private final class Reader: NSObject, XMLParserDelegate {
        var said: [String] = []
        var next: Next?
        var fallback: String?
        var sawResponse = false
        var messages: [String] = []
        var dialAction: String?
        var whisperURL: String?
        var transcribeCallback: String?
        private var number = ""
        private var text = ""
        private var inGather = false
        private var gather: (action: String, hints: [String])?
        private var connectAction: String?
        private var relay: RelayConnect?

        /// SSML inside `<Say>` (`<prosody>`, `<break>`…): its text is part of what is said.
        static let ssml: Set<String> = ["prosody", "break", "emphasis", "say-as", "s", "p", "phoneme", "sub", "lang", "w"]

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            guard !Self.ssml.contains(name) else { return }
            text = ""
            switch name {
            case "Response": sawResponse = true
            case "Gather":
                inGather = true
                let hints = (attributes["hints"] ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                gather = (attributes["action"] ?? TwilioRoutes.processSpeech, hints)
            case "Dial": dialAction = attributes["action"]
            case "Connect": connectAction = attributes["action"]
            case "ConversationRelay":
                let greeting = attributes["welcomeGreeting"] ?? ""
                if !greeting.isEmpty { said.append(greeting) }
                relay = RelayConnect(
                    url: attributes["url"] ?? "", action: connectAction ?? "", welcomeGreeting: greeting, language: attributes["language"] ?? "en-US",
                    hints: (attributes["hints"] ?? "").split(separator: ",").map(String.init), parameters: [:], languages: [])
            case "Language": relay?.languages.append(attributes["code"] ?? "")
            case "Parameter": relay?.parameters[attributes["name"] ?? ""] = attributes["value"] ?? ""
            case "Number": whisperURL = attributes["url"]
            case "Record":
                transcribeCallback = attributes["transcribeCallback"]
                if next == nil { next = .record(action: attributes["action"] ?? "") }
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            text += string
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            guard !Self.ssml.contains(name) else { return }
            let content = text.trimmingCharacters(in: .whitespacesAndNewlines)
            switch name {
            case "Say": said.append(content)
            case "Gather":
                inGather = false
                if next == nil, let gather { next = .gather(action: gather.action, hints: gather.hints) }
            case "Redirect":
                if case .gather? = next { fallback = content } else if next == nil { next = .redirect(content) }
            case "Hangup":
                if next == nil { next = .hangup }
            case "Number": number = content
            case "Dial":
                if next == nil { next = .dial(content.isEmpty ? number : content) }
            case "Message": messages.append(content)
            case "ConversationRelay":
                if next == nil, let relay { next = .relay(relay) }
            default: break
            }
            text = ""
        }
    }
}

/// A reply that is not TwiML at all.
struct TwiMLError: Error, CustomStringConvertible {
    let message: String
    let xml: String
    var description: String { message }
}
