/// Recogniser hints as Twilio takes them: tidy, unique, within its limits.
extension TwiML {
    /// Most hints Twilio takes (500 entries of at most 100 characters, warning 13330); more are
    /// dropped, the likeliest first kept.
    public static let maximumHints = 500

    static func cleanHints(_ hints: [String]) -> [String] {
        var seen = Set<String>(minimumCapacity: min(hints.count, maximumHints))
        var result: [String] = []
        result.reserveCapacity(min(hints.count, maximumHints))
        for hint in hints {
            // Commas separate hints in the attribute, so none may remain inside one.
            let cleaned = isTidy(hint) ? hint : hint.split(whereSeparator: { $0 == "," || $0.isWhitespace }).joined(separator: " ")
            guard !cleaned.isEmpty, cleaned.utf8.count <= 100, seen.insert(cleaned).inserted else { continue }
            result.append(cleaned)
            if result.count == maximumHints { break }
        }
        return result
    }

    /// True when the hint has no comma, control character, or leading, trailing or doubled space
    /// (one pass over the bytes: this runs for every hint of every answer).
    private static func isTidy(_ hint: String) -> Bool {
        var previous = UInt8(ascii: " ")
        for byte in hint.utf8 {
            if byte == UInt8(ascii: ",") || byte < 0x20 || (byte == UInt8(ascii: " ") && previous == byte) { return false }
            previous = byte
        }
        return previous != UInt8(ascii: " ")
    }
}
