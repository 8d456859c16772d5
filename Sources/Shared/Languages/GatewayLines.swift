/// What a gateway says on its own, when the brain's answer is not there to send: the only words
/// of Loop AI that are not the brain's, in every language a call can be held in.
public struct GatewayLines: Sendable, Equatable {
    /// Said while the brain is still working: the first hold, then the later ones.
    public let firstHold: String
    public let laterHold: String
    /// The brain took too long even with holds.
    public let askAgain: String
    /// Redis (or every brain) is unreachable on a call that has just connected.
    public let greetingUnavailable: [String]
    /// Redis is unreachable mid-call.
    public let unavailable: String
    /// A text message the brains could not answer in time.
    public let textUnavailable: String
    /// No brain is alive as a call connects: the greeting and an apology, then a person
    /// (``noBrainHandoff``) or a goodbye (``noBrainGoodbye``).
    public var noBrain: [String] = []
    public var noBrainHandoff = ""
    public var noBrainGoodbye = ""
    /// No brain is alive as a hand-off ends unanswered: the invitation to leave a message (the
    /// brain's own words for it), then the thanks once it is recorded.
    public var noBrainVoicemail: [String] = []
    public var noBrainMessageTaken = ""
}

extension Language {
    public var gatewayLines: GatewayLines {
        switch self {
        case .english:
            return GatewayLines(
                firstHold: "One moment, please.", laterHold: "Still checking, thank you for waiting.",
                askAgain: "I'm sorry, that took longer than it should. Could you please ask me again?",
                greetingUnavailable: [
                    "Hello! I am Loop AI, your hospital network assistant.",
                    "I'm having a little trouble looking things up right now. Please tell me what you need, and I'll try again.",
                ],
                unavailable: "I'm sorry, I'm having trouble looking that up right now. Please say that again in a moment.",
                textUnavailable: "Sorry, I couldn't look that up just now. Please send your question again in a minute.",
                noBrain: ["Hello! I am Loop AI, your hospital network assistant.", "I'm sorry, I can't look up hospitals right now."],
                noBrainHandoff: "I'm connecting you to a person now.", noBrainGoodbye: "Please call again in a few minutes. Goodbye.",
                noBrainVoicemail: ["I'm sorry, nobody could take your call right now.", "Please leave a short message after the beep, and someone will call you back."],
                noBrainMessageTaken: "Thank you, your message has been recorded. Goodbye!")
        case .hindi:
            return GatewayLines(
                firstHold: "एक क्षण रुकिए।", laterHold: "अभी देख रही हूँ, इंतज़ार के लिए धन्यवाद।",
                askAgain: "माफ़ कीजिए, इसमें ज़्यादा समय लग गया। क्या आप फिर से पूछ सकते हैं?",
                greetingUnavailable: [
                    "नमस्ते! मैं लूप एआई हूँ, आपके हॉस्पिटल नेटवर्क की सहायक।",
                    "अभी जानकारी देखने में थोड़ी दिक्कत हो रही है। बताइए आपको क्या चाहिए, मैं फिर कोशिश करूँगी।",
                ],
                unavailable: "माफ़ कीजिए, अभी जानकारी देखने में दिक्कत हो रही है। कृपया थोड़ी देर में फिर से बोलिए।",
                textUnavailable: "माफ़ कीजिए, अभी जानकारी नहीं देख पाई। कृपया एक मिनट में अपना सवाल फिर से भेजिए।",
                noBrain: ["नमस्ते! मैं लूप एआई हूँ, आपके हॉस्पिटल नेटवर्क की सहायक।", "माफ़ कीजिए, अभी मैं अस्पताल नहीं देख पा रही हूँ।"],
                noBrainHandoff: "मैं आपको अभी एक सहयोगी से जोड़ रही हूँ।", noBrainGoodbye: "कृपया कुछ मिनट में फिर से कॉल कीजिए। नमस्ते।",
                noBrainVoicemail: ["माफ़ कीजिए, अभी कोई आपकी कॉल नहीं ले सका।", "बीप के बाद एक छोटा संदेश छोड़िए, हम आपको वापस कॉल करेंगे।"],
                noBrainMessageTaken: "धन्यवाद, आपका संदेश रिकॉर्ड हो गया है। नमस्ते!")
        }
    }
}
