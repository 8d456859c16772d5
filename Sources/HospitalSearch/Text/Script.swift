/// A writing system a recogniser may write the caller's words in. Every script but Latin reaches
/// the search through ICU's transliteration into the Latin letters the list is spelt with
/// (``Transliteration``), and is matched as heard rather than as spelt (``Skeleton``): a name
/// written in an Indian script is a guess at the English spelling's sounds.
public enum Script: String, Sendable, Codable, CaseIterable {
    case latin
    /// Written by more than one language: the brain tells them apart by their words.
    case devanagari
    /// Kannada.
    case kannada

    /// The Unicode block the script's letters are in.
    var block: ClosedRange<UInt32> {
        switch self {
        case .latin: return 0x0041...0x024F
        case .devanagari: return 0x0900...0x097F
        case .kannada: return 0x0C80...0x0CFF
        }
    }

    /// Its consonant letters: a word ending in one carries an unspoken final "a" in ICU's Latin.
    var consonants: [ClosedRange<UInt32>] {
        switch self {
        case .latin: return []
        case .devanagari: return [0x0915...0x0939, 0x0958...0x095F]
        case .kannada: return [0x0C95...0x0CB9, 0x0CDE...0x0CDE]
        }
    }

    /// Its digit zero; the nine after it follow.
    var digitZero: UInt32? {
        switch self {
        case .latin: return nil
        case .devanagari: return 0x0966
        case .kannada: return 0x0CE6
        }
    }

    /// ICU's transform from the script to Latin.
    var icuTransform: String? {
        switch self {
        case .latin: return nil
        case .devanagari: return "Devanagari-Latin"
        case .kannada: return "Kannada-Latin"
        }
    }

    /// Marks the recognisers write interchangeably for one sound, each with the one ICU is given:
    /// a nasal vowel is written with the candrabindu or the anusvara alike (आँकड़ा, आंकड़ा), and
    /// ICU reads the first as "m̐" where the second becomes the "n" a speaker says before k or g.
    var interchangeableMarks: [Unicode.Scalar: Unicode.Scalar] {
        switch self {
        case .latin: return [:]
        case .devanagari: return ["\u{0901}": "\u{0902}"]
        case .kannada: return ["\u{0C81}": "\u{0C82}"]
        }
    }

    /// Whether a word's final consonant is said without its inherent "a": Hindi and Marathi drop
    /// it (मणिपाल is "Manipal"); Kannada says it (ಮಲ್ಯ is "Mallya", ಜಯದೇವ "Jayadeva") and writes a
    /// final consonant with a virama when it means none (ಮಣಿಪಾಲ್).
    var dropsFinalVowel: Bool { self == .devanagari }

    /// True for a script the search reads through transliteration: its words are a guess at a
    /// Latin spelling, matched as heard.
    public var isTransliterated: Bool { self != .latin }

    /// True when `text` has any letter of this script.
    public func writes(_ text: some StringProtocol) -> Bool {
        let block = self.block
        return text.unicodeScalars.contains { block.contains($0.value) }
    }

    /// The first script other than Latin that `text` has a letter of; Latin when none.
    public static func of(_ text: some StringProtocol) -> Script {
        for scalar in text.unicodeScalars where scalar.value >= 0x0900 {
            if let script = transliterated.first(where: { $0.block.contains(scalar.value) }) { return script }
        }
        return .latin
    }

    /// Every script read through transliteration.
    static let transliterated: [Script] = allCases.filter(\.isTransliterated)
}
