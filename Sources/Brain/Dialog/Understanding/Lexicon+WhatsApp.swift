/// "Send it on WhatsApp", "WhatsApp kar do", "व्हाट्सऐप पर भेज दीजिए": the app's name, in the
/// spellings recognisers write it, is the request (kept apart from ``Lexicon`` so the words
/// of this channel stay in one place).
extension Lexicon {
    static let whatsApp: [String] = ["whatsapp", "whats app", "watsapp", "wattsapp", "whatsaap", "whatsap", "whatapp"]
    /// As recognisers write it in Devanagari; read through ``Interpreter/tokens(of:)``.
    static let whatsAppDevanagari: [String] = ["व्हाट्सऐप", "व्हाट्सएप", "वॉट्सऐप", "वॉट्सएप", "वाट्सऐप", "वाट्सएप", "व्हाट्सअप", "व्हाट्सप्प"]
}

extension Interpreter {
    static let whatsApp = PhraseSet(Lexicon.whatsApp + Lexicon.whatsAppDevanagari.map { tokens(of: $0).joined(separator: " ") })
}

extension IntentRules {
    /// "Send it on WhatsApp", unless it also names something new to look up first.
    static func whatsAppMe(_ clues: Clues) -> Understanding.Intent? {
        guard Interpreter.whatsApp.matches(clues.tokens), clues.place == nil else { return nil }
        let channelWords = Interpreter.whatsApp.words.union(Interpreter.phraseLists[.textMe]?.words ?? [])
        return clues.nameWords.contains { !channelWords.contains($0) } ? nil : .whatsAppMe
    }
}
