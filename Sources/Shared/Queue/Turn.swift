import Foundation

/// One thing a caller did, as a gateway hands it to the brains through Redis.
///
/// What happened is the ``payload``, one case per kind of webhook or request, each carrying
/// exactly the fields that kind has; which conversation it belongs to is the ``conversation``.
/// Adding a kind is adding a ``Payload`` case: every switch over it, the queue encoding among
/// them, fails to compile until it handles the new one.
///
/// Its encoding is the queue contract between the two processes: a compact binary form with a
/// version byte (``Turn+Compact.swift``); brains still read the JSON that gateways wrote before
/// it, so upgrade brains before gateways.
public struct Turn: Sendable, Equatable {
    public var id: TurnID
    public var conversation: ConversationID
    public var payload: Payload
    /// Milliseconds since the epoch when the gateway received the webhook or request.
    public var receivedAt: Int64
    /// The list the gateway that holds the HTTP request is blocking on.
    public var replyTo: String

    public init(id: TurnID, conversation: ConversationID, payload: Payload, receivedAt: Int64, replyTo: String) {
        self.id = id
        self.conversation = conversation
        self.payload = payload
        self.receivedAt = receivedAt
        self.replyTo = replyTo
    }

    /// The longest utterance kept; longer speech is cut at a word boundary.
    public static let maximumSpeechLength = 500

    /// The turn as queued: the compact encoding (``Turn+Compact.swift``).
    public func encoded() -> [UInt8] {
        compact()
    }

    /// Reads a queued turn in the compact encoding, or in the JSON that gateways wrote before it.
    public static func decode(_ bytes: [UInt8]) throws -> Turn {
        if bytes.first == UInt8(ascii: "{") { return try JSONDecoder().decode(LegacyJSONTurn.self, from: Data(bytes)).turn() }
        return try Turn(compact: bytes)
    }
}

extension Turn {
    /// What happened, with the fields of that kind of event.
    public enum Payload: Sendable, Equatable {
        /// The call connected (`/twilio/voice`). `relay`: the WebSocket URL Twilio's
        /// ConversationRelay is to connect to, when the number answers in relay mode
        /// (`VOICE_MODE=relay`); nil for `<Gather>` turns.
        case callStarted(Caller, relay: String? = nil)
        /// The caller spoke, pressed keys, or stayed silent (`/twilio/process-speech`).
        case speech(Utterance, Caller)
        /// Twilio could not get a good answer from the primary webhook (`/twilio/fallback`).
        case fallback(Caller)
        /// A text message arrived (`/twilio/sms`).
        case sms(text: String, Caller)
        /// A WhatsApp message arrived (`/twilio/whatsapp`); the caller's number without `whatsapp:`.
        case whatsapp(text: String, Caller)
        /// A hand-off to a person ended (`/twilio/dial-status`).
        case dialEnded(DialResult, Caller)
        /// The caller left a message after a hand-off nobody took (`/twilio/voicemail`).
        case voicemail(Recording, Caller)
        /// ConversationRelay: the caller finished speaking (a `prompt` with `last: true`) or pressed
        /// a key (`dtmf`). `interrupted`: the caller had cut Loop AI's last answer short first.
        case relayPrompt(Utterance, interrupted: Interruption?, Caller)
        /// ConversationRelay's session ended (`/twilio/relay-ended`, the `<Connect action>`): with
        /// a hand-off or a goodbye Loop AI asked for, or because the socket went away.
        case relayEnded(RelayEnding, Caller)
        /// A question from the web page or `POST /converse`; answered with ``ConverseReply`` JSON.
        /// `language`: the language the page chose for the conversation, if it chose one.
        case web(text: String, language: Language? = nil)
        /// `/search-hospitals` or `/search-by-city`: no session, answered with ``SearchReply`` JSON.
        case search(SearchRequest)
    }

    /// The phone number behind a call or a text: masked for logs and records, and in clear only so
    /// a brain can queue an SMS the caller asked for (never logged, never stored in a session or
    /// a call record).
    public struct Caller: Sendable, Equatable {
        /// `+91******5678`.
        public var masked: String?
        /// `From` in clear.
        public var replyNumber: String?

        public init(masked: String? = nil, replyNumber: String? = nil) {
            self.masked = masked
            self.replyNumber = replyNumber
        }
    }

    /// What the recogniser heard, or the keys pressed instead.
    public struct Utterance: Sendable, Equatable {
        /// Empty when the caller said nothing.
        public var speech: String
        /// Twilio's confidence in `speech`, 0…1, when it sent one.
        public var confidence: Double?
        /// Keys pressed instead of speaking (`Digits`), when a `<Gather>` accepted them.
        public var digits: String?

        public init(speech: String, confidence: Double? = nil, digits: String? = nil) {
            self.speech = speech
            self.confidence = confidence
            self.digits = digits
        }
    }

