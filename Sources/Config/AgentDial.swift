/// The hand-off's numbers (`HUMAN_AGENT_NUMBER`, `HUMAN_AGENT_CALLER_ID`), checked against what
/// Twilio will connect.
///
/// Without `callerId`, `<Dial>` passes the caller's own number to the agent's phone
/// (https://www.twilio.com/docs/api/errors/13214), and Twilio's India voice guideline lets calls
/// reach Indian numbers only from international caller IDs
/// (https://www.twilio.com/en-us/guidelines/in/voice): an Indian caller handed to an Indian agent
/// would show a +91 number and the leg fails, so every such hand-off would end in voicemail.
public struct AgentDial: Sendable, Equatable {
    public var number: String?
    public var callerID: String?

    /// India's calling code: agents there need a caller ID from outside it.
    public static let indianPrefix = "+91"

    public init(number: String?, callerID: String?) throws(ConfigurationError) {
        self.number = number
        self.callerID = callerID
        if let callerID, !Self.isE164(callerID) {
            throw ConfigurationError("HUMAN_AGENT_CALLER_ID must be a phone number in E.164 form (+ and up to 15 digits), not '\(callerID)'.")
        }
        guard let number, number.hasPrefix(Self.indianPrefix) else { return }
        guard let callerID else {
            throw ConfigurationError(
                "HUMAN_AGENT_NUMBER is an Indian number: set HUMAN_AGENT_CALLER_ID to a non-Indian number you own in Twilio. Without it Twilio shows the caller's own number, and calls to Indian numbers must come from international caller IDs, so every hand-off would fail into voicemail."
            )
        }
        if callerID.hasPrefix(Self.indianPrefix) {
            throw ConfigurationError(
                "HUMAN_AGENT_CALLER_ID is an Indian number, but calls to Indian agents (HUMAN_AGENT_NUMBER) must come from a non-Indian caller ID (Twilio's India voice guidelines).")
        }
    }

    /// `+` and 1–15 digits, the first not 0.
    public static func isE164(_ number: String) -> Bool {
        let digits = number.utf8.dropFirst()
        return number.hasPrefix("+") && (1...15).contains(digits.count) && digits.first != UInt8(ascii: "0")
            && digits.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }
}

extension Settings {
    /// The hand-off's number and caller ID, refused when Twilio could not connect them.
    public func agentDial() throws(ConfigurationError) -> AgentDial {
        try AgentDial(number: string(.humanAgentNumber), callerID: string(.humanAgentCallerID))
    }
}
