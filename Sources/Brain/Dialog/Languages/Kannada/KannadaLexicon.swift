/// Kannada's words for the understanding stage, as Twilio's `kn-IN` recogniser writes them.
///
/// Each word maps to the Latin spelling ``Lexicon``'s lists use, so the rules are written once;
/// names of hospitals and places are transliterated by ICU (`Kannada-Latin`), never listed.
/// Kannada joins its postpositions to the noun ("ಬೆಂಗಳೂರಿನಲ್ಲಿ", in Bengaluru): ``suffixes`` cut
/// them off so the stem reaches the search on its own.
enum KannadaLexicon {
    /// What a caller says to choose Kannada.
    static let choosing: [String] = ["kannada", "kannada mein", "in kannada", "kannada please", "kannadadalli"]

    /// Endings that are words of their own to the rules: "ದಲ್ಲಿ"/"ನಲ್ಲಿ"/"ಯಲ್ಲಿ" (in), "ಹತ್ತಿರದ" (near).
    static let suffixes: [(String, String)] = [
        ("\u{200C}ನಲ್ಲಿ", "mein"), ("ದಲ್ಲಿ", "mein"), ("ನಲ್ಲಿ", "mein"), ("ಯಲ್ಲಿ", "mein"), ("ಲ್ಲಿರುವ", "mein"), ("ಹತ್ತಿರದ", "paas"),
    ]

    /// Emergencies said in Kannada as a bystander describes them.
    static let emergencies: [String] = [
        "ಉಸಿರಾಡಲು ಆಗುತ್ತಿಲ್ಲ", "ಉಸಿರು ಕಟ್ಟುತ್ತಿದೆ", "ಉಸಿರಾಟದ ತೊಂದರೆ", "ಪ್ರಜ್ಞೆ ಇಲ್ಲ", "ಪ್ರಜ್ಞೆ ತಪ್ಪಿದೆ", "ಪ್ರಜ್ಞೆ ತಪ್ಪಿದ್ದಾರೆ",
        "ಪ್ರಜ್ಞಾಹೀನ", "ಎದೆ ನೋವು", "ಎದೆನೋವು", "ಹೃದಯಾಘಾತ", "ರಕ್ತ ನಿಲ್ಲುತ್ತಿಲ್ಲ", "ತುಂಬಾ ರಕ್ತ", "ರಕ್ತಸ್ರಾವ", "ವಿಷ ಕುಡಿದಿದ್ದಾರೆ",
        "ವಿಷ ಕುಡಿದಿದ್ದಾನೆ", "ವಿಷ ಕುಡಿದಿದ್ದಾಳೆ", "ವಿಷ ಸೇವನೆ", "ಹಾವು ಕಚ್ಚಿದೆ", "ಹಾವು ಕಡಿದಿದೆ", "ಸುಟ್ಟು ಹೋಗಿದೆ", "ಸುಟ್ಟ ಗಾಯ",
        "ಮೂರ್ಛೆ", "ಫಿಟ್ಸ್", "ಪಾರ್ಶ್ವವಾಯು", "ಲಕ್ವಾ", "ಮಾತನಾಡಲು ಆಗುತ್ತಿಲ್ಲ", "ಅಪಘಾತ", "ಎಚ್ಚರ ಆಗುತ್ತಿಲ್ಲ", "ಏಳುತ್ತಿಲ್ಲ",
        "ಮುಳುಗಿದ್ದಾರೆ", "ಕರೆಂಟ್ ಹೊಡೆದಿದೆ", "ಹೆರಿಗೆ ನೋವು",
    ]

