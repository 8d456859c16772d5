import Foundation
import Shared
import Twilio

/// The form fields of one Twilio webhook, with typed access to the ones Loop AI uses.
struct TwilioForm: Sendable {
    /// The body's fields, then any query parameters the body did not have (a redirect may come as GET).
    let body: FormBody

    init(body: FormBody) {
        self.body = body
    }

    /// The first value sent under `name`.
    subscript(name: String) -> String? { body.first(name) }

    /// The call, when the `CallSid` field has Twilio's shape.
    var callSid: CallSid? { self["CallSid"].flatMap(CallSid.init) }

    /// What the caller said, cleaned for the queue: control characters removed, whitespace
    /// collapsed, and cut at a word boundary to ``Turn/maximumSpeechLength`` characters.
    var speech: String { Self.clean(self["SpeechResult"] ?? "") }

    /// The recogniser's confidence, when present and a number in 0…1.
    var confidence: Double? {
        guard let text = self["Confidence"], let value = Double(text), value.isFinite else { return nil }
        return min(max(value, 0), 1)
    }

    /// Keys the caller pressed (`Digits`): only 0-9, * and #, at most eight.
    var digits: String? {
        guard let raw = self["Digits"], !raw.isEmpty, raw.count <= 8, raw.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "*" || $0 == "#") }) else {
            return nil
        }
        return raw
    }

    /// The caller's number, masked for logs and the queue.
    var maskedCaller: String? { self["From"].map(Masking.phoneNumber) }

    /// The caller's number in clear, when it is a phone number (`+` and 6 to 15 digits): the only
    /// number an SMS may go to. Withheld numbers and client identities give nil.
    var replyNumber: String? {
        guard let from = self["From"], from.hasPrefix("+"), (7...16).contains(from.count), from.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber })
        else { return nil }
        return from
    }

    /// A WhatsApp sender's number (`From` is `whatsapp:+…`), without the prefix, when it is a phone
    /// number and agrees with `WaId` (the same digits, without `+`) where Twilio sends one.
    var whatsAppNumber: String? {
        guard let from = self["From"], from.hasPrefix(MessageChannel.whatsAppPrefix) else { return nil }
        let number = String(from.dropFirst(MessageChannel.whatsAppPrefix.count))
        guard number.hasPrefix("+"), (7...16).contains(number.count), number.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        if let id = self["WaId"], id != String(number.dropFirst()) { return nil }
        return number
    }

    /// A recording's URL, only when it is Twilio's own (`https://…twilio.com/…`): the dashboard
    /// links it for operators, so a forged callback must not plant a link to anywhere else.
    func twilioMediaURL(_ name: String) -> String? {
        guard let text = self[name], text.utf8.count <= 512, let url = URL(string: text), url.scheme == "https",
            let host = url.host?.lowercased(), host == "twilio.com" || host.hasSuffix(".twilio.com")
        else { return nil }
        return text
    }

    /// Why Twilio says something failed ("Twilio error 21220"): nil when it sent no code or `0`,
    /// which it sends with every success and is no error at all.
    var twilioError: String? {
        guard let code = cleaned("ErrorCode"), code.contains(where: { $0 != "0" }) else { return nil }
        return "Twilio error \(code.prefix(16))"
    }

    /// A field cleaned like speech, when present and not empty.
    func cleaned(_ name: String) -> String? {
        guard let value = self[name], !value.isEmpty else { return nil }
        return Self.clean(value)
    }

    static func clean(_ raw: String) -> String {
        var words: [Substring] = []
        var length = 0
        let scalars = raw.unicodeScalars.map { scalar -> Character in
            let value = scalar.value
            if value < 0x20 || (0x7F...0x9F).contains(value) || value == 0xFFFD || value == 0xFFFE || value == 0xFFFF { return " " }
            return Character(scalar)
        }
        let text = String(scalars)
        for word in text.split(whereSeparator: \.isWhitespace) {
            let added = word.count + (words.isEmpty ? 0 : 1)
            if length + added > Turn.maximumSpeechLength {
                if words.isEmpty { words.append(word.prefix(Turn.maximumSpeechLength)) }
                break
            }
            words.append(word)
            length += added
        }
        return words.joined(separator: " ")
    }
}
