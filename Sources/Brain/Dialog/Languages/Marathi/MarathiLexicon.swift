/// Marathi's words for the understanding stage, as Twilio's `mr-IN` recogniser writes them.
///
/// Marathi shares its script with another registered language: its words are read with this table
/// first in a Marathi call, and the words only Marathi has (``LanguageRegistry/ownWords``) tell a
/// Marathi caller from the other's. Each word maps to the Latin spelling ``Lexicon``'s lists use, so the rules
/// are written once; names of hospitals and places are transliterated by ICU, never listed.
enum MarathiLexicon {
    /// What a caller says to choose Marathi.
    static let choosing: [String] = ["marathi", "marathi mein", "in marathi", "marathi please", "marathit"]

    /// A word's endings that are words of their own to the rules: "जवळच्या" is near, "मध्ये" in.
    /// "पुण्यामध्ये" reaches the rules as "पुण्या" and "mein" (``CityNames`` holds "पुण्या").
    static let suffixes: [(String, String)] = [("मध्ये", "mein"), ("मधील", "mein"), ("मधले", "mein"), ("तील", "mein"), ("जवळ", "paas")]

    /// The endings Marathi joins to a place, cut only from a city's name: in (-त, -तला, -मधला),
    /// of (-चा, -ची, -चे, -च्या), to (-ला), from (-हून, -पासून). Where what is left is itself a
    /// city's inflected form ("मुंबईत" of "मुंबईतचे"), that form is read in turn.
    static let caseEndings: [(String, String)] = [
        ("तल्या", "mein"), ("तला", "mein"), ("तली", "mein"), ("तले", "mein"), ("मधल्या", "mein"), ("मधला", "mein"), ("मधली", "mein"),
        ("च्या", "ke"), ("चा", "ka"), ("ची", "ki"), ("चे", "ke"), ("पासून", "se"), ("हून", "se"), ("ला", "ko"), ("त", "mein"),
    ]

    /// Emergencies said in Marathi as a bystander describes them: no breath, no waking, chest
    /// pain, blood that will not stop, poison, a bite, burns, fits, a stroke.
    static let emergencies: [String] = [
        "श्वास घेता येत नाही", "श्वास घेता येईना", "श्वास लागला", "दम लागला", "शुद्ध नाही", "शुद्धीवर नाही", "शुद्ध हरपली",
        "बेशुद्ध", "शुद्धीवर नाहीत", "छातीत दुखत", "छातीत कळ", "हृदयविकाराचा झटका", "रक्त थांबत नाही", "खूप रक्त", "रक्तस्राव", "विष प्यायले",
        "विष प्यायला", "विष प्यायली", "विष घेतले", "साप चावला", "भाजला", "भाजली", "भाजले", "झटके येत", "फिट आली", "फिट्स",
        "अर्धांगवायू", "लकवा", "तोंड वाकडे", "बोलता येत नाही", "अपघात झाला", "उठत नाही", "उठत नाहीत", "प्रतिसाद देत नाही",
        "बुडाला", "बुडाली", "करंट लागला", "कळा सुरू", "पाणी गेले",
    ]

    /// Signs of an emergency described in Marathi: two together are one.
    static let emergencySigns: [String] = [
        "अचानक", "बेशुद्ध", "रक्त", "श्वास", "निळे", "निळा", "थंड", "झटके", "फेस", "उलटी", "चक्कर", "सुजले", "भाजले", "विष",
        "गोळ्या", "बाटली", "पडले", "पडला", "पडली", "हात", "बधीर", "अडखळत",
    ]

    /// Ordinary Marathi words that never name a hospital or a place: heard, none is ever looked up
    /// as a name, and none is taken for a city by its sound.
    static let ordinaryWords: [String] = [
        "मी", "मला", "माझा", "माझी", "माझे", "माझ्या", "आम्ही", "आम्हाला", "आमचा", "आमची", "आमचे", "तुम्ही", "तुम्हाला", "तुमचा",
        "तुमची", "तुमचे", "तुमच्या", "आपण", "आपल्या", "हे", "ते", "ती", "तो", "त्या", "इथे", "तिथे", "इकडे", "तिकडे", "कोणी", "कोणीही",
        "आहे", "आहेत", "होते", "होता", "होती", "असेल", "असतील", "आहात", "करा", "करू", "करायचे", "करायचं", "करता", "सांगा", "सांगाल",
        "सांगू", "सांगता", "पाहिजे", "हवे", "हवं", "हवी", "हवेत", "शकता", "शकाल", "शकेल", "शकते", "जायचे", "जायचं", "जाऊ", "येईल",
        "मिळेल", "मिळतील", "बघा", "बघू", "ऐका", "खूप", "जरा", "थोडे", "थोडं", "आता", "आज", "उद्या", "काल", "लवकर", "नक्की",
        "कृपया", "हो", "होय", "नाही", "नको", "आणि", "किंवा", "पण", "म्हणजे", "बरं", "बरे", "अहो", "ताई", "दादा", "साहेब", "मॅडम",
        "आई", "वडील", "बाबा", "भाऊ", "बहीण", "नवरा", "बायको", "मुलगा", "मुलगी", "आजी", "आजोबा", "मित्र", "शेजारी", "पेशंट",
        "रुग्ण", "घर", "घरी", "ताप", "दुखणे", "उपचार", "ऑपरेशन", "तपासणी", "डिलिव्हरी", "आजारी", "चांगले", "चांगलं", "जवळचे",
        "जवळच्या", "मोठे", "मोठं", "शहर", "शहरात", "काय", "कोणते", "कोणती", "किती", "कुठे", "कुठं", "एखादे", "एखादं",
    ]

