/// The consonants of a word as an Indian-language speaker says it: the key that lets a name heard in
/// Devanagari find the list's Latin spelling of it.
///
/// The `hi-IN` recogniser writes "Wockhardt" as वॉकहार्ट or वोखार्ट, and ICU reads those back as
/// "vokahart" and "vokhart"; the list says "Wockhardt". What survives every one of those spellings
/// is the consonants, once the distinctions Devanagari and Latin draw differently are folded:
/// vowels and their length ("sar"/"sir", "ai"/"e"), doubled letters, aspiration (`kh`, `dh`), `w`/`v`,
/// `sh`/`s`, `ph`/`f`, soft `c`, `t`/`d` (English "th" is द or थ; `ṭ` and `ḍ` lose their dots),
/// and `y` and `h` after the first letter. A word that starts with a vowel keeps one mark of it, so
/// "Apollo" is `apl`, not `pl`. Two words with one skeleton only sound alike; the index weighs
/// such a match below an exact or near spelling.
public enum Skeleton {
    /// The word with only the spelling differences Devanagari cannot show folded: vowel length
    /// ("ee"/"i", "oo"/"u", "aa"/"a"), `w`/`v`, `sh`/`s`, `ph`/`f`, doubled letters, a silent `h`.
    /// Unlike ``key(_:)`` it keeps which vowels there are, so जीवन finds Jeevan and Jeewan alike,
    /// but नारायणा (Narayana) is not Narayan.
    public static func spelling(_ word: String) -> String {
        var out: [UInt8] = []
        let letters = Array(word.utf8)
        guard letters.allSatisfy({ $0 < 0x80 }) else { return word }
        var index = 0
        while index < letters.count {
            var byte = letters[index]
            let next: UInt8 = index + 1 < letters.count ? letters[index + 1] : 0
            switch (byte, next) {
            case (UInt8(ascii: "e"), UInt8(ascii: "e")): byte = UInt8(ascii: "i"); index += 1
            case (UInt8(ascii: "o"), UInt8(ascii: "o")): byte = UInt8(ascii: "u"); index += 1
            case (UInt8(ascii: "p"), UInt8(ascii: "h")): byte = UInt8(ascii: "f"); index += 1
            case (UInt8(ascii: "s"), UInt8(ascii: "h")): byte = UInt8(ascii: "s"); index += 1
            case (UInt8(ascii: "w"), _): byte = UInt8(ascii: "v")
            case (UInt8(ascii: "h"), _) where !out.isEmpty && !"aeiou".utf8.contains(out.last ?? 0): index += 1; continue
            default: break
            }
            if out.last != byte { out.append(byte) }
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    public static func key(_ word: String) -> String {
        let letters = Array(word.utf8)
        guard !letters.isEmpty, letters.allSatisfy({ $0 < 0x80 }) else { return word }
        var out: [UInt8] = []
        var index = 0
        func isVowel(_ byte: UInt8) -> Bool { "aeiou".utf8.contains(byte) }
        while index < letters.count {
            let byte = letters[index]
            let next: UInt8 = index + 1 < letters.count ? letters[index + 1] : 0
            var folded: UInt8?
            var width = 1
            switch (byte, next) {
            case (UInt8(ascii: "p"), UInt8(ascii: "h")): folded = UInt8(ascii: "f"); width = 2
            case (UInt8(ascii: "c"), UInt8(ascii: "k")): folded = UInt8(ascii: "k"); width = 2
            case (UInt8(ascii: "s"), UInt8(ascii: "h")), (UInt8(ascii: "c"), UInt8(ascii: "h")): folded = UInt8(ascii: "s"); width = 2
            case (UInt8(ascii: "d"), UInt8(ascii: "t")): folded = UInt8(ascii: "t"); width = 2
            default:
                switch byte {
                case _ where isVowel(byte): folded = out.isEmpty && index == 0 ? UInt8(ascii: "a") : nil
                case UInt8(ascii: "y"), UInt8(ascii: "h"): folded = index == 0 ? byte : nil
                case UInt8(ascii: "w"): folded = UInt8(ascii: "v")
                case UInt8(ascii: "z"): folded = UInt8(ascii: "j")
                case UInt8(ascii: "q"): folded = UInt8(ascii: "k")
                case UInt8(ascii: "d"): folded = UInt8(ascii: "t")
                case UInt8(ascii: "c"): folded = "eiy".utf8.contains(next) ? UInt8(ascii: "s") : UInt8(ascii: "k")
                case UInt8(ascii: "x"):
                    if out.last != UInt8(ascii: "k") { out.append(UInt8(ascii: "k")) }
                    folded = UInt8(ascii: "s")
                default: folded = byte
                }
            }
            if let folded, out.last != folded { out.append(folded) }
            index += width
        }
        return String(decoding: out, as: UTF8.self)
    }
}