    /// Signs of an emergency described in Kannada: two together are one.
    static let emergencySigns: [String] = [
        "ಇದ್ದಕ್ಕಿದ್ದಂತೆ", "ರಕ್ತ", "ಉಸಿರು", "ನೀಲಿ", "ತಣ್ಣಗೆ", "ನಡುಕ", "ನೊರೆ", "ವಾಂತಿ", "ತಲೆಸುತ್ತು", "ಊತ", "ಸುಟ್ಟ", "ವಿಷ",
        "ಮಾತ್ರೆಗಳು", "ಬಾಟಲಿ", "ಬಿದ್ದರು", "ಬಿದ್ದಿದ್ದಾರೆ", "ಕೈ", "ಜೋಮು", "ತೊದಲು",
    ]

    /// Ordinary Kannada words that never name a hospital or a place.
    static let ordinaryWords: [String] = [
        "ನಾನು", "ನನಗೆ", "ನನ್ನ", "ನಾವು", "ನಮಗೆ", "ನಮ್ಮ", "ನೀವು", "ನಿಮಗೆ", "ನಿಮ್ಮ", "ಅವರು", "ಅವರಿಗೆ", "ಅವರ", "ಇದು", "ಅದು", "ಇಲ್ಲಿ",
        "ಅಲ್ಲಿ", "ಯಾರು", "ಯಾರಾದರೂ", "ಇದೆ", "ಇವೆ", "ಇದೆಯಾ", "ಇವೆಯಾ", "ಇತ್ತು", "ಇರುತ್ತದೆ", "ಮಾಡಿ", "ಮಾಡು", "ಮಾಡಬೇಕು", "ಹೇಳಿ",
        "ಹೇಳುತ್ತೀರಾ", "ಹೇಳಬಹುದಾ", "ತಿಳಿಸಿ", "ಬೇಕು", "ಬೇಕಾಗಿದೆ", "ಬೇಡ", "ಆಗುತ್ತಾ", "ಆಗುತ್ತದೆ", "ಸಿಗುತ್ತಾ", "ಸಿಗುತ್ತದೆ",
        "ನೋಡಿ", "ಕೇಳಿ", "ತುಂಬಾ", "ಸ್ವಲ್ಪ", "ಈಗ", "ಇವತ್ತು", "ನಾಳೆ", "ನಿನ್ನೆ", "ಬೇಗ", "ದಯವಿಟ್ಟು", "ಹೌದು", "ಇಲ್ಲ", "ಮತ್ತು", "ಅಥವಾ",
        "ಆದರೆ", "ಅಂದರೆ", "ಸರಿ", "ಅಕ್ಕ", "ಅಣ್ಣ", "ಸರ್", "ಮೇಡಂ", "ಅಮ್ಮ", "ಅಪ್ಪ", "ತಂದೆ", "ತಾಯಿ", "ಅಜ್ಜಿ", "ಅಜ್ಜ", "ಗಂಡ",
        "ಹೆಂಡತಿ", "ಮಗ", "ಮಗಳು", "ಸ್ನೇಹಿತ", "ರೋಗಿ", "ಪೇಷಂಟ್", "ಮನೆ", "ಜ್ವರ", "ನೋವು", "ಚಿಕಿತ್ಸೆ", "ಆಪರೇಷನ್", "ಪರೀಕ್ಷೆ",
        "ಹೆರಿಗೆ", "ಒಳ್ಳೆಯ", "ದೊಡ್ಡ", "ಹತ್ತಿರ", "ಹತ್ತಿರದ", "ನಗರ", "ಊರು", "ಏನು", "ಯಾವ", "ಯಾವುದು", "ಎಷ್ಟು", "ಎಲ್ಲಿ",
    ]

    /// Its most frequent words: the language itself, never a hospital's name.
    static let commonWords: [String] = ordinaryWords + [
        "ಮತ್ತು", "ಈ", "ಆ", "ಒಂದು", "ಎರಡು", "ಎಲ್ಲ", "ಎಲ್ಲಾ", "ಕೆಲವು", "ಬಗ್ಗೆ", "ಗೆ", "ಇಂದ", "ಜೊತೆ", "ಮೇಲೆ", "ಆಗಿದೆ", "ಮಾಡಿದ",
    ]

