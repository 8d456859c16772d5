/// Hindi as Twilio's `en-IN` recogniser writes it in Latin letters (Hinglish): its closed classes,
/// the Latin spellings Hindi's, Marathi's and Kannada's own-script words are read as (``scriptWords``).
extension HindiLexicon {
    /// Its words of each closed class (``ClosedClass``), as the recogniser writes them in Latin letters.
    static let closedClasses: [ClosedClass: [String]] = [
        .goodbye: [
            // Hinglish: "bas itna hi" (that's all), "aur kuch nahi" (nothing else), "phone rakhta hoon" (I'll hang up). A
            // bare "bas" is also "only" ("mujhe bas pin code pata hai"): alone it is a goodbye (``IntentRules``).
            "bas itna", "bas itna hi", "bas ho gaya", "bas yahi", "itna hi", "aur kuch nahi", "kuch nahi chahiye",
            "phone rakhta", "phone rakhti", "alvida", "chalta hoon",
        ],
        .thanks: [
            "dhanyavaad", "dhanyawad", "dhanyavad", "shukriya", "bahut accha", "badhiya",
        ],
        .count: [
            // Hinglish: "kitne hospital" (how many hospitals), "kitne hain"
            "kitne", "kitna", "kitni", "ginti", "ginati",
        ],
        .networkSize: [
            "poora network",
            // Hindi: "kitna bada" (how big), "kul kitne" (how many in all), "poore network" (the whole network), "kitne sheheron"
            "kitna bada", "kul kitne", "kul", "poore network", "saare hospital", "kitne sheheron", "kaun kaun se sheher",
            "sheheron",
        ],
        .confirm: [
            // Hinglish: "network mein aata hai kya" (does it come in the network), "cover hota hai", "hai kya"
            "network mein", "network me", "aata hai", "aati hai", "hai kya", "cover hota", "cover hai", "shamil",
        ],
        .list: [
            // Hinglish: "batao"/"bataiye"/"bata do" (tell), "chahiye" (need), "dikhao" (show), "kaun se" (which)
            "batao", "bataiye", "bataye", "bata do", "bata dijiye", "chahiye", "dikhao", "dikhaiye", "kaun se", "kaunsa",
            "kaun sa", "naam", "them naam", "kahan ja sakte", "kahan jaa sakte", "kahan jaye", "kahan jayen", "kahan jaun",
        ],
        .more: [
            "agle", "agla",
            // Hinglish: "aur" (more), "aur batao", "aage" (further)
            "aur batao", "aur bataiye", "aur hospital", "aage", "aur dikhao", "aur", "aur koi",
        ],
        .switchPlace: [
            // Hinglish: "aur X mein?" (and in X?), "X ka kya" (what about X)
            "ka kya", "ke bare mein", "ke baare mein",
        ],
        .address: [
            // Hinglish: "ka pata" (its address), "kahan hai" (where is it). A bare "pata" is also "know" ("pata nahi",
            // "pata chale", "pata rakhna"): only asked for, or someone's, is it an address.
            "ka pata", "ke pata", "pata kya", "pata batao", "pata bataiye", "pata bata", "pata dijiye", "pata do",
            "pata chahiye", "pata bhejo", "pata bhej", "kahan hai", "kaha hai", "kahan par",
        ],
        .yes: [
            "ya", "haan", "ha", "han", "ji", "ji haan", "haan ji", "theek hai", "thik hai", "sahi", "bilkul", "zaroor",
            "hanji",
        ],
        .no: [
            "nahi", "nahin", "na", "ji nahi", "mat", "nahi chahiye",
        ],
        .help: [
            "kya kar sakte", "kya puch sakta", "madad",
        ],
        .identity: [
            "aap kaun", "tum kaun", "kaun bol raha", "aapka naam", "apaka naam", "apka naam", "tumhara naam", "tumhara nam",
        ],
        .lineCheck: [
            "sun rahe ho", "sun rahe hain", "awaaz aa rahi", "awaz aa rahi",
        ],
        .repeatLast: [
            "phir se", "fir se", "dobara", "dubara", "kya bola",
        ],
        .slower: [
            "dheere", "dheere se", "aaram se",
        ],
        .textMe: [
            "sms kar do", "sms karo", "sms kardo", "sms bhej", "sms bhejo", "message kar do", "message bhej", "msg kar do",
            "text kar do",
        ],
        .stopRecording: [
            "record mat karo", "recording mat karo", "recording band", "recording band karo", "record mat kijiye",
        ],
        .humanAgent: [
            "insaan", "kisi se baat", "aadmi se baat", "banda",
        ],
        .humanAgentNouns: [
            "banda",
        ],
        .networkQuestion: [
            "network mein", "network me", "panel mein", "panel me", "panel pe", "panel par",
            // Hinglish: "insurance chalega" (will my insurance work), "card chalta hai", "cashless milega"
            "insurance chalega", "insurance chalta", "insurance chalti", "card chalega", "card chalta", "policy chalegi",
            "cashless milega",
        ],
        .correction: [
            "matlab", "nahi nahi", "galat sun", "galat suna", "aapne galat", "maine bola", "bola maine", "maine kaha",
        ],
        .requestWords: [
            "alag", "ginti", "ginati", "pahle", "pehle", "pata", "kisi", "saare", "poore", "sheheron", "bada", "madad", "chal",
            // Hinglish function words: in, of, is, what, tell, need, which, my, me, please, the hospital, yes, no…
            "mein", "mai", "main", "ka", "ki", "ke", "ko", "se", "par", "pe", "hai", "hain", "ho", "tha", "kya", "batao",
            "bataiye", "bataye", "bata", "dijiye", "chahiye", "wala", "wale", "wali", "aspatal", "aspataal", "haan", "ji",
            "nahi", "nahin", "bas", "theek", "thik", "aur", "koi", "kuch", "kaun", "kaunsa", "sa", "se", "mera", "meri",
            "mere", "hamara", "hamare", "aap", "aapke", "aapka", "aapki", "saath", "sath", "kripya", "zara", "accha", "acha",
            "yeh", "ye", "woh", "vo", "wahan", "yahan", "dikhao", "dikhaiye", "naam", "aata", "aati", "hota", "hoti", "matlab",
            "kitne", "kitna", "kitni", "sirf", "bhi", "dhanyavaad", "shukriya", "nazdeek", "paas", "sheher", "shahar", "kahan",
            "kaha", "mujhe", "hamein", "aapke", "ho", "tha", "kripya", "agle", "agla", "pe", "par", "ko", "hota", "hoti",
            "shamil", "bhi", "angrezi", "baare", "bare", "kar", "sakte", "sakti", "karen", "karni", "raha", "rahi", "gaya",
            "gaye", "gayi", "hua", "boliye", "bolo", "thoda", "liye", "tak", "woh", "yeh", "kul", "rahe", "uska", "uski",
            "uske", "iska", "iski", "iske",
            // Asking to be told, shown or explained, in every form a caller uses
            "sunao", "sunaao", "sunaiye", "sunado", "batana", "bataen", "bataiyega", "samjhao", "samjhaiye", "dikhana",
        ],
        .clauseJoiners: [
            "aur", "tatha", "phir",
        ],
        .placeJoiners: [
            "ya", "donon", "dono", "banam",
            // Hinglish "X ke saath saath Y ke bhi" (along with)
            "saath", "sath", "bhi",
        ],
        .comparing: [
            "zyada", "jyada", "ज़्यादा", "ज्यादा", "अधिक", "adhik",
        ],
        .comparingAlone: [
            "तुलना", "बनाम", "banam",
        ],
        .comparingQuestions: [
            "kahan", "kis", "kaun", "kidhar", "कहाँ", "कहां", "किस", "किसमें", "कौन", "किधर",
        ],
        .pinWords: [
            "kod",
        ],
        .filler: [
            "ji", "accha", "acha", "achha", "achchha", "arre", "haanji", "namaste", "namaskar", "ya", "donon", "dono",
        ],
        .postpositions: [
            "mein", "me", "mai", "paas", "pass", "nazdeek", "najdik", "wala", "wale", "wali", "par", "pe", "pr", "aas",
            "andar",
        ],
        .negations: [
            "nahi", "nahin",
        ],
        .takenBackAfter: [
            "nahi", "nahin",
        ],
        .adjectival: [
            "wala", "wali", "wale",
        ],
        .onWords: [
            "pe", "par", "pr",
        ],
        .backReferences: [
            "naam", "wahan", "vahan",
        ],
        .hospitalWords: [
            "aspatal", "aspataal",
        ],
        .speakingWords: [
            "baat", "bolo", "boliye", "bolie", "bol", "bolna", "samjhaiye", "samjhao", "samjha", "samjhayiye", "bhasha",
        ],
        .languageFrame: [
            "mein", "me", "main", "kijiye", "karo", "kariye", "kar", "sakte", "sakti", "hain", "hai", "bataiye", "batao",
            "kya", "mujhe", "hum", "aap", "karni", "karna", "karenge",
        ],
        .beforeNetworkPhrase: [
            "mere", "mera", "meri", "hamare", "apne", "hai", "ke",
        ],
        .genitives: [
            "ka", "ke", "ki",
        ],
        .closesAPlace: [
            "bataiye", "batao", "bataen", "bata", "andar",
        ],
        .both: [
            "donon", "dono",
        ],
        .otherPeople: [
            "doosre", "dusre",
        ],
        .thatsAll: [
            "bas",
        ],
        .ambiguousNumbers: [
            "do",
        ],
        .countedNouns: [
            "naam",
        ],
        .countFollowers: [
            "naam", "aur",
        ],
        .anyOf: [
            "kisi", "koi",
        ],
        .oneWords: [
            "ek",
        ],
        .thatOne: [
            "uska", "uski", "uske", "iska", "iski", "iske", "woh",
        ],
        .emergency: [
            // Hinglish: "seene mein dard" (chest pain), "behosh" (unconscious), "khoon beh raha" (bleeding), "saans nahi"
            "seene mein dard", "sine mein dard", "behosh", "khoon", "saans nahi", "durghatna", "dil ka daura",
            // A scorpion or a snake (bichhu, saanp): in India, a sting or bite is a journey to hospital now
            "bichhu", "bichchhu", "bichu", "saanp ne", "saap ne", "sanp ne",
            // Hindi and Hinglish, as the Devanagari reaches the rules (HindiLexicon): breathing, fainting, bleeding,
            // a heart attack or fit, poison, drowning, a road accident, labour, severe pain, burns, a snake bite
            "saans lene mein takleef", "saans lene mein", "saans ruk", "saans nahi aa", "saans phool", "hosh nahi", "behosh",
            "khoon beh", "khoon nikal", "khoon aa", "daura pad", "daura pada", "daura padh", "dil ka daura", "attack aaya",
            "accident ho", "zeher", "zehar", "doob", "delivery ka dard", "dard shuru", "bahut dard", "bahut zyada dard",
            "tez dard", "jal gaya", "jal gayi", "jal gaye", "current laga", "ladkhada", "lakwa", "lakva", "munh tedha",
            "haath kaam nahi", "kaam nahi kar raha", "chuhe maarne", "keetnashak", "jhulas", "bol nahi pa", "bol nahi rahe",
            "bol nahi raha", "bol nahi rahi", "saans nahi le", "neela pad", "mirgi", "khoon ruk nahi", "ruk nahi raha",
        ],
        .emergencySigns: [
            "ubalta", "tezaab", "jhaag", "kaanp", "behosh", "khoon", "saans", "achanak",
            // Breath that labours, blood that will not stop, a body going cold and sweating, a sting or bite
            "tez saans", "saans tez", "haanf", "hanf", "band nahi", "ruk nahi", "thande", "thanda", "thandi", "pasina",
            "paseena", "kaat liya", "kaat li", "kaata", "dank", "daank",
        ],
        .longAgo: [
            "pichhle saal", "pichle saal", "saal pehle", "mahine pehle", "kuch time pehle",
        ],
        // The body, what has just happened to it, what says it has long been so (``Interpreter/describesInjury(_:)``),
        // in Hinglish and as the Devanagari reaches the rules
        .bodyParts: [
            "sar", "sir", "chehra", "aankh", "aankhen", "kaan", "naak", "munh", "honth", "jeebh", "gala", "gardan", "seena",
            "chhati", "pet", "kamar", "peeth", "haath", "baanh", "ungli", "ungliyan", "kalai", "kandha", "pair", "taang",
            "ghutna", "haddi", "daant", "chamdi", "badan", "sharir",
            "सिर", "माथा", "चेहरा", "आँख", "आंख", "आँखें", "आंखें", "कान", "नाक", "मुँह", "मुंह", "होंठ", "जीभ", "गला", "गले",
            "गर्दन", "सीना", "सीने", "छाती", "पेट", "कमर", "पीठ", "हाथ", "बाँह", "बांह", "उंगली", "उँगली", "उंगलियाँ", "उंगलियां",
            "कलाई", "कंधा", "पैर", "टांग", "टाँग", "घुटना", "घुटने", "हड्डी", "दांत", "दाँत", "चमड़ी", "बदन", "शरीर",
        ],
        .injuries: [
            "kuchal", "dab gaye", "dab gaya", "dab gayi", "toot gaya", "toot gayi", "toot gaye", "phat gaya", "phat gayi",
            "kat gaya", "kat gayi", "mud gaya", "mud gayi", "sooj gaya", "sooj gayi", "akad gaya", "akad gayi", "phans gaya",
            "phans gayi", "neela pad", "thanda pad", "sakht",
            "कुचल", "दब गए", "दब गया", "दब गई", "टूट गया", "टूट गई", "टूट गए", "फट गया", "फट गई", "कट गया", "कट गई", "कट गए",
            "मुड़ गया", "मुड़ गई", "सूज गया", "सूज गई", "सूज गए", "अकड़ गई", "अकड़ गया", "फंस गया", "फंस गई", "फँस गया",
            "फँस गई", "नीला पड़", "ठंडा पड़", "सख्त", "पत्थर जैसा", "खुल नहीं", "खोल नहीं",
        ],
        .longStanding: [
            "baar baar", "kabhi kabhi", "hafte se", "mahine se", "saal se", "kaafi time se", "roz", "hamesha", "purani",
            "operation", "surgery",
            "बार बार", "कभी कभी", "हफ्ते से", "हफ़्ते से", "महीने से", "साल से", "काफ़ी समय से", "काफी समय से", "रोज़", "रोज",
            "हमेशा", "पुरानी", "पुराना", "ऑपरेशन", "सर्जरी",
        ],
        .possessives: [
            "mera", "meri", "mere", "hamara", "hamari", "hamare", "apna", "apni", "apne",
        ],
        .placeNouns: [
            "jagah", "jagha", "ilaka", "ilaaka", "shahar", "sheher", "mohalla", "area",
            "जगह", "इलाका", "इलाक़ा", "शहर", "मोहल्ला", "एरिया", "एरिये", "लोकेशन", "सेक्टर",
        ],
        .copulas: [
            "hai", "tha",
        ],
        .questionWords: [
            "kya", "kaun", "kaunsa", "kaunse", "kaunsi", "konsa", "konse", "konsi", "kahan", "kahaan", "kidhar", "kitne", "kitna",
            "kitni", "kaise", "kab", "kyun", "kyon",
        ],
    ]

    /// Numbers as callers say them.
    static let numbers: [String: Int] = [
        "ek": 1, "do": 2, "teen": 3, "tin": 3, "char": 4, "chaar": 4, "paanch": 5, "panch": 5, "chhe": 6, "che": 6, "saat": 7,
        "aath": 8, "nau": 9, "das": 10,
    ]

    /// Digits said one by one, as in a PIN code.
    static let digits: [String: Character] = [
        "shunya": "0", "ek": "1", "do": "2", "teen": "3", "tin": "3", "char": "4", "chaar": "4", "paanch": "5", "panch": "5",
        "chhe": "6", "che": "6", "saat": "7", "aath": "8", "nau": "9",
    ]

    /// Which one: "the second", "the last", "that one".
    static let ordinals: [String: Int] = [
        "pehla": 1, "pehle": 1, "pahla": 1, "doosra": 2, "dusra": 2, "doosre": 2, "teesra": 3, "tisra": 3, "chautha": 4,
        "aakhri": -1, "akhri": -1,
    ]
}
