import Twilio

/// How a number's calls are held (`VOICE_MODE`).
public enum VoiceMode: String, Sendable, CaseIterable, Codable {
    /// `<Gather>` turns: each of the caller's turns is a webhook.
    case gather
    /// Twilio's ConversationRelay: the caller's words arrive on a WebSocket as text and the
    /// answer is spoken as it is sent, and the caller can cut it short.
    case relay
}

extension Settings {
    /// `VOICE_MODE`: gather (the default) or relay.
    public func voiceMode() throws(ConfigurationError) -> VoiceMode {
        let given = string(.voiceMode) ?? "gather"
        guard let mode = VoiceMode(rawValue: given.lowercased()) else {
            throw ConfigurationError("VOICE_MODE must be gather (<Gather> webhooks) or relay (ConversationRelay), not \"\(given)\".")
        }
        return mode
    }
}

extension Settings {
    /// `RELAY_REPORT_INPUT_DURING_AGENT_SPEECH`: `any` unless set.
    public func relayReportInput() throws(ConfigurationError) -> ConversationRelay.InputDuringSpeech {
        let given = string(.relayReportInput) ?? "any"
        guard let value = ConversationRelay.InputDuringSpeech(rawValue: given.lowercased()) else {
            throw ConfigurationError("RELAY_REPORT_INPUT_DURING_AGENT_SPEECH must be any, speech, dtmf or none, not \"\(given)\".")
        }
        return value
    }
}