    /// Its most frequent words: the language itself, never a hospital's name.
    static let commonWords: [String] = ordinaryWords + [
        "आहे", "नाही", "आणि", "हे", "ते", "या", "व", "की", "का", "पण", "तर", "मध्ये", "साठी", "करून", "केले", "झाले", "होते",
        "त्यांना", "त्याच्या", "त्यांच्या", "अशी", "असे", "एक", "दोन", "सर्व", "काही", "आता", "येथे",
    ]

    /// Marathi words with the Latin spelling ``Lexicon``'s lists use. Loanwords Marathi writes as
    /// the other language of its script does (डॉक्टर, क्लिनिक) are read through that one's table; only
    /// Marathi's own are here.
    static let scriptWords: [String: String] = [
        // Postpositions and particles
        "मध्ये": "mein", "मधील": "mein", "त": "mein", "चा": "ka", "ची": "ki", "चे": "ke", "च्या": "ke", "ला": "ko",
        "पासून": "se", "वर": "par", "जवळ": "paas", "जवळचे": "paas", "जवळच्या": "paas", "जवळील": "paas", "आसपास": "paas",
        "परिसरात": "paas", "आहे": "hai", "आहेत": "hain", "का": "kya", "काय": "kya", "सुद्धा": "bhi", "पण": "bhi", "फक्त": "sirf",
        // Asking
        "सांगा": "bataiye", "सांगाल": "bataiye", "सांगता": "bataiye", "सांग": "batao", "सांगू": "bata", "दाखवा": "dikhaiye",
        "हवे": "chahiye", "हवं": "chahiye", "हवेत": "chahiye", "हवी": "chahiye", "पाहिजे": "chahiye", "पाहिजेत": "chahiye",
        "कोणते": "kaunsa", "कोणती": "kaunsa", "कोणता": "kaunsa", "कोणत्या": "kaunsa", "कोणतेही": "koi", "एखादे": "koi",
        "किती": "kitne", "कुठे": "kahan", "कुठं": "kahan", "पत्ता": "pata", "आणि": "aur", "अजून": "aur", "आणखी": "aur", "काही": "kuch", "काहीही": "kuch",
        "पुढचे": "agle", "पुढील": "agle", "पुढे": "aage", "नाव": "naam", "नावे": "naam", "नावं": "naam", "शहर": "sheher",
        "शहरात": "sheher", "शहरांमध्ये": "sheheron", "शहरांत": "sheheron", "एकूण": "kul", "सगळे": "saare", "सगळी": "saare",
        "सर्व": "saare", "मोठे": "bada", "मोठं": "bada", "शकता": "sakte", "शकाल": "sakte", "करा": "karen",
        // Pronouns and politeness
        "मला": "mujhe", "माझा": "mera", "माझी": "meri", "माझे": "mere", "माझ्या": "mere", "आम्हाला": "hamein", "तुम्ही": "aap",
        "तुमच्या": "aapke", "तुमचा": "aapke", "कृपया": "kripya", "जरा": "zara", "प्लीज": "please",
        // "Of them", "the rest", "its": the last answer's hospitals
        "त्यापैकी": "them", "त्यांपैकी": "them", "त्यातील": "them", "त्यांच्यापैकी": "them", "बाकीचे": "rest", "बाकी": "rest",
        "उरलेले": "rest", "तिथे": "wahan", "तिकडे": "wahan", "त्याचा": "uska", "त्याची": "uska", "त्याचे": "uska",
        "त्यांचा": "uska", "त्यांचे": "uska",
        // Hospital, network, cover
        "हॉस्पिटल": "hospital", "हॉस्पिटलं": "hospital", "हॉस्पिटल्स": "hospital", "हॉस्पिटलची": "hospital",
        "हॉस्पिटलचा": "hospital", "हॉस्पिटलचे": "hospital", "हॉस्पिटलमध्ये": "hospital mein", "रुग्णालय": "hospital",
        "रुग्णालये": "hospital", "रुग्णालयं": "hospital", "रुग्णालयात": "hospital mein", "रुग्णालयांची": "hospital",
        "रुग्णालयाचा": "hospital", "रुग्णालयाचे": "hospital", "दवाखाना": "hospital", "दवाखाने": "hospital", "इस्पितळ": "hospital",
        "नेटवर्क": "network", "नेटवर्कमध्ये": "network mein", "येते": "aata", "येतं": "aata", "येतो": "aata", "येतात": "aata",
        "समाविष्ट": "shamil", "चालेल": "chalega", "चालतो": "chalta", "चालते": "chalti", "कॅशलेस": "cashless", "मिळेल": "milega",
        "इन्शुरन्स": "insurance", "विमा": "insurance", "कव्हर": "cover",
        // Yes, no, thanks, goodbye
        "हो": "haan", "होय": "haan", "हां": "haan", "बरोबर": "sahi", "ठीक": "theek", "नक्की": "zaroor", "नाही": "nahi",
        "नको": "nahi chahiye", "धन्यवाद": "dhanyavaad", "आभारी": "dhanyavaad", "बस": "bas", "एवढंच": "itna hi",
        "एवढेच": "itna hi", "इतकंच": "itna hi", "पुरे": "bas", "नमस्कार": "hello", "ओके": "okay",
        // The call itself: again, slower, a person, the language
        "पुन्हा": "phir", "परत": "phir", "हळू": "dheere", "हळूहळू": "dheere", "मदत": "madad", "माणसाशी": "insaan",
        "व्यक्तीशी": "insaan", "एजंटशी": "agent", "बोलायचं": "baat karni", "बोलायचे": "baat karni", "बोलायचंय": "baat karni",
        "बोला": "boliye", "बोलू": "baat", "बोलाल": "boliye", "ऐकू": "sun", "भाषा": "bhasha", "भाषेत": "bhasha",
        "मराठी": "marathi", "मराठीत": "marathi mein", "मराठीमध्ये": "marathi mein", "हिंदी": "hindi", "हिंदीत": "hindi mein",
        "हिंदीमध्ये": "hindi mein", "इंग्रजी": "english", "इंग्रजीत": "english mein", "इंग्रजीमध्ये": "english mein",
        "इंग्लिश": "english", "कन्नड": "kannada", "कन्नडमध्ये": "kannada mein",
        // Corrections: "चूक", "तुम्ही चुकीचं ऐकलं", "मी X म्हटलं"
        "चूक": "galat", "चुकीचं": "galat", "चुकीचे": "galat", "ऐकलं": "suna", "ऐकले": "suna", "म्हटलं": "bola", "म्हटले": "bola",
        "म्हणालो": "bola", "म्हणाले": "bola", "म्हणजे": "matlab",
        // Emergencies
        "इमर्जन्सी": "emergency", "आणीबाणी": "emergency", "छातीत": "seene mein", "छाती": "seene", "दुखतंय": "dard",
        "दुखत": "dard", "वेदना": "dard", "बेशुद्ध": "behosh", "रक्त": "khoon", "अपघात": "accident", "अ‍ॅम्ब्युलन्स": "ambulance",
        "ॲम्ब्युलन्स": "ambulance", "अँब्युलन्स": "ambulance", "रुग्णवाहिका": "ambulance", "श्वास": "saans", "त्रास": "takleef",
        "विष": "poison", "झटका": "attack", "साप": "snake",
        // What the list does not hold
        "फोन": "phone", "नंबर": "number", "डॉक्टर": "doctor", "अपॉइंटमेंट": "appointment", "बेड": "bed", "क्लेम": "claim",
        "खर्च": "cost", "किंमत": "price", "फी": "fees", "पॉलिसी": "policy",
        // Numbers and order
        "एक": "ek", "दोन": "do", "तीन": "teen", "चार": "char", "पाच": "paanch", "सहा": "chhe", "सात": "saat", "आठ": "aath",
        "नऊ": "nau", "दहा": "das", "पहिले": "pehla", "पहिला": "pehla", "पहिल्या": "pehla", "दुसरे": "doosra", "दुसरा": "doosra",
        "दुसऱ्या": "doosre", "तिसरे": "teesra", "तिसरा": "teesra", "शेवटचे": "aakhri", "शेवटचा": "aakhri",
    ]
}
