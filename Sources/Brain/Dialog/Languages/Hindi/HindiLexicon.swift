/// Hindi's words for the understanding stage.
///
/// The rules (``Lexicon``, ``IntentRules``) are written once, in Latin letters, and understand
/// Hinglish as it is; Hindi said in Devanagari reaches them through ``scriptWords``.
enum HindiLexicon {
    /// What a caller says to choose Hindi.
    static let choosing: [String] = ["hindi", "hindi mein", "in hindi", "hindi please", "hindi me"]

    /// Hindi words as Twilio's `hi-IN` recogniser writes them, with the Latin spelling
    /// ``Lexicon``'s lists use, so one set of rules understands Hinglish and Hindi alike. Only words of the
    /// language itself are here: names of hospitals and places are transliterated by ICU
    /// (``Transliteration``), never listed.
    static let scriptWords: [String: String] = [
        // Postpositions and particles
        "में": "mein", "मे": "mein", "का": "ka", "की": "ki", "के": "ke", "को": "ko", "से": "se", "पर": "par", "पे": "pe",
        "है": "hai", "हैं": "hain", "हो": "ho", "था": "tha", "क्या": "kya", "भी": "bhi", "सिर्फ": "sirf", "वाला": "wala",
        "वाले": "wale", "वाली": "wali", "पास": "paas", "नज़दीक": "nazdeek", "नजदीक": "nazdeek", "आसपास": "paas",
        // Pronouns and politeness
        "मुझे": "mujhe", "मेरा": "mera", "मेरी": "meri", "मेरे": "mere", "हमें": "hamein", "आप": "aap", "आपके": "aapke",
        "कृपया": "kripya", "ज़रा": "zara", "जरा": "zara", "प्लीज़": "please", "प्लीज": "please",
        // Asking
        "बताइए": "bataiye", "बताइये": "bataiye", "बताओ": "batao", "बताएं": "bataye", "बताये": "bataye", "बता": "bata",
        "दो": "do", "दीजिए": "dijiye", "दीजिये": "dijiye", "चाहिए": "chahiye", "चाहिये": "chahiye", "दिखाओ": "dikhao",
        "दिखाइए": "dikhaiye", "कौन": "kaun", "कौनसा": "kaunsa", "कौन-सा": "kaunsa", "सा": "sa", "कोई": "koi", "कुछ": "kuch",
        "कितने": "kitne", "कितना": "kitna", "कितनी": "kitni", "कहाँ": "kahan", "कहां": "kahan", "पता": "pata", "और": "aur",
        "आता": "aata", "आती": "aati", "होता": "hota", "होती": "hoti", "शामिल": "shamil", "नाम": "naam", "शहर": "sheher",
        "अगले": "agle", "अगला": "agla", "आगे": "aage", "बारे": "baare", "कर": "kar", "सकते": "sakte", "सकती": "sakti",
        "करें": "karen", "करनी": "karni", "रहा": "raha", "रही": "rahi", "गया": "gaya", "गए": "gaye", "गयी": "gayi", "हुआ": "hua",
        "बोलिए": "boliye", "बोलो": "bolo", "थोड़ा": "thoda", "सुनाओ": "sunao", "कैसा": "kaisa", "लिए": "liye", "तक": "tak",
        "उसका": "uska", "उसकी": "uska", "उसके": "uska", "इसका": "uska", "इसकी": "uska", "इसके": "uska", "वो": "woh", "वह": "woh", "यह": "yeh", "ये": "yeh", "कुल": "kul",
        "पिताजी": "father", "पापा": "father", "माँ": "mother",
        "मां": "mother", "टाइम": "time", "समय": "time", "स्कोर": "score", "बुक": "book", "पहुंचा": "pahuncha", "पहुँचा": "pahuncha",
        // Hospital, network, cover
        "अस्पताल": "hospital", "अस्पतालों": "hospital", "हॉस्पिटल": "hospital", "हस्पताल": "hospital", "हॉस्पिटल्स": "hospital",
        "नेटवर्क": "network", "कवर": "cover", "कवरेज": "coverage", "इंश्योरेंस": "insurance", "बीमा": "insurance",
        // Yes, no, thanks, goodbye
        "हाँ": "haan", "हां": "haan", "हा": "haan", "जी": "ji", "ठीक": "theek", "सही": "sahi", "बिल्कुल": "bilkul", "ज़रूर": "zaroor",
        "जरूर": "zaroor", "नहीं": "nahi", "नही": "nahi", "ना": "na", "मत": "mat", "धन्यवाद": "dhanyavaad", "शुक्रिया": "shukriya",
        "बस": "bas", "इतना": "itna", "ही": "hi", "अलविदा": "alvida", "नमस्ते": "hello", "नमस्कार": "hello", "हेलो": "hello",
        "हैलो": "hello", "ओके": "okay",
        // The call itself
        "फिर": "phir", "दोबारा": "dobara", "दुबारा": "dubara", "धीरे": "dheere", "मदद": "madad", "इंसान": "insaan",
        "बात": "baat", "करना": "karna", "कराओ": "karao", "कराइए": "karaiye", "करवाइए": "karaiye", "एजेंट": "agent",
        "सुन": "sun", "रहे": "rahe", "आवाज़": "awaaz", "आवाज": "awaaz", "कौन?": "kaun", "मतलब": "matlab", "सॉरी": "sorry",
        "हिंदी": "hindi", "हिन्दी": "hindi", "इंग्लिश": "english", "अंग्रेज़ी": "angrezi", "अंग्रेजी": "angrezi",
        // Emergencies
        "इमरजेंसी": "emergency", "एमरजेंसी": "emergency", "सीने": "seene", "दर्द": "dard", "बेहोश": "behosh", "खून": "khoon",
        "एक्सीडेंट": "accident", "दुर्घटना": "durghatna", "एम्बुलेंस": "ambulance", "सांस": "saans", "साँस": "saans",
        // What the list does not hold
        "फोन": "phone", "फ़ोन": "phone", "नंबर": "number", "डॉक्टर": "doctor", "अपॉइंटमेंट": "appointment", "बेड": "bed",
        "क्लेम": "claim", "कीमत": "price", "खर्च": "cost", "फीस": "fees", "चार्ज": "charges",
        // Off-topic
        "मौसम": "weather", "चुटकुला": "joke", "गाना": "song", "क्रिकेट": "cricket", "फिल्म": "movie",
        // Numbers and order
        "एक": "ek", "तीन": "teen", "चार": "char", "पांच": "paanch", "पाँच": "paanch", "छह": "chhe", "सात": "saat", "आठ": "aath",
        "नौ": "nau", "दस": "das", "पहला": "pehla", "पहले": "pehle", "दूसरा": "doosra", "दूसरे": "doosre", "तीसरा": "teesra",
        "तीसरे": "teesra", "चौथा": "chautha", "आखिरी": "aakhri", "आख़िरी": "aakhri",
    ]
}
