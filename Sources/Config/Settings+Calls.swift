import Foundation
import Shared
import Twilio

extension Settings {
    /// `DEFAULT_LANGUAGE`: the language a call starts in, one of ``languages()``.
    public func defaultLanguage() throws(ConfigurationError) -> Language {
        let language = string(.defaultLanguage) ?? "en"
        guard let chosen = Language(rawValue: language.lowercased()) else {
            throw ConfigurationError("DEFAULT_LANGUAGE must be one of \(Self.codes), not \"\(language)\".")
        }
        guard try languages().contains(chosen) else {
            throw ConfigurationError("DEFAULT_LANGUAGE \(chosen.rawValue) is not among LANGUAGES (\(string(.languages) ?? "en,hi")).")
        }
        return chosen
    }

    /// `LANGUAGES`: the languages calls can be held in, in the order the greeting offers them and
    /// of their keys. Each at most once.
    public func languages() throws(ConfigurationError) -> [Language] {
        let given = string(.languages) ?? "en,hi"
        var chosen: [Language] = []
        for code in given.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) where !code.isEmpty {
            guard let language = Language(rawValue: code) else {
                throw ConfigurationError("LANGUAGES must list codes among \(Self.codes), not \"\(code)\".")
            }
            if !chosen.contains(language) { chosen.append(language) }
        }
        guard !chosen.isEmpty else { throw ConfigurationError("LANGUAGES must name at least one language (\(Self.codes)).") }
        return chosen
    }

    private static let codes = Language.allCases.map(\.rawValue).joined(separator: ", ")

    /// The voice and recogniser language of each language (`TWILIO_VOICE`, `TWILIO_VOICE_HI`, …).
    public func voices() -> [Language: VoiceSettings] {
        Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, voice(for: $0)) })
    }
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
