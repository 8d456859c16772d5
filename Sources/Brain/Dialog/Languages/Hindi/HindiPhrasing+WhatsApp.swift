/// WhatsApp in Hindi: what the caller hears about it (``Phrasing/whatsApp(_:)`` has the English).
extension HindiPhrasing {
    static func whatsApp(_ act: WhatsAppAct) -> String {
        switch act {
        case .offer: return "मैं इन्हें व्हाट्सऐप पर भी भेज सकती हूँ।"
        case .askConsent: return "मैं ये हॉस्पिटल और उनके पते आपको व्हाट्सऐप पर भेज सकती हूँ।"
        case .sending: return "ठीक है। मैं ये हॉस्पिटल और उनके पते आपके इसी नंबर पर व्हाट्सऐप कर रही हूँ।"
        case .declined: return "ठीक है, मैं व्हाट्सऐप पर कुछ नहीं भेजूँगी।"
        case .unavailable: return "माफ़ कीजिए, इस लाइन से व्हाट्सऐप नहीं भेजा जा सकता।"
        case .limitReached: return "माफ़ कीजिए, आज आपके नंबर पर जितने व्हाट्सऐप संदेश भेजे जा सकते थे, भेजे जा चुके हैं।"
        case .optedOut: return "इस नंबर ने हमसे व्हाट्सऐप संदेश न भेजने को कहा है, इसलिए मैं नहीं भेजूँगी। फिर से पाने के लिए हमें व्हाट्सऐप पर START भेजिए।"
        case .failed: return "माफ़ कीजिए, जो व्हाट्सऐप संदेश मैंने भेजने को कहा था, वह नहीं पहुँच सका।"
        case .sentBySMSInstead: return "जो व्हाट्सऐप संदेश मैंने भेजने को कहा था, वह नहीं पहुँच सका, इसलिए मैंने उसे एसएमएस से भेज दिया है।"
        case .stopped: return "अब आपको लूप एआई से व्हाट्सऐप संदेश नहीं मिलेंगे। फिर से पाने के लिए START भेजिए।"
        case .started: return "आपका फिर से स्वागत है। पूछिए, जैसे पुणे के हॉस्पिटल।"
        }
    }
}
