import Foundation
import Twilio

/// One thing a caller did, as a gateway hands it to the brains through Redis.
///
/// Its encoding is the queue contract between the two processes. Turns travel in a compact
/// binary form with a version byte (``compact()``); brains still read the JSON that gateways
/// wrote before it, so upgrade brains before gateways.
public struct Turn: Sendable, Codable, Equatable {
    /// What happened on the call.
    public enum Kind: String, Sendable, Codable {
        /// The call connected (`/twilio/voice`).
        case callStarted = "call-started"
        /// The caller spoke, or stayed silent (`/twilio/process-speech`).
        case speech
        /// Twilio could not get a good answer from the primary webhook (`/twilio/fallback`).
        case fallback
        /// A text message arrived (`/twilio/sms`); the session is the sender's number's.
        case sms
        /// A hand-off to a person ended (`/twilio/dial-status`); ``Turn/extras`` holds `DialCallStatus`.
        case dialEnded = "dial-ended"
        /// The caller left a message after a hand-off nobody took (`/twilio/voicemail`);
        /// ``Turn/extras`` holds the recording's `RecordingSid`, `RecordingUrl` and `RecordingDuration`.
        case voicemail
        /// A question from the web page or `POST /converse`; answered with ``ConverseReply`` JSON.
        /// ``Turn/extras`` holds the `session` id.
        case web
        /// `/search-hospitals` or `/search-by-city`: no session, answered with ``SearchReply``
        /// JSON; ``Turn/extras`` holds `query`, `city` and `limit`.
        case search

        /// True for the turns of a phone call (not a text, web or search conversation): only
        /// these are recorded, announced as recorded, or go into call records.
        public var isPhoneCall: Bool { self != .sms && self != .web && self != .search }
    }

    public var version: Int = 1
    public var id: TurnID
    public var kind: Kind
    public var callSid: CallSid
    /// What the recogniser heard; empty when the caller said nothing.
    public var speech: String
    /// Twilio's confidence in `speech`, 0…1, when it sent one.
    public var confidence: Double?
    /// Keys the caller pressed instead of speaking (`Digits`), when a `<Gather>` accepted them.
    public var digits: String?
    /// The caller's number, already masked (`+91******5678`): brains never need the real one.
    public var caller: String?
    /// The caller's number in clear (`From`), only so a brain can queue an SMS the caller asked
    /// for; never logged, never stored in a session or a call record.
    public var replyNumber: String?
    /// Other webhook fields a kind needs (see ``Kind``).
    public var extras: [String: String]?
    /// Milliseconds since the epoch when the gateway received the webhook.
    public var receivedAt: Int64
    /// The list the gateway that holds the HTTP request is blocking on.
    public var replyTo: String

    public init(
        id: TurnID, kind: Kind, callSid: CallSid, speech: String, confidence: Double?, digits: String? = nil, caller: String?, replyNumber: String? = nil,
        extras: [String: String]? = nil, receivedAt: Int64, replyTo: String
    ) {
        self.id = id
        self.kind = kind
        self.callSid = callSid
        self.speech = speech
        self.confidence = confidence
        self.digits = digits
        self.caller = caller
        self.replyNumber = replyNumber
        self.extras = extras
        self.receivedAt = receivedAt
        self.replyTo = replyTo
    }

    /// The longest utterance kept; longer speech is cut at a word boundary.
    public static let maximumSpeechLength = 500

    /// The turn as queued: the compact encoding (``Turn+Compact.swift``).
    public func encoded() throws -> [UInt8] {
        compact()
    }

    /// Reads a queued turn in the compact encoding, or in the JSON that gateways wrote before it.
    public static func decode(_ bytes: [UInt8]) throws -> Turn {
        if bytes.first == UInt8(ascii: "{") { return try JSONDecoder().decode(Turn.self, from: Data(bytes)) }
        return try Turn(compact: bytes)
    }
}

/// A brain's answer to one turn, as delivered to the gateway that waits for it.
///
/// On the gateway's reply list it travels as `turnId` + newline + TwiML, so the gateway can
/// hand the TwiML to the caller without parsing it.
public struct TurnReply: Sendable, Equatable {
    public var turn: TurnID
    public var twiml: String

    public init(turn: TurnID, twiml: String) {
        self.turn = turn
        self.twiml = twiml
    }

    public var framed: [UInt8] {
        Array(turn.value.utf8) + [10] + Array(twiml.utf8)
    }

    public init?(framed bytes: [UInt8]) {
        guard let newline = bytes.firstIndex(of: 10),
            let turn = TurnID(String(decoding: bytes[..<newline], as: UTF8.self))
        else { return nil }
        self.turn = turn
        self.twiml = String(decoding: bytes[(newline + 1)...], as: UTF8.self)
    }
}
