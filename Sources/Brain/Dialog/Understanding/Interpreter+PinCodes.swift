import HospitalSearch

/// A PIN code said as a place: "my pin is 411038", "411 038", "four one one zero three eight".
extension Interpreter {
    /// The six digits of a PIN code said in the utterance and the positions they took (with the
    /// words announcing it). Digits said in groups or one by one count; a run of more or fewer
    /// than six digits is some other number (a phone number, a count).
    func pinCode(in tokens: [String]) -> (digits: String, positions: [Int])? {
        var start = 0
        while start < tokens.count {
            var digits = ""
            var end = start
            // A pause ends the digits: "110002, 110002" is one PIN said twice, not twelve digits.
            while end < tokens.count, end == start || !breaks.contains(end), let said = Self.digits(of: tokens[end]) {
                digits += said
                end += 1
            }
            // Said twice without a pause, it is still one PIN.
            if digits.utf8.count == 12, digits.prefix(6) == digits.suffix(6) { digits = String(digits.prefix(6)) }
            // Digits said as words need a digit or a word like "pin" nearby: "one two" is no PIN.
            let announced = tokens[max(0, start - 3)..<min(tokens.count, end + 3)].contains(where: Lexicon.pinWords.contains)
            let written = tokens[start..<end].contains { $0.first?.isNumber == true }
            if end > start, PinCodes.isPIN(digits), written || announced {
                var positions = Array(start..<end)
                positions += tokens.indices.filter { Lexicon.pinWords.contains(tokens[$0]) }
                return (digits, positions.sorted())
            }
            start = max(end, start + 1)
        }
        return nil
    }

    /// A token's digits: "411038" → "411038", "four" → "4"; nil for anything else.
    private static func digits(of token: String) -> String? {
        if !token.isEmpty, token.utf8.count <= 6, token.allSatisfy({ $0.isASCII && $0.isNumber }) { return token }
        return Lexicon.digits[token].map(String.init)
    }
}
