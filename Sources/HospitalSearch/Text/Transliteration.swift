import Foundation
import Synchronization

/// Devanagari words in the Latin letters a network list spells them with, by ICU's transliterator.
///
/// Twilio's Hindi recogniser writes hospital and place names in Devanagari ("मणिपाल"); the list
/// has them in Latin ("Manipal"). ICU gives "maṇipāla"; accents are dropped and the inherent vowel
/// a Hindi speaker does not say at the end of a word is too (schwa deletion), so the forgiving
/// matching sees "manipal". No table of names is kept here.
public enum Transliteration {
    /// True when the text has any Devanagari letter.
    public static func hasDevanagari(_ text: some StringProtocol) -> Bool {
        text.unicodeScalars.contains { (0x0900...0x097F).contains($0.value) }
    }

    /// A Devanagari word in lower-case ASCII Latin letters; other text is returned unchanged.
    /// ICU takes tens of microseconds a word and callers say the same names again and again, so
    /// words are kept once worked out (at most ``cacheLimit`` of them).
    public static func latin(_ word: String) -> String {
        guard hasDevanagari(word) else { return word }
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
        guard var latin = word.applyingTransform(.toLatin, reverse: false) else { return word }
        // The nasal mark (ṁ) before k or g is said "n": बैंगलोर is "baingalor", not "baimgalor";
        // a written m before g (एमजीएम, "mgm") stays m.
        for (nasal, said) in [("ṁg", "ng"), ("ṁk", "nk"), ("ṁkh", "nkh"), ("ṁgh", "ngh")] {
            latin = latin.replacingOccurrences(of: nasal, with: said)
        }
        let plain = latin.applyingTransform(.stripDiacritics, reverse: false) ?? latin
        var letters = String(plain.lowercased().unicodeScalars.filter { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || $0 == " ") })
        // English names written in Devanagari use फ for "f": फोर्टिस is "fortis".
        letters = letters.replacingOccurrences(of: "ph", with: "f")
        if endsInConsonant(word), letters.count > 3, letters.hasSuffix("a") { letters.removeLast() }
        return letters
    }

    /// English letters as the `hi-IN` recogniser spells them out ("क्यू आर जी" for QRG).
    static let letterNames: [(String, Character)] = [
        ("डब्ल्यू", "w"), ("एक्स", "x"), ("क्यू", "q"), ("वाई", "y"), ("ज़ेड", "z"), ("जेड", "z"), ("एफ़", "f"), ("एफ", "f"),
        ("एच", "h"), ("एल", "l"), ("एम", "m"), ("एन", "n"), ("एस", "s"), ("आर", "r"), ("आई", "i"), ("बी", "b"), ("सी", "c"),
        ("डी", "d"), ("जी", "g"), ("जे", "j"), ("के", "k"), ("पी", "p"), ("टी", "t"), ("वी", "v"), ("यू", "u"), ("ओ", "o"),
        ("ई", "e"), ("ए", "a"),
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

    /// Devanagari digits as ASCII digits, and the danda (।, ॥) as a full stop.
    public static func normalisingDigits(_ text: String) -> String {
        guard hasDevanagari(text) else { return text }
        return String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { scalar -> Unicode.Scalar in
                    switch scalar.value {
                    case 0x0966...0x096F: return Unicode.Scalar(scalar.value - 0x0966 + 0x30) ?? scalar
                    case 0x0964, 0x0965: return "."
                    default: return scalar
                    }
                }))
    }

    /// A word whose last letter is a consonant carries an unspoken final "a" in ICU's Latin.
    private static func endsInConsonant(_ word: String) -> Bool {
        guard let last = word.unicodeScalars.last?.value else { return false }
        return (0x0915...0x0939).contains(last) || (0x0958...0x095F).contains(last)
    }
}