    /// Kannada words with the Latin spelling ``Lexicon``'s lists use.
    static let scriptWords: [String: String] = [
        // Postpositions and particles
        "ಅಲ್ಲಿ": "wahan", "ನಲ್ಲಿ": "mein", "ದಲ್ಲಿ": "mein", "ಯಲ್ಲಿ": "mein", "ಹತ್ತಿರ": "paas", "ಹತ್ತಿರದ": "paas", "ಸುತ್ತಮುತ್ತ": "paas", "ಬಳಿ": "paas", "ಇದೆ": "hai", "ಇವೆ": "hain",
        "ಇದೆಯಾ": "hai kya", "ಇವೆಯಾ": "hain kya", "ಏನು": "kya", "ಕೂಡ": "bhi", "ಸಹ": "bhi", "ಮಾತ್ರ": "sirf",
        // Asking
        "ಹೇಳಿ": "bataiye", "ಹೇಳುತ್ತೀರಾ": "bataiye", "ಹೇಳಬಹುದಾ": "bataiye", "ಹೇಳಿರಿ": "bataiye", "ತಿಳಿಸಿ": "bataiye",
        "ಹೇಳು": "batao", "ತೋರಿಸಿ": "dikhaiye", "ಬೇಕು": "chahiye", "ಬೇಕಾಗಿದೆ": "chahiye", "ಯಾವ": "kaunsa", "ಯಾವುದು": "kaunsa",
        "ಯಾವುದಾದರೂ": "koi", "ಎಷ್ಟು": "kitne", "ಎಲ್ಲಿ": "kahan", "ಎಲ್ಲಿದೆ": "kahan hai", "ವಿಳಾಸ": "address", "ಅಡ್ರೆಸ್": "address",
        "ಮತ್ತು": "aur", "ಇನ್ನೇನೂ": "aur kuch", "ಇನ್ನೇನು": "aur kuch", "ಇನ್ನೂ": "aur", "ಇನ್ನು": "aur", "ಇನ್ನಷ್ಟು": "aur", "ಮುಂದಿನ": "agle", "ಹೆಸರು": "naam", "ಹೆಸರುಗಳು": "naam",
        "ನಗರ": "sheher", "ನಗರದಲ್ಲಿ": "sheher mein", "ನಗರಗಳಲ್ಲಿ": "sheheron", "ಒಟ್ಟು": "kul", "ಎಲ್ಲಾ": "saare", "ಎಲ್ಲ": "saare",
        "ದೊಡ್ಡ": "bada",
        // Pronouns and politeness
        "ನನಗೆ": "mujhe", "ನನ್ನ": "mera", "ನಮಗೆ": "hamein", "ನೀವು": "aap", "ನಿಮ್ಮ": "aapke", "ದಯವಿಟ್ಟು": "kripya",
        "ಸ್ವಲ್ಪ": "zara", "ಪ್ಲೀಸ್": "please",
        // "Of them", "the rest", "its"
        "ಅವುಗಳಲ್ಲಿ": "them", "ಅವುಗಳ": "them", "ಉಳಿದ": "rest", "ಉಳಿದವು": "rest", "ಬಾಕಿ": "rest", "ಅದರ": "uska", "ಅದು": "woh",
        "ಇದು": "yeh",
        // Hospital, network, cover
        "ಆಸ್ಪತ್ರೆ": "hospital", "ಆಸ್ಪತ್ರೆಗಳು": "hospital", "ಆಸ್ಪತ್ರೆಗಳನ್ನು": "hospital", "ಆಸ್ಪತ್ರೆಗಳ": "hospital",
        "ಆಸ್ಪತ್ರೆಯ": "hospital", "ಆಸ್ಪತ್ರೆಯನ್ನು": "hospital", "ಆಸ್ಪತ್ರೆಯಲ್ಲಿ": "hospital mein", "ಹಾಸ್ಪಿಟಲ್": "hospital",
        "ಹಾಸ್ಪಿಟಲ್‌ಗಳು": "hospital", "ಹಾಸ್ಪಿಟಲ್ಸ್": "hospital", "ದವಾಖಾನೆ": "hospital", "ನೆಟ್‌ವರ್ಕ್": "network", "ನೆಟ್ವರ್ಕ್": "network",
        "ನೆಟ್‌ವರ್ಕ್‌ನಲ್ಲಿ": "network mein", "ನೆಟ್ವರ್ಕ್ನಲ್ಲಿ": "network mein", "ಬರುತ್ತದೆಯಾ": "aata hai kya", "ಬರುತ್ತಾ": "aata hai kya",
        "ಬರುತ್ತದೆ": "aata hai", "ಸೇರಿದೆಯಾ": "shamil hai kya", "ಸೇರಿದೆ": "shamil", "ಕ್ಯಾಶ್‌ಲೆಸ್": "cashless", "ಕ್ಯಾಶ್ಲೆಸ್": "cashless",
        "ಸಿಗುತ್ತಾ": "milega", "ಸಿಗುತ್ತದೆ": "milega", "ಇನ್ಶೂರೆನ್ಸ್": "insurance", "ವಿಮೆ": "insurance", "ಕವರ್": "cover",
        "ಚಿಕಿತ್ಸೆ": "ilaaj",
        // Yes, no, thanks, goodbye
        "ಹೌದು": "haan", "ಹಾಂ": "haan", "ಸರಿ": "theek hai", "ಖಂಡಿತ": "zaroor", "ಇಲ್ಲ": "nahi", "ಬೇಡ": "nahi chahiye",
        "ಧನ್ಯವಾದ": "dhanyavaad", "ಧನ್ಯವಾದಗಳು": "dhanyavaad", "ಥ್ಯಾಂಕ್ಸ್": "thanks", "ಅಷ್ಟೇ": "bas itna hi", "ಸಾಕು": "bas",
        "ನಮಸ್ಕಾರ": "hello", "ಓಕೆ": "okay",
        // The call itself
        "ಮತ್ತೆ": "phir", "ಮತ್ತೊಮ್ಮೆ": "phir se", "ನಿಧಾನವಾಗಿ": "dheere", "ನಿಧಾನ": "dheere", "ಸಹಾಯ": "madad",
        "ವ್ಯಕ್ತಿಯೊಂದಿಗೆ": "insaan", "ಮನುಷ್ಯರ": "insaan", "ಏಜೆಂಟ್": "agent", "ಮಾತನಾಡಬೇಕು": "baat karni", "ಮಾತಾಡಬೇಕು": "baat karni",
        "ಮಾತನಾಡಿ": "boliye", "ಮಾತಾಡಿ": "boliye", "ಮಾತನಾಡುತ್ತೀರಾ": "baat", "ಕೇಳುತ್ತಿದೆಯಾ": "sun rahe", "ಭಾಷೆ": "bhasha",
        "ಭಾಷೆಯಲ್ಲಿ": "bhasha", "ಕನ್ನಡ": "kannada", "ಕನ್ನಡದಲ್ಲಿ": "kannada mein", "ಕನ್ನಡದಲ್ಲೇ": "kannada mein", "ಹಿಂದಿ": "hindi",
        "ಹಿಂದಿಯಲ್ಲಿ": "hindi mein", "ಇಂಗ್ಲಿಷ್": "english", "ಇಂಗ್ಲೀಷ್": "english", "ಇಂಗ್ಲಿಷ್‌ನಲ್ಲಿ": "english mein",
        "ಇಂಗ್ಲಿಷ್ನಲ್ಲಿ": "english mein", "ಮರಾಠಿ": "marathi", "ಮರಾಠಿಯಲ್ಲಿ": "marathi mein",
        // Corrections
        "ತಪ್ಪು": "galat", "ತಪ್ಪಾಗಿ": "galat", "ಕೇಳಿಸಿಕೊಂಡಿರಿ": "suna", "ಹೇಳಿದ್ದು": "bola", "ಹೇಳಿದೆ": "bola", "ಅಂದರೆ": "matlab",
        // Emergencies
        "ತುರ್ತು": "emergency", "ಎಮರ್ಜೆನ್ಸಿ": "emergency", "ಎದೆ": "seene", "ನೋವು": "dard", "ಪ್ರಜ್ಞೆ": "hosh", "ರಕ್ತ": "khoon",
        "ಅಪಘಾತ": "accident", "ಆಕ್ಸಿಡೆಂಟ್": "accident", "ಆಂಬ್ಯುಲೆನ್ಸ್": "ambulance", "ಆಂಬುಲೆನ್ಸ್": "ambulance", "ಉಸಿರು": "saans",
        "ತೊಂದರೆ": "takleef", "ವಿಷ": "poison", "ಹಾವು": "snake", "ಹಾರ್ಟ್": "heart", "ಅಟ್ಯಾಕ್": "attack",
        // What the list does not hold
        "ಫೋನ್": "phone", "ನಂಬರ್": "number", "ಡಾಕ್ಟರ್": "doctor", "ವೈದ್ಯರು": "doctor", "ಅಪಾಯಿಂಟ್‌ಮೆಂಟ್": "appointment",
        "ಬೆಡ್": "bed", "ಕ್ಲೇಮ್": "claim", "ಖರ್ಚು": "cost", "ಬೆಲೆ": "price", "ಫೀಸ್": "fees", "ಪಾಲಿಸಿ": "policy",
        // The English words hospitals are named with, as the recogniser writes them
        "ಕೇರ್": "care", "ಕ್ಲಿನಿಕ್": "clinic", "ಸೆಂಟರ್": "center", "ನರ್ಸಿಂಗ್": "nursing", "ಹೋಮ್": "home", "ಮೆಡಿಕಲ್": "medical",
        "ಇನ್ಸ್ಟಿಟ್ಯೂಟ್": "institute", "ಸೂಪರ್": "super", "ಸ್ಪೆಷಾಲಿಟಿ": "specialty", "ಮಲ್ಟಿ": "multi", "ಚಿಲ್ಡ್ರನ್": "children",
        "ಮೆಟರ್ನಿಟಿ": "maternity", "ಸಿಟಿ": "city", "ಹೆಲ್ತ್": "health", "ಹೆಲ್ತ್‌ಕೇರ್": "healthcare", "ಲೈಫ್": "life",
        "ಗ್ಲೋಬಲ್": "global", "ನ್ಯೂ": "new", "ರಿಸರ್ಚ್": "research", "ಡೆಂಟಲ್": "dental", "ಮೆಮೋರಿಯಲ್": "memorial",
        "ಜನರಲ್": "general", "ಕ್ಯಾನ್ಸರ್": "cancer", "ಐ": "eye", "ರೋಡ್": "road", "ಲೇಔಟ್": "layout", "ನಗರ್": "nagar",
        "ಕ್ರಾಸ್": "cross", "ಮೇನ್": "main", "ಸ್ಟೇಜ್": "stage", "ಫೇಸ್": "phase", "ಬ್ಲಾಕ್": "block", "ಸರ್ಕಲ್": "circle",
        // Numbers and order
        "ಒಂದು": "ek", "ಎರಡು": "do", "ಮೂರು": "teen", "ನಾಲ್ಕು": "char", "ಐದು": "paanch", "ಆರು": "chhe", "ಏಳು": "saat",
        "ಎಂಟು": "aath", "ಒಂಬತ್ತು": "nau", "ಹತ್ತು": "das", "ಮೊದಲ": "pehla", "ಮೊದಲನೆಯ": "pehla", "ಎರಡನೆಯ": "doosra",
        "ಎರಡನೇ": "doosra", "ಮೂರನೆಯ": "teesra", "ಮೂರನೇ": "teesra", "ಕೊನೆಯ": "aakhri",
    ]
}
