/// Turns names, addresses and utterances into comparable tokens.
///
/// One set of rules for both sides: the network list is indexed with exactly the tokens a
/// caller's words are looked up with. Works on UTF-8 bytes for speed (a million-row list is
/// tokenised in seconds): ASCII letters are lower-cased, letters of other scripts are kept as
/// they are, everything else separates words.
public enum TextNormalizer {
    /// Lower-cased words with spelling variants unified (`centre` → `center`, `Dr` → `dr`,
    /// `Doctor` → `dr`, `&` → `and`, plurals → singular). Nothing is dropped.
    public static func tokens(_ text: String) -> [String] {
        var result: [String] = []
        var current: [UInt8] = []
        current.reserveCapacity(24)
        func flush() {
            guard !current.isEmpty else { return }
            result.append(canonical(String(decoding: current, as: UTF8.self)))
            current.removeAll(keepingCapacity: true)
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                current.append(byte + 32)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                current.append(byte)
            case 0x80...:
                current.append(byte)
            case UInt8(ascii: "'"):
                // "Agarwal's" is one word.
                continue
            case UInt8(ascii: "&"):
                flush()
                result.append("and")
            default:
                flush()
            }
        }
        flush()
        return result
    }

    /// The tokens joined by single spaces: the key for phrase tables such as ``CityDirectory``.
    public static func phrase(_ text: String) -> String {
        tokens(text).joined(separator: " ")
    }

    /// Spelling variants that mean the same word.
    static let synonyms: [String: String] = [
        "doctor": "dr", "doctors": "dr", "hosp": "hospital", "hsptl": "hospital", "hospitl": "hospital",
        "aspatal": "hospital", "aspataal": "hospital", "haspatal": "hospital",
        "centre": "center", "centres": "center", "centers": "center",
        "speciality": "specialty", "specialities": "specialty", "specialties": "specialty",
        "multispeciality": "multispecialty", "multispecialities": "multispecialty", "multispecialties": "multispecialty",
        "superspeciality": "superspecialty", "superspecialities": "superspecialty", "superspecialties": "superspecialty",
        "rd": "road", "opp": "opposite", "nr": "near", "sec": "sector", "sect": "sector",
        "netralaya": "nethralaya", "nursinghome": "nursing", "pvt": "private", "ltd": "limited",
        "childrens": "children", "womens": "women", "mens": "men", "paediatric": "pediatric", "orthopaedic": "orthopedic",
    ]

    /// Words that end in "s" without being plurals.
    static let keepFinalS: Set<String> = [
        "sciences", "services", "arts", "bus", "plus", "lotus", "campus", "genesis", "status", "jesus",
        "focus", "indus", "das", "thomas", "paras", "vikas", "kailas", "apollos", "fortis", "sirs",
        "columbus", "cross", "class", "mass", "pass", "press", "kids", "ivus", "ganpatis", "tiruvallas",
    ]

    /// Applies ``synonyms`` and folds simple plurals, identically for list and caller.
    static func canonical(_ word: String) -> String {
        if let synonym = synonyms[word] { return synonym }
        let bytes = word.utf8
        if bytes.count >= 5, bytes.last == UInt8(ascii: "s"), !keepFinalS.contains(word) {
            let beforeLast = bytes[bytes.index(bytes.endIndex, offsetBy: -2)]
            if beforeLast != UInt8(ascii: "s"), beforeLast != UInt8(ascii: "u"), beforeLast != UInt8(ascii: "i") {
                let singular = String(word.dropLast())
                return synonyms[singular] ?? singular
            }
        }
        return word
    }

    /// Words that say what kind of place a hospital is, not which one: they never identify a
    /// hospital on their own and weigh little in ranking.
    public static let genericWords: Set<String> = [
        "hospital", "clinic", "polyclinic", "nursing", "home", "center", "medical", "health", "healthcare", "care",
        "multispecialty", "superspecialty", "specialty", "super", "multi", "institute", "research", "trust", "memorial",
        "eye", "maternity", "children", "child", "heart", "general", "and", "the", "of", "unit", "a", "an", "foundation",
        "diagnostic", "dental", "surgical", "women", "mother", "society", "science", "cancer",
        "ortho", "orthopedic", "kidney", "service", "group", "new", "global", "city", "main", "speciality",
        "dr", "sri", "shri", "shree", "hospitality", "enterprise",
        "surgery", "trauma", "fertility", "ivf", "skin", "cardiac", "neuro", "laparoscopy", "urology", "gastro",
        "pediatric", "critical", "emergency",
        // Specialties callers name as the doctor they saw ("the ENT said…"), as names use them.
        "ent", "spine", "dialysis", "oncology", "cardio", "physiotherapy",
    ]

    /// Legal-form words: dropped from hospital names for both speaking and matching.
    public static let legalWords: Set<String> = ["private", "limited", "llp", "inc", "co", "p", "l", "pl", "opc", "corporation"]

    /// Words with no meaning for search in a caller's question.
    public static let stopWords: Set<String> = [
        "the", "a", "an", "of", "in", "at", "on", "near", "nearby", "around", "and", "or", "to", "for", "is", "are", "my",
        "your", "our", "by", "with", "there", "this", "that", "it", "its", "one", "please", "any", "some",
        "hi", "hello", "okay", "ok", "um", "uh", "hmm", "so", "which", "what", "where", "called", "named", "road",
    ]
}