    /// How a hand-off's `<Dial>` ended.
    public struct DialResult: Sendable, Equatable {
        /// `DialCallStatus`: `completed`, `no-answer`, `busy`, `failed`, …
        public var status: String?
        /// `DialCallDuration` in seconds.
        public var duration: Int?
        /// The agent pressed 1 on the whisper (`/twilio/agent-accept`), so a person took the call.
        public var agentAccepted: Bool

        public init(status: String? = nil, duration: Int? = nil, agentAccepted: Bool = false) {
            self.status = status
            self.duration = duration
            self.agentAccepted = agentAccepted
        }
    }

    /// A voicemail's recording.
    public struct Recording: Sendable, Equatable {
        public var sid: String?
        public var url: String?
        /// Seconds.
        public var duration: Int?

        public init(sid: String? = nil, url: String? = nil, duration: Int? = nil) {
            self.sid = sid
            self.url = url
            self.duration = duration
        }
    }

    /// What the caller had heard of an answer when they spoke over it (ConversationRelay's
    /// `interrupt`).
    public struct Interruption: Sendable, Equatable {
        /// `utteranceUntilInterrupt`: the words spoken before the caller cut in.
        public var heard: String
        /// `durationUntilInterruptMs`.
        public var milliseconds: Int?

        public init(heard: String, milliseconds: Int? = nil) {
            self.heard = heard
            self.milliseconds = milliseconds
        }
    }

    /// How a ConversationRelay session ended, from the `<Connect action>` callback.
    public struct RelayEnding: Sendable, Equatable {
        /// `SessionStatus`: `completed`, `ended`, `failed`, …
        public var status: String?
        /// `HandoffData`: what Loop AI's `end` message asked for (``RelayReply/Ending``), or nil
        /// when the session ended without one (the socket dropped).
        public var handoff: String?
        /// `ErrorCode`, when Twilio reports one.
        public var errorCode: String?
        /// The socket a reconnected call is to use.
        public var relay: String

        public init(status: String? = nil, handoff: String? = nil, errorCode: String? = nil, relay: String) {
            self.status = status
            self.handoff = handoff
            self.errorCode = errorCode
            self.relay = relay
        }
    }

    /// A search of the list from the JSON API: by name (`query`, optionally in a city) or by city.
    public struct SearchRequest: Sendable, Equatable {
        public var query: String?
        public var city: String?
        public var limit: Int?

        public init(query: String? = nil, city: String? = nil, limit: Int? = nil) {
            self.query = query
            self.city = city
            self.limit = limit
        }
    }

    /// The kind of event by name, for logs. Behaviour is decided by switching over ``payload``,
    /// never by comparing kinds.
    public enum Kind: String, Sendable {
        case callStarted = "call-started"
        case speech
        case fallback
        case sms
        case whatsapp
        case dialEnded = "dial-ended"
        case voicemail
        case web
        case search
        case relayPrompt = "relay-prompt"
        case relayEnded = "relay-ended"
    }

    /// A message left after a hand-off: never dropped as stale, since it waits for a callback.
    public var isVoicemail: Bool {
        if case .voicemail = payload { return true }
        return false
    }

    public var kind: Kind {
        switch payload {
        case .callStarted: return .callStarted
        case .speech: return .speech
        case .fallback: return .fallback
        case .sms: return .sms
        case .whatsapp: return .whatsapp
        case .dialEnded: return .dialEnded
        case .voicemail: return .voicemail
        case .web: return .web
        case .search: return .search
        case .relayPrompt: return .relayPrompt
        case .relayEnded: return .relayEnded
        }
    }

    /// The words to understand: what was said, texted or typed; empty otherwise.
    public var speech: String {
        switch payload {
        case .speech(let utterance, _), .relayPrompt(let utterance, _, _): return utterance.speech
        case .sms(let text, _), .whatsapp(let text, _), .web(let text, _): return text
        case .callStarted, .fallback, .dialEnded, .voicemail, .search, .relayEnded: return ""
        }
    }

    public var utterance: Utterance? {
        switch payload {
        case .speech(let utterance, _), .relayPrompt(let utterance, _, _): return utterance
        default: return nil
        }
    }

    /// The phone number behind the turn, for calls and texts.
    public var caller: Caller? {
        switch payload {
        case .callStarted(let caller, _), .speech(_, let caller), .fallback(let caller), .sms(_, let caller), .whatsapp(_, let caller), .dialEnded(_, let caller),
            .voicemail(_, let caller), .relayPrompt(_, _, let caller), .relayEnded(_, let caller):
            return caller
        case .web, .search: return nil
        }
    }

    /// The id call records, jobs and logs file the turn under (``ConversationID/recordSid``); the
    /// session key is ``RedisKeys/session(_:)`` of ``conversation``.
    public var callSid: CallSid { conversation.recordSid }
}
