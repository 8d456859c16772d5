import HospitalSearch
import Shared

/// Which language the caller asks for, and which script they write in.
extension Interpreter {
    /// "Marathi", "मराठीत", "I'd prefer to speak in Kannada", "Kannada mein baat kar sakte hain?",
    /// "switch to English please": the utterance asks for a language. A language named alone (with
    /// at most one other word) is a choice; in a longer sentence it must be the object of a word of
    /// speaking ("speak", "baat", "samjhaiye") or of "in"/"mein" next to one. "I don't speak Kannada"
    /// chooses nothing.
    static func languageChosen(in tokens: [String]) -> Language? {
        // "I don't speak Kannada", "my English is not good", "Marathi nahi": a language taken back.
        let negated = { (index: Int) in
            tokens[max(0, index - 3)..<min(tokens.count, index + 4)].contains { negations.contains($0) || ["dont", "cant", "cannot"].contains($0) }
        }
        let named = tokens.indices.compactMap { index in languageNames[tokens[index]].map { (index, $0) } }.filter { !negated($0.0) }
        guard !named.isEmpty else { return nil }
        let bare = tokens.filter { !filler.contains($0) && !languageFrame.contains($0) && !requestWords.contains($0) && languageNames[$0] == nil }
        if Set(named.map(\.1)).count == 1, bare.count <= 1, tokens.count <= 5 { return named[0].1 }
        // The language next to a word of speaking, or to "in"/"mein" in a sentence with one.
        let speaks = tokens.contains(where: speakingWords.contains)
        for (index, language) in named {
            let before = index > 0 ? tokens[index - 1] : ""
            let after = index + 1 < tokens.count ? tokens[index + 1] : ""
            if speakingWords.contains(before) || speakingWords.contains(after) { return language }
            if speaks, ["in", "to", "mein", "me", "main"].contains(before) || ["mein", "me", "main"].contains(after) { return language }
        }
        return nil
    }

    /// Languages by the words callers name them with ("marathi", "english", "angrezi").
    static let languageNames: [String: Language] = LanguageRegistry.all.reduce(into: [:]) { names, profile in
        for phrase in profile.choosing {
            for word in TextNormalizer.tokens(phrase) where !languageFrame.contains(word) && !filler.contains(word) {
                names[word] = names[word] ?? profile.language
            }
        }
    }
    /// Words of asking for a language to be spoken, in every language.
    static let speakingWords = Set(Lexicon.words(.speakingWords))
    /// Words that frame a language choice without adding a request.
    static let languageFrame = speakingWords.union(Lexicon.words(.languageFrame))

    /// True when most letters are outside the Latin script (Devanagari, Kannada, …).
    static func isMostlyOtherScript(_ text: String) -> Bool {
        var latin = 0, other = 0
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            if scalar.value < 0x250 { latin += 1 } else { other += 1 }
        }
        return other > latin
    }
}
