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
        case .marathi:
            return GatewayLines(
                firstHold: "कृपया एक क्षण थांबा.", laterHold: "अजून पाहते आहे, थांबल्याबद्दल धन्यवाद.",
                askAgain: "माफ करा, याला जरा जास्त वेळ लागला. कृपया पुन्हा विचाराल का?",
                greetingUnavailable: [
                    "नमस्कार! मी लूप एआय, तुमच्या हॉस्पिटल नेटवर्कची सहायक.",
                    "आत्ता माहिती पाहण्यात थोडी अडचण येत आहे. तुम्हाला काय हवं ते सांगा, मी पुन्हा प्रयत्न करते.",
                ],
                unavailable: "माफ करा, आत्ता माहिती पाहण्यात अडचण येत आहे. कृपया थोड्या वेळाने पुन्हा बोला.",
                textUnavailable: "माफ करा, आत्ता माहिती पाहता आली नाही. कृपया एका मिनिटाने तुमचा प्रश्न पुन्हा पाठवा.",
                noBrain: ["नमस्कार! मी लूप एआय, तुमच्या हॉस्पिटल नेटवर्कची सहायक.", "माफ करा, आत्ता मी हॉस्पिटल पाहू शकत नाही."],
                noBrainHandoff: "मी तुम्हाला आता एका सहकाऱ्याशी जोडते आहे.", noBrainGoodbye: "कृपया काही मिनिटांनी पुन्हा कॉल करा. नमस्कार.",
                noBrainVoicemail: ["माफ करा, आत्ता कोणीही तुमचा कॉल घेऊ शकलं नाही.", "बीपनंतर एक छोटा संदेश ठेवा, आम्ही तुम्हाला परत कॉल करू."],
                noBrainMessageTaken: "धन्यवाद, तुमचा संदेश रेकॉर्ड झाला आहे. नमस्कार!")
        case .kannada:
            return GatewayLines(
                firstHold: "ದಯವಿಟ್ಟು ಒಂದು ಕ್ಷಣ ಕಾಯಿರಿ.", laterHold: "ಇನ್ನೂ ನೋಡುತ್ತಿದ್ದೇನೆ, ಕಾಯುತ್ತಿರುವುದಕ್ಕೆ ಧನ್ಯವಾದಗಳು.",
                askAgain: "ಕ್ಷಮಿಸಿ, ಇದಕ್ಕೆ ಸ್ವಲ್ಪ ಹೆಚ್ಚು ಸಮಯ ಹಿಡಿಯಿತು. ದಯವಿಟ್ಟು ಮತ್ತೊಮ್ಮೆ ಕೇಳುತ್ತೀರಾ?",
                greetingUnavailable: [
                    "ನಮಸ್ಕಾರ! ನಾನು ಲೂಪ್ ಎಐ, ನಿಮ್ಮ ಹಾಸ್ಪಿಟಲ್ ನೆಟ್‌ವರ್ಕ್ ಸಹಾಯಕಿ.",
                    "ಈಗ ಮಾಹಿತಿ ನೋಡುವುದರಲ್ಲಿ ಸ್ವಲ್ಪ ತೊಂದರೆ ಆಗುತ್ತಿದೆ. ನಿಮಗೆ ಏನು ಬೇಕು ಎಂದು ಹೇಳಿ, ನಾನು ಮತ್ತೆ ಪ್ರಯತ್ನಿಸುತ್ತೇನೆ.",
                ],
                unavailable: "ಕ್ಷಮಿಸಿ, ಈಗ ಮಾಹಿತಿ ನೋಡುವುದರಲ್ಲಿ ತೊಂದರೆ ಆಗುತ್ತಿದೆ. ದಯವಿಟ್ಟು ಸ್ವಲ್ಪ ಹೊತ್ತಿನ ನಂತರ ಮತ್ತೆ ಹೇಳಿ.",
                textUnavailable: "ಕ್ಷಮಿಸಿ, ಈಗ ಮಾಹಿತಿ ನೋಡಲು ಆಗಲಿಲ್ಲ. ದಯವಿಟ್ಟು ಒಂದು ನಿಮಿಷದ ನಂತರ ನಿಮ್ಮ ಪ್ರಶ್ನೆಯನ್ನು ಮತ್ತೆ ಕಳುಹಿಸಿ.",
                noBrain: ["ನಮಸ್ಕಾರ! ನಾನು ಲೂಪ್ ಎಐ, ನಿಮ್ಮ ಹಾಸ್ಪಿಟಲ್ ನೆಟ್‌ವರ್ಕ್ ಸಹಾಯಕಿ.", "ಕ್ಷಮಿಸಿ, ಈಗ ನನಗೆ ಆಸ್ಪತ್ರೆಗಳನ್ನು ನೋಡಲು ಆಗುತ್ತಿಲ್ಲ."],
                noBrainHandoff: "ನಾನು ನಿಮ್ಮನ್ನು ಈಗ ಒಬ್ಬ ಸಹೋದ್ಯೋಗಿಗೆ ಸಂಪರ್ಕಿಸುತ್ತಿದ್ದೇನೆ.", noBrainGoodbye: "ದಯವಿಟ್ಟು ಕೆಲವು ನಿಮಿಷಗಳ ನಂತರ ಮತ್ತೆ ಕರೆ ಮಾಡಿ. ನಮಸ್ಕಾರ.",
                noBrainVoicemail: ["ಕ್ಷಮಿಸಿ, ಈಗ ಯಾರೂ ನಿಮ್ಮ ಕರೆ ಸ್ವೀಕರಿಸಲು ಆಗಲಿಲ್ಲ.", "ಬೀಪ್ ನಂತರ ಒಂದು ಚಿಕ್ಕ ಸಂದೇಶ ಬಿಡಿ, ನಾವು ನಿಮಗೆ ಮತ್ತೆ ಕರೆ ಮಾಡುತ್ತೇವೆ."],
                noBrainMessageTaken: "ಧನ್ಯವಾದಗಳು, ನಿಮ್ಮ ಸಂದೇಶ ರೆಕಾರ್ಡ್ ಆಗಿದೆ. ನಮಸ್ಕಾರ!")
        }
    }
}
