/// A brain's answer to one turn, as delivered to the gateway that waits for it.
///
/// On the gateway's reply list it travels as `turnId` + newline + the body, so the gateway can
/// hand it on without parsing it; the body's first character says what it is (TwiML starts with
/// `<`, JSON with `{`).
public struct TurnReply: Sendable, Equatable {
    public var turn: TurnID
    public var body: Body

    /// What a brain answers: TwiML for calls and texts, JSON for the web, searches and
    /// ConversationRelay prompts (``RelayReply``).
    public enum Body: Sendable, Equatable {
        case twiml(String)
        case json(String)

        /// The text as delivered.
        public var text: String {
            switch self {
            case .twiml(let text), .json(let text): return text
            }
        }

        /// A delivered or stored reply, by its first character.
        public init(text: String) {
            self = text.first == "{" ? .json(text) : .twiml(text)
        }
    }

    public init(turn: TurnID, body: Body) {
        self.turn = turn
        self.body = body
    }

    public var framed: [UInt8] {
        Array(turn.value.utf8) + [10] + Array(body.text.utf8)
    }

    public init?(framed bytes: [UInt8]) {
        guard let newline = bytes.firstIndex(of: 10),
            let turn = TurnID(String(decoding: bytes[..<newline], as: UTF8.self))
        else { return nil }
        self.turn = turn
        self.body = Body(text: String(decoding: bytes[(newline + 1)...], as: UTF8.self))
    }
}
