import HospitalSearch
import Shared

/// What the recogniser wrote, as the rules read it: clauses where it wrote a pause, and tokens with
/// each language's words in the Latin spelling the lexicons use.
extension Interpreter {
    /// The text cut where the recogniser wrote a pause: a comma, a full stop, a question mark or a
    /// danda followed by a space (so "A.M.R.I." and "2.5" stay whole).
    static func clauses(of text: String) -> [Substring] {
        var clauses: [Substring] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(after: index)
            if Self.pauses.contains(text[index]), next == text.endIndex || text[next].isWhitespace,
                text[index] != "." || !Self.endsATitle(text[start..<index])
            {
                clauses.append(text[start..<next])
                start = next
            }
            index = next
        }
        clauses.append(text[start...])
        return clauses
    }

    private static let pauses: Set<Character> = [",", ".", "?", "!", ";", "।", "॥"]

    /// True when the text before a full stop ends in a title written with one ("Dr.", "Smt."): a
    /// name goes on after it ("Dr. Ajayan Hospital"), no pause.
    private static func endsATitle(_ text: Substring) -> Bool {
        guard let last = text.split(whereSeparator: \.isWhitespace).last else { return false }
        return titles.contains(last.lowercased())
    }

    private static let titles = Set(Lexicon.words(.titles))

    /// The utterance's tokens, with a language's words in its own script in the Latin spelling the
    /// lexicon uses (`language`'s reading first, where two languages share a script), and any other
    /// word of that script (a name, a place) transliterated for the search.
    static func tokens(of text: String, in language: Language? = nil) -> [String] {
        let tokens = TextNormalizer.tokens(Transliteration.normalisingDigits(text))
        guard tokens.contains(where: Transliteration.isOtherScript) else { return tokens }
        return tokens.flatMap { heard($0, in: language) }
    }

    /// One token as the rules see it: a word of a language's lexicon in its Latin spelling,
    /// spelt-out letters as an initialism, any other word of another script in ICU's Latin.
    static func heard(_ token: String) -> [String] { heard(token, in: nil) }

    static func heard(_ token: String, in language: Language?) -> [String] {
        guard Transliteration.isOtherScript(token) else { return [token] }
        if let word = language?.profile.scriptWords[token] ?? scriptWords[token] { return TextNormalizer.tokens(word) }
        if let (stem, ending) = language?.profile.split(token) { return heard(stem, in: language) + TextNormalizer.tokens(ending) }
        // "क्यूआरजी" is Q R G, "बीएलके" B L K: letters spelt out are an initialism.
        if let letters = Transliteration.initialism(token) { return [letters] }
        // A name's Latin is a guess at its spelling: no plural is folded ("मैक्स" is "maiks", Max).
        return Transliteration.latin(token).split(separator: " ").map(String.init)
    }

    /// An English word of the lexicon written in another script ("ब्लीडिंग", "अनकॉन्शियस",
    /// "हेल्पलाइन") is that word, its consonants being the English word's — unless the list has a
    /// name with them ("पीयरलेस" is Peerless).
    func loanwords(in tokens: [String], heardIn script: Script) -> [String] {
        var read = tokens.map { token in
            guard let english = Self.loanwords[Skeleton.key(token)],
                directory.nameLink(for: token, heardIn: script).evidence < .consonants
            else { return token }
            return english
        }
        // Two short words are one phrase by their consonants together ("ग्रेस पीरियड", grace period).
        for position in tokens.indices.dropLast() {
            let pair = Skeleton.key(tokens[position]) + " " + Skeleton.key(tokens[position + 1])
            guard let english = Self.loanPhrases[pair], read[position] == tokens[position], read[position + 1] == tokens[position + 1],
                !directory.isNamePair(tokens[position], tokens[position + 1])
            else { continue }
            read[position] = english[0]
            read[position + 1] = english[1]
        }
        return read
    }

    /// The two-word English phrases of the same lexicons by their words' consonants, for words too
    /// short to be known alone: six consonants or more together.
    static let loanPhrases: [String: [String]] = Dictionary(
        (Lexicon.emergency + Lexicon.missingInfo.flatMap(\.1) + Lexicon.outOfScope).compactMap { phrase in
            let words = phrase.split(separator: " ").map(String.init)
            let keys = words.map(Skeleton.key)
            guard words.count == 2, keys.allSatisfy({ $0.utf8.count >= 2 }), keys.joined().utf8.count >= 6 else { return nil }
            return (keys.joined(separator: " "), words)
        },
        uniquingKeysWith: { first, _ in first })

    /// The English words of emergencies, of what the list does not hold and of what is not about
    /// the network, by their consonants, for the loanwords speakers of other languages use
    /// for them; words of four consonants or more, so that a short word does not collide with another.
    static let loanwords: [String: String] = Dictionary(
        (Lexicon.emergency + Lexicon.missingInfo.flatMap(\.1) + Lexicon.outOfScope).flatMap { $0.split(separator: " ").map(String.init) }
            .compactMap { word in
                let key = Skeleton.key(word)
                return key.utf8.count >= 4 ? (key, word) : nil
            },
        uniquingKeysWith: { first, _ in first })
}

extension Interpreter {
    /// The clause with three or more letters the recogniser wrote apart joined where the list knows
    /// them so ("K I M S", "B L K": "kims", "blk"); an article or "I" before them stays a word.
    func joiningSpeltLetters(_ clause: String) -> String {
        var joined: [String] = []
        var letters: [String] = []
        func flush() {
            defer { letters = [] }
            // Two letters are as often a name's own initials, written apart in the list too ("D Y
            // Patil", "R G Stone"): only three or more are joined.
            guard letters.count >= 3 else { return joined += letters }
            for skip in 0...1 where letters.count - skip >= 3 {
                let initialism = letters.dropFirst(skip).joined().lowercased()
                guard directory.nameLink(for: initialism).evidence >= .spelt else { continue }
                joined += letters.prefix(skip) + [initialism]
                return
            }
            joined += letters
        }
        for word in clause.split(separator: " ").map(String.init) {
            if word.count == 1, word.allSatisfy({ $0.isASCII && $0.isLetter }) {
                letters.append(word)
            } else {
                flush()
                joined.append(word)
            }
        }
        flush()
        return joined.joined(separator: " ")
    }
}
