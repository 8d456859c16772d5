import Foundation

/// A message ConversationRelay sends on the socket, as Twilio documents them: `setup` first,
/// then `prompt`, `dtmf`, `interrupt` and `error` as the call goes on.
public enum RelayMessage: Sendable, Equatable {
    case setup(Setup)
    /// What the caller said. `last` is false only for partial results of one utterance.
    case prompt(text: String, language: String?, last: Bool)
    case dtmf(digit: String)
    /// The caller spoke over Loop AI: what had been said until then.
    case interrupt(heard: String, milliseconds: Int?)
    case error(description: String)
    /// A type this version does not know: logged and ignored, the call goes on.
    case unknown(type: String)

    /// The `setup` message: the call behind the socket and the TwiML's `<Parameter>`s.
    public struct Setup: Sendable, Equatable {
        public var sessionId: String
        public var callSid: String
        public var from: String?
        public var to: String?
        public var customParameters: [String: String]

        public init(sessionId: String, callSid: String, from: String? = nil, to: String? = nil, customParameters: [String: String] = [:]) {
            self.sessionId = sessionId
            self.callSid = callSid
            self.from = from
            self.to = to
            self.customParameters = customParameters
        }
    }

    /// Why a message could not be read.
    public struct Malformed: Error, Sendable, Equatable, CustomStringConvertible {
        public var reason: String
        public var description: String { reason }
    }

    /// The message a text frame carries.
    public init(json text: String) throws(Malformed) {
        let object: [String: Any]
        do {
            guard let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
                throw Malformed(reason: "not a JSON object")
            }
            object = parsed
        } catch let malformed as Malformed {
            throw malformed
        } catch {
            throw Malformed(reason: "not JSON")
        }
        guard let type = object["type"] as? String else { throw Malformed(reason: "no \"type\"") }
        func string(_ name: String) -> String? { object[name] as? String }
        switch type {
        case "setup":
            guard let callSid = string("callSid") else { throw Malformed(reason: "a setup message without \"callSid\"") }
            var parameters: [String: String] = [:]
            for (name, value) in object["customParameters"] as? [String: Any] ?? [:] {
                if let value = value as? String { parameters[name] = value }
            }
            self = .setup(Setup(sessionId: string("sessionId") ?? "", callSid: callSid, from: string("from"), to: string("to"), customParameters: parameters))
        case "prompt":
            guard let text = string("voicePrompt") else { throw Malformed(reason: "a prompt without \"voicePrompt\"") }
            self = .prompt(text: text, language: string("lang"), last: object["last"] as? Bool ?? true)
        case "dtmf":
            guard let digit = string("digit"), !digit.isEmpty else { throw Malformed(reason: "a dtmf message without \"digit\"") }
            self = .dtmf(digit: digit)
        case "interrupt":
            // Twilio's examples give the duration both as a number and as a string.
            let duration = (object["durationUntilInterruptMs"] as? Int) ?? string("durationUntilInterruptMs").flatMap { Int($0) }
            self = .interrupt(heard: string("utteranceUntilInterrupt") ?? "", milliseconds: duration)
        case "error":
            self = .error(description: string("description") ?? "")
        default:
            self = .unknown(type: type)
        }
    }
}

/// A message Loop AI sends ConversationRelay.
public enum RelayCommand: Sendable, Equatable {
    /// Words to speak; `last` closes the answer; `language` (`hi-IN`) speaks them in another
    /// language's voice than the session's.
    case text(String, last: Bool, language: String? = nil, interruptible: Bool? = nil)
    /// Speak and listen in another language from now on (`ttsLanguage`, `transcriptionLanguage`).
    case language(String)
    /// Close the session; Twilio then posts `handoffData` to the `<Connect action>`.
    case end(handoffData: String?)

    /// One answer as text tokens, one per sentence, `last` on the final one. ConversationRelay
    /// speaks tokens as they are joined, and wants each to carry its own spacing: every token but
    /// the last ends in a space, whatever ends the sentence (".", "?", Devanagari's "।"), so
    /// "…in Pune." and "Here are three…" are never run together into "Pune.Here".
    /// `interruptible: false`: the caller cannot cut these short (the recording notice).
    public static func tokens(_ sentences: [(text: String, language: String?)], interruptible: Bool? = nil) -> [RelayCommand] {
        let spoken = sentences.filter { !$0.text.allSatisfy(\.isWhitespace) }
        return spoken.enumerated().map { index, sentence in
            let last = index == spoken.count - 1
            var token = sentence.text
            while token.last?.isWhitespace == true { token.removeLast() }
            return .text(last ? token : token + " ", last: last, language: sentence.language, interruptible: interruptible)
        }
    }

    /// The frame's text.
    public var json: String {
        let object: [String: Any]
        switch self {
        case .text(let token, let last, let language, let interruptible):
            var text: [String: Any] = ["type": "text", "token": token, "last": last]
            if let language { text["lang"] = language }
            if let interruptible { text["interruptible"] = interruptible }
            object = text
        case .language(let code):
            object = ["type": "language", "ttsLanguage": code, "transcriptionLanguage": code]
        case .end(let handoffData):
            object = handoffData.map { ["type": "end", "handoffData": $0] } ?? ["type": "end"]
        }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}
