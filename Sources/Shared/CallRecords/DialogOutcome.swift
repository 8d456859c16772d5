/// What a turn came to, as call records keep it (a turn event's `intent`), and as logs and the
/// `loopai_dialog_outcomes_total{intent=…}` metric name it. The dialog decides it; the records
/// and the console read it, so it is part of the contract.
public enum DialogOutcome: String, Sendable, Equatable, CaseIterable, Codable {
    case greeting
    /// A turn after the call was over.
    case ended
    case silence
    case lowConfidence = "low-confidence"
    case goodbye
    case handoff
    case more
    case switchPlace = "switch-place"
    case details
    case count
    /// "How big is your network?"
    case networkSize = "network-size"
    case list
    case confirm
    case clarifyCity = "clarify-city"
    case clarifyArea = "clarify-area"
    case notFound = "not-found"
    /// A name heard in another script matched nothing, and close listed names were offered.
    case didYouMean = "did-you-mean"
    case thanks
    case help
    case otherLanguage = "other-language"
    case unclear
    case yes
    case no
    case emergency
    case repeatLast = "repeat"
    case slower
    case identity
    case lineCheck = "line-check"
    case humanAgent = "human-agent"
    case missingInfo = "missing-info"
    case language
    case textMe = "text-me"
    /// "Send it on WhatsApp", and the caller's yes or no to being messaged there.
    case whatsAppMe = "whatsapp-me"
    case whatsAppConsent = "whatsapp-consent"
    /// STOP, START or HELP by SMS: Twilio answers; Loop AI says nothing.
    case smsKeyword = "sms-keyword"
    case stopRecording = "stop-recording"
    /// A hand-off ended (the agent took the call, or did not).
    case dialEnded = "dial-ended"
    /// The caller left a message for the agents.
    case voicemail
    /// A search of the JSON API (no dialog).
    case search
    /// Twilio called the fallback URL.
    case fallback
    /// A ConversationRelay session ended as Loop AI asked (hand-off, goodbye, message).
    case relayEnded = "relay-ended"
    /// A ConversationRelay socket went away mid-call; a fresh one asks the last question again.
    case reconnected
}
