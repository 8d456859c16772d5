/// What a caller asked to find, in words already cut out of the utterance by the dialog.
struct HospitalQuery: Sendable, Equatable {
    /// Words naming the hospital ("manipal", "sarjapur"), as the caller said them.
    var words: [String]
    /// Only hospitals in these cities (indexes into ``Places/cities``); empty means anywhere.
    var cities: [Int] = []
    /// Words of an area the hospital must be in ("whitefield"), matched against its places.
    var area: [String] = []
    /// The words are ICU's Latin for names said in another script (see ``Skeleton``).
    var heardIn = Script.latin

    /// How far a word heard in another script may be from the list's spelling of it.
    enum Hearing: Sendable {
        /// As spelt: typed or said in Latin letters.
        case asSpelt
        /// Or spelt the ways Devanagari cannot tell apart (``Skeleton/spelling(_:)``).
        case spellings
        /// Or any word with the same consonants (``Skeleton/key(_:)``).
        case consonants
    }

    init(words: [String], cities: [Int] = [], area: [String] = [], heardIn: Script = .latin) {
        self.words = words
        self.cities = cities
        self.area = area
        self.heardIn = heardIn
    }

    /// Tokenises free text the way the index does and drops words with no meaning for search.
    /// A name in Devanagari is read in ICU's Latin and matched as heard (``Skeleton``).
    init(text: String, cities: [Int] = [], area: String? = nil) {
        self.heardIn = Script.of(text)
        self.words = TextNormalizer.tokens(text).flatMap { token -> [String] in
            guard Transliteration.isOtherScript(token) else { return [token] }
            if let letters = Transliteration.initialism(token) { return [letters] }
            return Transliteration.latin(token).split(separator: " ").map(String.init)
        }.filter { !TextNormalizer.stopWords.contains($0) }
        self.cities = cities
        self.area = area.map { TextNormalizer.tokens($0).filter { !TextNormalizer.stopWords.contains($0) } } ?? []
    }
}

/// One hospital that answers a query, with why.
struct HospitalMatch: Sendable, Equatable {
    /// How sure the match is. Lower is better; results are ordered by tier, then score.
    enum Tier: Int, Sendable, Comparable {
        /// The caller said the hospital's whole name.
        case exactName = 0
        /// Every word the caller said is in the hospital's name or address, exactly.
        case nameAndPlace = 1
        /// At least one word matched only by spelling or sound.
        case fuzzy = 2

        static func < (lhs: Tier, rhs: Tier) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// How one of the caller's words was found in this hospital.
    struct Evidence: Sendable, Equatable, CustomStringConvertible {
        enum Field: String, Sendable {
            case name, alias, place

            /// How much a word found in this field says about which hospital is meant: the one
            /// table of field weights, used by scoring and by the explanations.
            var weight: Double {
                switch self {
                case .name: return 1
                case .alias: return 0.9
                case .place: return 0.75
                }
            }
        }
        let said: String
        let matched: [String]
        let field: Field
        let kind: Vocabulary.MatchKind

        var description: String { "\(said)→\(matched.joined(separator: "+"))(\(field.rawValue),\(kind.rawValue))" }
    }

    let hospital: Int
    let tier: Tier
    let score: Double
    let evidence: [Evidence]
}

/// The answer to a ``HospitalQuery``.
struct HospitalSearchResult: Sendable, Equatable {
    /// Hospitals that are what the caller asked for, best first.
    var matches: [HospitalMatch]
    /// Hospitals that share the distinctive name but not everything else the caller said
    /// (another branch, another area). Never to be presented as a match.
    var nearMisses: [HospitalMatch]
    /// Words the list does not know at all, even allowing for mis-hearing.
    var unknownWords: [String]

    static let empty = HospitalSearchResult(matches: [], nearMisses: [], unknownWords: [])
}
