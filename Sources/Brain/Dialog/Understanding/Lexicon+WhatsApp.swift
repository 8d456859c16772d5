/// "Send it on WhatsApp", "WhatsApp kar do", "व्हाट्सऐप पर भेज दीजिए": the app's name, in the
/// spellings recognisers write it, is the request (kept apart from ``Lexicon`` so the words
/// of this channel stay in one place).
extension Lexicon {
    static let whatsApp: [String] = ["whatsapp", "whats app", "watsapp", "wattsapp", "whatsaap", "whatsap", "whatapp"]
    /// As recognisers write it in the languages' own scripts (Devanagari, Kannada); read
    /// through ``Interpreter/tokens(of:in:)``.
    static let whatsAppInScript: [String] = [
        "व्हाट्सऐप", "व्हाट्सएप", "वॉट्सऐप", "वॉट्सएप", "वाट्सऐप", "वाट्सएप", "व्हाट्सअप", "व्हाट्सप्प", "व्हॉट्सॲप", "व्हॉट्सअ‍ॅप",
        // Marathi joins "on" to it: "व्हॉट्सॲपवर पाठवा".
        "व्हॉट्सॲपवर", "व्हॉट्सअ‍ॅपवर", "व्हाट्सऐपवर", "व्हाट्सअपवर",
        "ವಾಟ್ಸಾಪ್", "ವಾಟ್ಸ್ಆ್ಯಪ್", "ವಾಟ್ಸಪ್", "ವಾಟ್ಸ್ಯಾಪ್",
    ]
}

extension Interpreter {
    static let whatsApp = PhraseSet(Lexicon.whatsApp + Lexicon.whatsAppInScript.map { tokens(of: $0).joined(separator: " ") })
}

extension IntentRules {
    /// "Send it on WhatsApp", unless it also names something new to look up first.
    static func whatsAppMe(_ clues: Clues) -> Understanding.Intent? {
        guard Interpreter.whatsApp.matches(clues.tokens), clues.place == nil else { return nil }
        let channelWords = Interpreter.whatsApp.words.union(Interpreter.phraseLists[.textMe]?.words ?? [])
        return clues.nameWords.contains { !channelWords.contains($0) } ? nil : .whatsAppMe
    }
}
