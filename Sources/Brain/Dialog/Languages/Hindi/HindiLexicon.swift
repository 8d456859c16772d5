/// Hindi's words for the understanding stage.
///
/// The rules (``Lexicon``, ``IntentRules``) are written once, in Latin letters, and understand
/// Hinglish as it is; Hindi said in another script reaches them through ``scriptWords``.
enum HindiLexicon {
    /// What a caller says to choose Hindi.
    static let choosing: [String] = ["hindi", "hindi mein", "in hindi", "hindi please", "hindi me"]

    /// An emergency told as past ("पिछले साल", last year): the call is about something else.
    static let longAgo: [String] = ["पिछले साल", "साल पहले", "महीने पहले", "कुछ समय पहले", "काफ़ी पहले", "पहले कभी"]

    /// Emergencies said in another script as a bystander describes them (read through
    /// ``Interpreter/tokens(of:)``, so they match as the recogniser's words reach the rules): no
    /// waking, a stroke's speech, face and arm, blood that will not stop, poison swallowed, burns,
    /// breath, fits.
    static let emergencies: [String] = [
        "होश नहीं", "होश में नहीं", "उठ नहीं रहे", "उठ नहीं रही", "जवाब नहीं दे", "आवाज़ लड़खड़ा", "आवाज लड़खड़ा", "लड़खड़ा रही",
        "लड़खड़ा रहे", "लकवा", "मुंह टेढ़ा", "मुँह टेढ़ा", "हाथ काम नहीं", "हाथ नहीं उठ", "बोल नहीं पा", "बोल नहीं रहे",
        "बोल नहीं रही", "खून रुक नहीं", "खून बह", "बहुत खून", "चूहे मारने", "कीटनाशक", "फिनाइल", "तेज़ाब", "तेजाब",
        "नींद की गोलियां", "नींद की गोलियाँ", "ज़हर", "जहर", "झुलस", "जल गए", "जल गई", "जल गया", "सांस नहीं", "साँस नहीं",
        "सांस लेने में", "साँस लेने में", "नीला पड़", "नीले पड़", "मिर्गी", "दौरा पड़", "बेहोश", "सीने में दर्द",
        // No response, a stroke's face and legs, poison, blood that will not stop, scalded skin, breath
        "जवाब नहीं दे", "हिल नहीं रहा", "हिल नहीं रही", "हिल नहीं रहे", "खड़े नहीं हो पा", "मुँह लटक", "मुंह लटक", "मुँह टेढ़ा",
        "ज़हरीला", "जहरीला", "ज़हरीली", "जहरीली", "खून बंद नहीं", "खून रुक नहीं", "चमड़ी उतर", "खाल उतर", "हाँफ", "हांफ",
        "सीना पकड़",
        // A bone through the skin, something swallowed, a throat closing, a head injury with vomiting
        "हड्डी बाहर", "निगल ली", "निगल लिया", "निगल गया", "निगल गई", "निगल नहीं पा", "गला सूज", "गला बंद", "आँखें बंद हो", "आंखें बंद हो",
        "खून की उल्टी",
    ]

    /// Signs of an emergency described in Devanagari (``Lexicon/emergencySigns``): two together
    /// are an emergency.
    static let emergencySigns: [String] = [
        "उबलता", "उबलती", "खौलता", "तेज़ाब", "तेजाब", "झुलस", "छाले", "जल", "आग", "पी लिया", "पी ली", "निगल", "गोलियां", "गोलियाँ",
        "कीटनाशक", "फिनाइल", "अजीब", "उठा नहीं", "उठ नहीं", "सुन्न", "लकवा", "कांप", "काँप", "झाग", "झटके", "दौरा", "बेहोश",
        "गिर गए", "गिर गई", "गिर गया", "गिर पड़े", "जवाब नहीं", "होश", "सांस", "साँस", "नीला", "नीले", "खून", "अचानक", "बहुत ज़्यादा",
        "सफाई", "बोतल", "पानी", "कन्फ्यूज़", "गहरा", "काँच", "कांच",
        // Breath slow, a racing heart with dizziness, swelling, vomiting, a battery
        "धीमी", "धड़कन", "चक्कर", "सूज", "उल्टी", "बैटरी", "नीली", "ठंडे", "ठंडा",
        // A stroke's one side and jumbled speech; a head hit and eyes closing; a scald's skin
        "एक तरफ़", "एक तरफ", "एक साइड", "आधा शरीर", "लटक", "उलटे पुलटे", "उल्टे पुल्टे", "उल्टा सीधा", "अटक अटक", "काम नहीं कर",
        "ज़बान", "सिर पे चोट", "सिर पर चोट", "सिर में चोट", "सिर फट", "सिर से खून", "आँखें बंद", "आंखें बंद", "लगातार",
        "गरम तेल", "गर्म तेल", "गरम पानी", "गर्म पानी", "भाप", "फफोले", "चमड़ी",
    ]

