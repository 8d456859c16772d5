import Foundation
import Shared

/// The parameters of one Twilio voice webhook, and the signed request that carries them.
///
/// Used wherever Loop AI plays Twilio: the terminal caller, the load benchmark, the soak run and
/// the tests. Field names and encoding are Twilio's (`application/x-www-form-urlencoded`);
/// ``TwilioSigner`` adds the headers and signature, so the gateway cannot tell these requests
/// from real ones.
public struct TwilioWebhook: Sendable {
    public var parameters: [(String, String)]

    public init(parameters: [(String, String)]) {
        self.parameters = parameters
    }

    /// The fields Twilio posts to the voice URL when a call connects.
    public static func callStarted(callSid: String, from: String, to: String, accountSid: String) -> TwilioWebhook {
        TwilioWebhook(
            parameters: commonFields(callSid: callSid, from: from, to: to, accountSid: accountSid) + [
                ("CallStatus", "ringing")
            ])
    }

    /// The fields Twilio posts to a `<Gather>` action; `speech == nil` is a caller who said nothing.
    public static func speech(_ speech: String?, confidence: Double?, callSid: String, from: String, to: String, accountSid: String) -> TwilioWebhook {
        var fields =
            commonFields(callSid: callSid, from: from, to: to, accountSid: accountSid) + [
                ("CallStatus", "in-progress"),
                ("Language", "en-IN"),
            ]
        if let speech {
            fields.append(("SpeechResult", speech))
            fields.append(("Confidence", String(format: "%.8f", confidence ?? 0.9)))
        }
        return TwilioWebhook(parameters: fields)
    }

    /// The fields Twilio posts to a `<Gather input="dtmf speech">` action when the caller pressed keys.
    public static func keys(_ digits: String, callSid: String, from: String, to: String, accountSid: String) -> TwilioWebhook {
        TwilioWebhook(
            parameters: commonFields(callSid: callSid, from: from, to: to, accountSid: accountSid) + [
                ("CallStatus", "in-progress"),
                ("Digits", digits),
                ("FinishedOnKey", ""),
            ])
    }

    /// A callback about a call (status, dial result, recording, voicemail): the call's fields and `fields`.
    public static func callback(_ fields: [(String, String)], callSid: String, from: String, to: String, accountSid: String) -> TwilioWebhook {
        TwilioWebhook(parameters: commonFields(callSid: callSid, from: from, to: to, accountSid: accountSid) + fields)
    }

    /// The fields Twilio posts to a number's messaging webhook when a text message arrives.
    public static func sms(_ body: String, from: String, to: String, accountSid: String) -> TwilioWebhook {
        let sid = "SM" + TurnID.random().value
        return TwilioWebhook(parameters: [
            ("ToCountry", "IN"), ("SmsMessageSid", sid), ("NumMedia", "0"), ("FromCountry", "IN"), ("SmsSid", sid), ("SmsStatus", "received"),
            ("Body", body), ("To", to), ("NumSegments", "1"), ("MessageSid", sid), ("AccountSid", accountSid), ("From", from),
            ("ApiVersion", "2010-04-01"),
        ])
    }

    /// The fields Twilio posts to a WhatsApp sender's webhook: `From`/`To` as `whatsapp:+…`, the
    /// member's `ProfileName` and `WaId` (their number's digits).
    public static func whatsApp(_ body: String, from: String, to: String, profileName: String, accountSid: String) -> TwilioWebhook {
        let sid = "SM" + TurnID.random().value
        return TwilioWebhook(parameters: [
            ("SmsMessageSid", sid), ("NumMedia", "0"), ("ProfileName", profileName), ("MessageType", "text"), ("SmsSid", sid),
            ("WaId", String(from.drop { $0 != "+" }.dropFirst())), ("SmsStatus", "received"), ("Body", body), ("To", "whatsapp:" + to),
            ("NumSegments", "1"), ("ReferralNumMedia", "0"), ("MessageSid", sid), ("AccountSid", accountSid), ("From", "whatsapp:" + from),
            ("ApiVersion", "2010-04-01"),
        ])
    }

    private static func commonFields(callSid: String, from: String, to: String, accountSid: String) -> [(String, String)] {
        [
            ("AccountSid", accountSid),
            ("ApiVersion", "2010-04-01"),
            ("CallSid", callSid),
            ("Called", to),
            ("CalledCountry", "IN"),
            ("Caller", from),
            ("CallerCountry", "IN"),
            ("Direction", "inbound"),
            ("From", from),
            ("FromCountry", "IN"),
            ("To", to),
            ("ToCountry", "IN"),
        ]
    }

    /// The form-encoded body, as Twilio sends it.
    public var body: String {
        parameters.map { "\(Self.formEncode($0.0))=\(Self.formEncode($0.1))" }.joined(separator: "&")
    }

    private static let unreserved: CharacterSet = {
        var set = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)...Unicode.Scalar(127)))
        set.insert(charactersIn: "-._*")
        return set
    }()

    static func formEncode(_ text: String) -> String {
        (text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? "").replacingOccurrences(of: "%20", with: "+")
    }

    /// A random Call SID in Twilio's format.
    public static func randomCallSid() -> String {
        CallSid.random().value
    }
}
