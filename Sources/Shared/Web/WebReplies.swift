/// A network hospital as the JSON API shows it.
public struct HospitalItem: Codable, Sendable, Equatable {
    public var name: String
    public var address: String
    public var city: String

    public init(name: String, address: String, city: String) {
        self.name = name
        self.address = address
        self.city = city
    }
}

/// The answer of `POST /converse`: what Loop AI says, and the hospitals it names.
public struct ConverseReply: Codable, Sendable, Equatable {
    /// Where to send the next question to keep the conversation.
    public var sessionID: String
    /// The answer, as it would be spoken.
    public var speech: String
    /// True when the conversation is over (goodbye, or handed to a person).
    public var ended: Bool
    public var items: [HospitalItem]
    /// `en` or `hi`.
    public var language: String
    /// Set when the caller asked for a person or something out of scope: whom to call.
    public var handoff: Handoff?
    /// True when the answer is about an emergency: the page offers the emergency numbers (112, 108) to tap.
    public var emergency: Bool?

    /// A person to talk to, when the deployment has one.
    public struct Handoff: Codable, Sendable, Equatable {
        public var number: String?
        public var message: String

        public init(number: String?, message: String) {
            self.number = number
            self.message = message
        }
    }

    enum CodingKeys: String, CodingKey {
        case sessionID = "session_id"
        case speech, ended, items, language, handoff, emergency
    }

    public init(sessionID: String, speech: String, ended: Bool, items: [HospitalItem], language: String, handoff: Handoff? = nil) {
        self.sessionID = sessionID
        self.speech = speech
        self.ended = ended
        self.items = items
        self.language = language
        self.handoff = handoff
    }
}

/// The answer of `/search-hospitals` and `/search-by-city`.
public struct SearchReply: Codable, Sendable, Equatable {
    public var query: String?
    /// The city or place as the list knows it, when one was understood.
    public var city: String?
    /// How many listed hospitals answer (more than `items` when limited).
    public var total: Int
    public var items: [HospitalItem]
    /// Why nothing was found, or what else was understood, in one sentence.
    public var message: String?

    public init(query: String?, city: String?, total: Int, items: [HospitalItem], message: String? = nil) {
        self.query = query
        self.city = city
        self.total = total
        self.items = items
        self.message = message
    }
}