    /// Ordinary Hindi words, as the `hi-IN` recogniser writes them, that never name a hospital or a
    /// place: pronouns, verbs and their endings, discourse words, relatives, the body and what
    /// ails it. They are request words (``Interpreter/requestWords``): heard in another script, none of
    /// them is ever looked up as a name, and none is taken for a city by its sound. A word that is
    /// also part of a listed name (गंगा, आशा, जीवन) must not be here.
    static let ordinaryWords: [String] = [
        // Pronouns, demonstratives, "here"/"there"
        "मैं", "मै", "हम", "हमारे", "हमारा", "हमारी", "हमको", "तुम", "आपने", "आपको", "आपका", "आपकी", "उन", "इन", "उस", "इस",
        "जो", "जिस", "जिसमें", "जहाँ", "वहाँ", "वहां", "यहाँ", "यहां", "इधर", "उधर", "वे", "कौनसे", "कोई", "किसी", "किस",
        "सब", "सभी", "खुद", "अपने", "अपना", "अपनी", "उन्हें", "उसको", "इसको", "उसे", "इसे",
        // Verbs and auxiliaries
        "हूँ", "हूं", "थे", "थी", "होगा", "होगी", "होंगे", "रहता", "रहती", "रहते", "करवाना", "करवानी", "करना", "कराना",
        "दिखाना", "दिखाने", "जाना", "जाएँ", "जाएं", "जाऊँ", "जाऊं", "जाने", "सुनिए", "सुनो", "देखिए", "देखो", "लगी", "लगा",
        "लगे", "लग", "आया", "आई", "आए", "चाहता", "चाहती", "चाहते", "चाह", "कहना", "कहा", "बोला", "बोली", "बोले", "बताया",
        "बताना", "बताने", "पूछना", "पूछनी", "पूछने", "पूछा", "समझ", "मिलेगा", "मिलेगी", "मिल", "सकता", "सके", "दें",
        "दे", "दो", "दीजिए", "कीजिए", "करिए", "करो", "करते", "करती", "होना", "होने", "रहे", "लेना", "लेने", "ले", "ली", "लिया",
        "गई", "गयी", "गए", "पड़ा", "पड़ी", "पड़े", "हुई", "हुए", "जानना", "जानकारी", "था", "कहिए",
        // Discourse, politeness, time
        "दरअसल", "असल", "वैसे", "अच्छा", "सुनिये", "भैया", "भाईसाहब", "दीदी", "मैडम", "सर", "जल्दी", "बहुत", "ज़्यादा",
        "ज्यादा", "अभी", "आज", "कल", "तो", "न", "नहीं", "तरह", "बारे", "जैसे", "वाला", "एकदम", "सच", "ओर", "तरफ",
        "अब", "फिर", "बात", "एक", "बार", "लोग", "लोगों", "अंदर", "बाहर", "साथ", "लिए", "पहले", "बाद",
        // People
        "भाई", "बहन", "पति", "पत्नी", "वाइफ", "हसबैंड", "बेटा", "बेटे", "बेटी", "बच्चा", "बच्चे", "बच्ची", "बच्चों", "मम्मी",
        "पापा", "पिता", "माता", "सास", "ससुर", "दादी", "दादा", "दादाजी", "नानी", "नाना", "अंकल", "आंटी", "दोस्त", "पड़ोस",
        "पड़ोसी", "परिवार", "घरवाले", "बुज़ुर्ग", "मरीज़", "मरीज", "सासू", "सासु", "ननद", "देवर", "भाभी", "जीजा", "जीजाजी", "बहू",
        "दामाद", "चाचा", "चाची", "मामा", "मामी", "बुआ", "मौसी", "भतीजा", "भांजा",
        // Hesitations and "what shall I say"
        "बोलूँ", "बोलूं", "हम्म", "उम्म", "अं", "अम्म",
        // Home and the body, and what ails it
        "घर", "पैर", "हाथ", "सिर", "पेट", "आँख", "आंख", "दाँत", "दांत", "घुटना", "घुटने", "कमर", "गला", "कान", "नाक",
        "बुखार", "चोट", "इलाज", "दमा", "अस्थमा", "शुगर", "डायबिटीज़", "डायबिटीज", "थायराइड", "बीपी", "कैंसर", "पथरी", "माइग्रेन", "ऑपरेशन", "सर्जरी", "जाँच", "जांच", "टेस्ट", "प्रेग्नेंट", "डिलीवरी", "बीमार", "बीमारी",
        "तबीयत", "खराब", "ख़राब", "फ्रैक्चर", "शुगर", "बीपी", "अच्छी", "अच्छे", "बढ़िया", "सस्ता", "बड़ा", "छोटा",
        "कैशलेस", "चल", "चलिए", "रुकिए", "मिनट", "नए", "नया", "नई", "शहर", "क्या", "उसके", "इसके",
    ]

