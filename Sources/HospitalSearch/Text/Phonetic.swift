/// A sound-alike key for words as an Indian-English speech recogniser may spell them.
///
/// Folds aspirated consonants (`dh` → `d`, `bh` → `b`), `ph`/`f`, `w`/`v`, `z`/`j`, `c`/`k`/`q`,
/// doubled letters, and every run of vowels to one placeholder vowel, so "Sahyadhri" and
/// "Sahyadri", "Manipaal" and "Manipal", "Bengalooru" and "Bengaluru" share a key, while
/// "Sahyadri" and "Chaudhary" do not. A shared key only proposes a candidate; the index still
/// weighs it below an exact or near spelling.
enum Phonetic {
    static func key(_ word: String) -> String {
        var bytes = Array(word.utf8)
        guard bytes.count >= 3, bytes.allSatisfy({ $0 < 0x80 }) else { return word }
        var folded: [UInt8] = []
        folded.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let next: UInt8 = index + 1 < bytes.count ? bytes[index + 1] : 0
            switch (byte, next) {
            case (UInt8(ascii: "p"), UInt8(ascii: "h")):
                folded.append(UInt8(ascii: "f"))
                index += 2
                continue
            case (UInt8(ascii: "c"), UInt8(ascii: "k")):
                folded.append(UInt8(ascii: "k"))
                index += 2
                continue
            case (UInt8(ascii: "s"), UInt8(ascii: "h")), (UInt8(ascii: "c"), UInt8(ascii: "h")):
                folded.append(UInt8(ascii: "s"))
                index += 2
                continue
            default:
                break
            }
            switch byte {
            case UInt8(ascii: "h"):
                // Aspiration after a consonant, and a silent final h, carry no distinction here.
                if folded.isEmpty { folded.append(byte) }
            case UInt8(ascii: "w"): folded.append(UInt8(ascii: "v"))
            case UInt8(ascii: "z"): folded.append(UInt8(ascii: "j"))
            case UInt8(ascii: "q"), UInt8(ascii: "c"): folded.append(UInt8(ascii: "k"))
            case UInt8(ascii: "x"): folded.append(contentsOf: [UInt8(ascii: "k"), UInt8(ascii: "s")])
            case UInt8(ascii: "y"): folded.append(UInt8(ascii: "i"))
            default: folded.append(byte)
            }
            index += 1
        }
        bytes = []
        for byte in folded {
            let isVowel =
                byte == UInt8(ascii: "a") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "i")
                || byte == UInt8(ascii: "o") || byte == UInt8(ascii: "u")
            // Any run of vowels sounds alike to a recogniser: keep that there was one, not which.
            let folded = isVowel ? UInt8(ascii: "a") : byte
            if let last = bytes.last, last == folded { continue }
            bytes.append(folded)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
