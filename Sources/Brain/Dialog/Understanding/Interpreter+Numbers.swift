import Shared

/// How many hospitals the caller asks for, and which one of a list they point at.
extension Interpreter {
    /// "five hospitals", "tell me 3", "a few hospitals".
    func count(in tokens: [String]) -> (value: Int, position: Int)? {
        for (index, token) in tokens.enumerated() {
            guard let value = Int(token) ?? Self.numberWords[token], (1...50).contains(value) else { continue }
            // Hindi "do" (two) only before "hospital" or "(ke) naam": "do you have…" is not a number.
            let next = tokens[(index + 1)..<min(tokens.count, index + 3)]
            if token == "do", next.first != "hospital", next.first != "naam", Array(next) != ["ke", "naam"] { continue }
            let following = tokens[(index + 1)..<min(tokens.count, index + 4)]
            let before = index > 0 ? tokens[index - 1] : ""
            // "four of them", "chaar ke naam", "do teen aur": a count of hospitals, named or more.
            if following.contains("hospital") || following.contains("option") || following.contains("more") || following.contains("naam")
                || following.contains("them") || following.contains("aur") || following.contains("name")
                || ["me", "list", "name", "show", "give", "suggest", "tell", "top", "first"].contains(before)
            {
                return (value, index)
            }
        }
        return nil
    }

    /// "the second one" → 2, "the last one" → -1, "number two" → 2.
    func ordinal(in tokens: [String]) -> Int? {
        for (index, token) in tokens.enumerated() {
            if let value = Self.ordinalWords[token], value != 0 { return value }
            if token == "number", index + 1 < tokens.count, let value = Int(tokens[index + 1]) ?? Self.numberWords[tokens[index + 1]] {
                return value
            }
        }
        // "any one of them", "kisi ek ka": the first named.
        for (index, token) in tokens.enumerated() where ["any", "kisi", "koi"].contains(token) && index + 1 < tokens.count {
            if ["one", "ek"].contains(tokens[index + 1]) { return 1 }
        }
        // "it", "that one", Hindi "uska" (its): the hospital just named.
        if tokens.contains(where: ["it", "uska", "uski", "uske", "iska", "iski", "iske", "woh"].contains) || (tokens.contains("that") && tokens.contains("one"))
        {
            return 0
        }
        return nil
    }
}