    /// Hindi words as Twilio's `hi-IN` recogniser writes them, with the Latin spelling
    /// ``Lexicon``'s lists use, so one set of rules understands Hinglish and Hindi alike. Only words of the
    /// language itself are here: names of hospitals and places are transliterated by ICU
    /// (``Transliteration``), never listed.
    static let scriptWords: [String: String] = [
        // Postpositions and particles
        "में": "mein", "मे": "mein", "का": "ka", "की": "ki", "के": "ke", "को": "ko", "से": "se", "पर": "par", "पे": "pe",
        "है": "hai", "हैं": "hain", "हो": "ho", "था": "tha", "क्या": "kya", "भी": "bhi", "सिर्फ": "sirf", "वाला": "wala",
        "वाले": "wale", "वाली": "wali", "पास": "paas", "नज़दीक": "nazdeek", "नजदीक": "nazdeek", "आसपास": "paas", "आस": "aas",
        // The words of an area's name around the word that names it, as addresses write them
        "रोड": "road", "मार्ग": "marg", "सेक्टर": "sector", "फेज़": "phase", "फेज": "phase", "वेस्ट": "west", "ईस्ट": "east",
        "ब्लॉक": "block", "कॉलोनी": "colony", "स्ट्रीट": "street", "गार्डन": "garden", "एक्सटेंशन": "extension", "चौक": "chowk",
        // The network asked about: "इंश्योरेंस चलेगा क्या", "कैशलेस मिलेगा", "को-पेमेंट"
        "कैशलेस": "cashless", "चलेगा": "chalega", "चलता": "chalta", "चलती": "chalti", "पेमेंट": "payment", "मिलेगा": "milega",
        // Corrections: "करेक्शन, X", "आपने गलत सुना", "मैंने X बोला"
        "करेक्शन": "correction", "गलत": "galat", "ग़लत": "galat", "सुना": "suna", "बोला": "bola", "मैंने": "maine",
        // Pronouns and politeness
        "मुझे": "mujhe", "मेरा": "mera", "मेरी": "meri", "मेरे": "mere", "हमें": "hamein", "आप": "aap", "आपके": "aapke",
        "कृपया": "kripya", "ज़रा": "zara", "जरा": "zara", "प्लीज़": "please", "प्लीज": "please",
        // Asking
        "बताइए": "bataiye", "बताइये": "bataiye", "बताओ": "batao", "बताएं": "bataye", "बताये": "bataye", "बता": "bata",
        "दो": "do", "दीजिए": "dijiye", "दीजिये": "dijiye", "चाहिए": "chahiye", "चाहिये": "chahiye", "दिखाओ": "dikhao",
        "दिखाइए": "dikhaiye", "कौन": "kaun", "कौनसा": "kaunsa", "कौन-सा": "kaunsa", "सा": "sa", "कोई": "koi", "कुछ": "kuch",
        "कितने": "kitne", "कितना": "kitna", "कितनी": "kitni", "कहाँ": "kahan", "कहां": "kahan", "पता": "pata", "और": "aur", "प्लस": "plus", "किधर": "kidhar", "बनाम": "banam",
        "आता": "aata", "आती": "aati", "होता": "hota", "होती": "hoti", "शामिल": "shamil", "नाम": "naam", "शहर": "sheher",
        "अगले": "agle", "अगला": "agla", "आगे": "aage", "बारे": "baare", "कर": "kar", "सकते": "sakte", "सकती": "sakti",
        "करें": "karen", "करनी": "karni", "रहा": "raha", "रही": "rahi", "गया": "gaya", "गए": "gaye", "गयी": "gayi", "हुआ": "hua",
        "बोलिए": "boliye", "बोलो": "bolo", "थोड़ा": "thoda", "सुनाओ": "sunao", "कैसा": "kaisa", "लिए": "liye", "तक": "tak",
        "उसका": "uska", "उसकी": "uska", "उसके": "uska", "इसका": "uska", "इसकी": "uska", "इसके": "uska",
        // "Of them", "the rest": the last answer's hospitals
        "उनमें": "them", "इनमें": "them", "उनमे": "them", "इनमे": "them", "उनके": "them", "इनके": "them", "उनका": "them",
        "बाकी": "rest", "बाक़ी": "rest", "बचे": "rest", "वहाँ": "wahan", "वहां": "wahan", "उधर": "wahan", "वो": "woh", "वह": "woh", "यह": "yeh", "ये": "yeh", "कुल": "kul",
        "पिताजी": "father", "पापा": "father", "माँ": "mother",
        "मां": "mother", "टाइम": "time", "समय": "time", "स्कोर": "score", "बुक": "book", "पहुंचा": "pahuncha", "पहुँचा": "pahuncha",
        // The English words hospitals are named with, as the recogniser writes them
        "आई": "eye", "केयर": "care", "क्लिनिक": "clinic", "सेंटर": "center", "सेन्टर": "center", "नर्सिंग": "nursing", "होम": "home",
        "मेडिकल": "medical", "इंस्टिट्यूट": "institute", "इंस्टीट्यूट": "institute", "सुपर": "super", "स्पेशलिटी": "specialty",
        "स्पेशियलिटी": "specialty", "मल्टी": "multi", "मल्टीस्पेशलिटी": "multispecialty", "चिल्ड्रन": "children",
        "मैटरनिटी": "maternity", "वर्ल्ड": "world", "सिटी": "city", "हेल्थ": "health", "हेल्थकेयर": "healthcare", "लाइफ": "life",
        "ग्लोबल": "global", "न्यू": "new", "रिसर्च": "research", "डेंटल": "dental", "नेत्रालय": "nethralaya", "मेमोरियल": "memorial",
        "ट्रस्ट": "trust", "फाउंडेशन": "foundation", "जनरल": "general", "कैंसर": "cancer", "हार्ट": "heart",
        // Hospital, network, cover
        "अस्पताल": "hospital", "अस्पतालों": "hospital", "हॉस्पिटल": "hospital", "हस्पताल": "hospital", "हॉस्पिटल्स": "hospital",
        "नेटवर्क": "network", "बड़ा": "bada", "बडा": "bada", "पूरे": "poore", "पूरा": "poore", "सारे": "saare", "शहरों": "sheheron",
        "शहरो": "sheheron", "कवर": "cover", "कवरेज": "coverage", "इंश्योरेंस": "insurance", "बीमा": "insurance",
        "कार्ड": "card", "प्लान": "plan", "मेडिक्लेम": "mediclaim",
        // Yes, no, thanks, goodbye
        "हाँ": "haan", "हां": "haan", "हा": "haan", "जी": "ji", "ठीक": "theek", "सही": "sahi", "बिल्कुल": "bilkul", "ज़रूर": "zaroor",
        "जरूर": "zaroor", "नहीं": "nahi", "नही": "nahi", "ना": "na", "मत": "mat", "धन्यवाद": "dhanyavaad", "शुक्रिया": "shukriya",
        "बस": "bas", "इतना": "itna", "ही": "hi", "अलविदा": "alvida", "नमस्ते": "hello", "नमस्कार": "hello", "हेलो": "hello",
        "हैलो": "hello", "ओके": "okay",
        // The call itself
        "फिर": "phir", "दोबारा": "dobara", "दुबारा": "dubara", "धीरे": "dheere", "मदद": "madad", "इंसान": "insaan",
        "बात": "baat", "करना": "karna", "कराओ": "karao", "कराइए": "karaiye", "करवाइए": "karaiye", "एजेंट": "agent",
        "सुन": "sun", "रहे": "rahe", "आवाज़": "awaaz", "आवाज": "awaaz", "कौन?": "kaun", "मतलब": "matlab", "सॉरी": "sorry", "थैंक": "thank", "थैंक्स": "thanks", "यू": "you", "एक्चुअली": "actually", "बेसिकली": "basically", "या": "ya", "दोनों": "donon", "दोनो": "donon", "एड्रेस": "address", "पैनल": "panel", "साइड": "side", "टाई-अप": "tie up", "टाईअप": "tie up",
        "हिंदी": "hindi", "हिन्दी": "hindi", "इंग्लिश": "english", "अंग्रेज़ी": "angrezi", "अंग्रेजी": "angrezi",
        "समझाइए": "samjhaiye", "समझाइये": "samjhaiye", "समझाओ": "samjhao", "भाषा": "bhasha", "बोलिये": "boliye",
        // Emergencies
        "इमरजेंसी": "emergency", "एमरजेंसी": "emergency", "सीने": "seene", "सीना": "seene", "दर्द": "dard", "बेहोश": "behosh",
        "खून": "khoon", "एक्सीडेंट": "accident", "दुर्घटना": "durghatna", "एम्बुलेंस": "ambulance", "सांस": "saans", "साँस": "saans",
        "तकलीफ़": "takleef", "तकलीफ": "takleef", "दौरा": "daura", "अटैक": "attack", "स्ट्रोक": "stroke",
        "ज़हर": "poison", "जहर": "poison", "डूब": "doob", "होश": "hosh", "रुक": "ruk", "बह": "beh", "निकल": "nikal", "दिल": "dil",
        "तेज़": "tez", "तेज": "tez", "शुरू": "shuru", "प्रसव": "delivery", "गिर": "gir", "जल": "jal", "साँप": "snake",
        "सांप": "snake", "बिच्छू": "bichhu", "बिच्छु": "bichhu", "डंक": "dank", "पसीना": "pasina", "काटा": "kaata", "करंट": "current", "लकवा": "stroke", "पड़": "pad", "पड़ा": "pada", "पड़ी": "pada",
        "पड़े": "pada", "फूल": "phool", "थोड़ी": "thoda", "थोड़े": "thoda",
        // What the list does not hold
        "फोन": "phone", "फ़ोन": "phone", "नंबर": "number", "डॉक्टर": "doctor", "अपॉइंटमेंट": "appointment", "बेड": "bed",
        "क्लेम": "claim", "पॉलिसी": "policy", "प्रीमियम": "premium", "वेटिंग": "waiting", "पीरियड": "period", "को-पेमेंट": "copayment",
        "कोपेमेंट": "copayment", "नॉमिनी": "nominee", "टैक्स": "tax", "छूट": "exemption", "रिन्यू": "renew", "रिन्यूअल": "renewal",
        "सम": "sum", "इंश्योर्ड": "insured", "रिफंड": "reimbursement", "मैच": "match", "कीमत": "price", "खर्च": "cost", "फीस": "fees", "चार्ज": "charges",
        // Off-topic
        "मौसम": "weather", "चुटकुला": "joke", "गाना": "song", "क्रिकेट": "cricket", "फिल्म": "movie",
        // Numbers and order
        "एक": "ek", "तीन": "teen", "चार": "char", "पांच": "paanch", "पाँच": "paanch", "छह": "chhe", "सात": "saat", "आठ": "aath",
        "नौ": "nau", "दस": "das", "पहला": "pehla", "पहले": "pehle", "दूसरा": "doosra", "दूसरे": "doosre", "तीसरा": "teesra",
        "तीसरे": "teesra", "चौथा": "chautha", "आखिरी": "aakhri", "आख़िरी": "aakhri",
    ]
}
