import Foundation
import Synchronization

/// Words of an Indian script (``Script``) in the Latin letters a network list spells them with, by
/// ICU's transliterator for that script.
///
/// Twilio's Indian-language recognisers write hospital and place names in the language's script
/// ("मणिपाल", "ಮಣಿಪಾಲ್"); the list has them in Latin ("Manipal"). ICU gives "maṇipāla"; accents are
/// dropped and the inherent vowel a speaker does not say at the end of a word is too (schwa
/// deletion), so the forgiving matching sees "manipal". No table of names is kept here.
public enum Transliteration {
    /// True when the text has any letter of a script read through transliteration.
    public static func isOtherScript(_ text: some StringProtocol) -> Bool {
        Script.of(text).isTransliterated
    }

    /// A word of another script in lower-case ASCII Latin letters; other text is returned unchanged.
    /// ICU takes tens of microseconds a word and callers say the same names again and again, so
    /// words are kept once worked out (at most ``cacheLimit`` of them).
    public static func latin(_ word: String) -> String {
        guard isOtherScript(word) else { return word }
        if let known = cache.withLock({ $0[word] }) { return known }
        let latin = transliterated(word)
        cache.withLock { cache in
            if cache.count >= cacheLimit { cache.removeAll(keepingCapacity: true) }
            cache[word] = latin
        }
        return latin
    }

    static let cacheLimit = 10_000
    private static let cache = Mutex<[String: String]>([:])

    private static func transliterated(_ word: String) -> String {
        let script = Script.of(word)
        let transform = script.icuTransform.map { StringTransform($0) } ?? .toLatin
        let marks = script.interchangeableMarks
        let word = String(String.UnicodeScalarView(word.unicodeScalars.map { marks[$0] ?? $0 }))
        guard var latin = word.applyingTransform(transform, reverse: false) ?? word.applyingTransform(.toLatin, reverse: false) else { return word }
        // The nasal mark (ṁ) before k or g is said "n": बैंगलोर is "baingalor", not "baimgalor";
        // a written m before g (एमजीएम, "mgm") stays m.
        for (nasal, said) in [("ṁg", "ng"), ("ṁk", "nk"), ("ṁkh", "nkh"), ("ṁgh", "ngh")] {
            latin = latin.replacingOccurrences(of: nasal, with: said)
        }
        let plain = latin.applyingTransform(.stripDiacritics, reverse: false) ?? latin
        var letters = String(plain.lowercased().unicodeScalars.filter { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || $0 == " ") })
        // English names written in an Indian script use फ/ಫ for "f": फोर्टिस is "fortis".
        letters = letters.replacingOccurrences(of: "ph", with: "f")
        // …and व्ह for "v" (Marathi above all: सेव्हनहिल्स is "sevenhills", व्हिजन "vision").
        letters = letters.replacingOccurrences(of: "vh", with: "v")
        if script.dropsFinalVowel, endsInConsonant(word, script), letters.count > 3, letters.hasSuffix("a") { letters.removeLast() }
        return letters
    }

    /// English letters as the `hi-IN` and `kn-IN` recognisers spell them out ("क्यू आर जी" for QRG).
    static let letterNames: [(String, Character)] = [
        ("डब्ल्यू", "w"), ("एक्स", "x"), ("क्यू", "q"), ("वाई", "y"), ("ज़ेड", "z"), ("जेड", "z"), ("एफ़", "f"), ("एफ", "f"),
        ("एच", "h"), ("एल", "l"), ("एम", "m"), ("एन", "n"), ("एस", "s"), ("आर", "r"), ("आई", "i"), ("बी", "b"), ("सी", "c"),
        ("डी", "d"), ("जी", "g"), ("जे", "j"), ("के", "k"), ("पी", "p"), ("टी", "t"), ("वी", "v"), ("यू", "u"), ("ओ", "o"),
        ("ई", "e"), ("ए", "a"),
        // And as the `kn-IN` recogniser spells them ("ಬಿಜಿಎಸ್" for BGS).
        ("ಡಬ್ಲ್ಯೂ", "w"), ("ಎಕ್ಸ್", "x"), ("ಕ್ಯೂ", "q"), ("ಜೆಡ್", "z"), ("ಎಫ್", "f"), ("ಎಚ್", "h"), ("ಎಲ್", "l"), ("ಎಮ್", "m"),
        ("ಎಂ", "m"), ("ಎನ್", "n"), ("ಎಸ್", "s"), ("ಆರ್", "r"), ("ಬಿ", "b"), ("ಸಿ", "c"), ("ಡಿ", "d"), ("ಜಿ", "g"), ("ಜೆ", "j"),
        ("ಕೆ", "k"), ("ಪಿ", "p"), ("ಟಿ", "t"), ("ವಿ", "v"), ("ಯು", "u"),
    ]

    /// A word made only of spelt-out English letters, as those letters ("क्यूआरजी" → "qrg",
    /// "बीएलके" → "blk"); nil for any other word, or for one letter alone ("के" is "of").
    public static func initialism(_ word: String) -> String? {
        var rest = Substring(word)
        var letters = ""
        while !rest.isEmpty {
            guard let (name, letter) = letterNames.first(where: { rest.hasPrefix($0.0) }) else { return nil }
            letters.append(letter)
            rest = rest.dropFirst(name.count)
        }
        return letters.count >= 2 ? letters : nil
    }

    /// An Indian script's digits as ASCII digits, and the danda (।, ॥, which Kannada writes too)
    /// as a full stop.
    public static func normalisingDigits(_ text: String) -> String {
        let script = Script.of(text)
        guard let zero = script.digitZero else { return text }
        return String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { scalar -> Unicode.Scalar in
                    switch scalar.value {
                    case zero...(zero + 9): return Unicode.Scalar(scalar.value - zero + 0x30) ?? scalar
                    case 0x0964, 0x0965: return "."
                    default: return scalar
                    }
                }))
    }

    /// A word whose last letter is a consonant carries an unspoken final "a" in ICU's Latin.
    private static func endsInConsonant(_ word: String, _ script: Script) -> Bool {
        guard let last = word.unicodeScalars.last?.value else { return false }
        return script.consonants.contains { $0.contains(last) }
    }
}
