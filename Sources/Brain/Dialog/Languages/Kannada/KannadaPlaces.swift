/// The case endings Kannada joins to a place's name, which depend on how the name ends:
/// ಬೆಂಗಳೂರು → ಬೆಂಗಳೂರಿನಲ್ಲಿ (in) / ಬೆಂಗಳೂರಿನ (of); ಪುಣೆ → ಪುಣೆಯಲ್ಲಿ / ಪುಣೆಯ; ಕೋಲ್ಕತ್ತಾ →
/// ಕೋಲ್ಕತ್ತಾದಲ್ಲಿ / ಕೋಲ್ಕತ್ತಾದ; ಹೈದರಾಬಾದ್ → ಹೈದರಾಬಾದ್‌ನಲ್ಲಿ. A name in Latin letters (an area
/// as the list writes it) takes them as a word of their own.
enum KannadaPlaces {
    /// "ಬೆಂಗಳೂರಿನಲ್ಲಿ", "Whitefield ನಲ್ಲಿ".
    static func `in`(_ place: String) -> String { joined(place, "ಲ್ಲಿ") }

    /// "ಬೆಂಗಳೂರಿನ", "Whitefield ನ".
    static func of(_ place: String) -> String { joined(place, "") }

    private static func joined(_ place: String, _ ending: String) -> String {
        var letters = Array(place.unicodeScalars)
        guard let last = letters.last, (0x0C80...0x0CFF).contains(last.value) else { return place + " ನ" + ending }
        let link: String
        switch last.value {
        case 0x0CC1, 0x0CC2:  // ು, ೂ: the u becomes i before ನ (ಬೆಂಗಳೂರು → ಬೆಂಗಳೂರಿನ)
            letters.removeLast()
            letters.append("\u{0CBF}")
            link = "ನ"
        case 0x0CC6, 0x0CC7, 0x0CBF, 0x0CC0, 0x0CC8:  // ೆ, ೇ, ಿ, ೀ, ೈ: a y joins (ಪುಣೆಯ, ದೆಹಲಿಯ, ಮುಂಬೈಯ)
            link = "ಯ"
        case 0x0CCD:  // ್: the name ends in a consonant (ಹೈದರಾಬಾದ್‌ನ)
            link = "\u{200C}ನ"
        default:  // ಾ or a consonant's own a: a d joins (ಕೋಲ್ಕತ್ತಾದ, ಗುರುಗ್ರಾಮದ)
            link = "ದ"
        }
        return String(String.UnicodeScalarView(letters)) + link + ending
    }
}
