import HospitalSearch
import Shared

/// Turns what the recogniser heard into an ``Understanding``: the intent, the place, the
/// hospital words, a count or an ordinal.
///
/// Rule-based and deterministic: phrases from ``Lexicon``; places, and whether a word could be
/// part of a hospital's name, from the ``HospitalDirectory``. Checks run from the most to the least
/// urgent (an emergency beats everything; anything off-topic is handed to a person).
struct Interpreter: Sendable {
    let directory: HospitalDirectory

    static let phraseLists: [Clues.PhraseList: PhraseSet] = [
        .emergency: PhraseSet(Lexicon.emergency), .goodbye: PhraseSet(Lexicon.goodbye), .thanks: PhraseSet(Lexicon.thanks),
        .outOfScope: PhraseSet(Lexicon.outOfScope), .count: PhraseSet(Lexicon.count),
        .networkSize: PhraseSet(Lexicon.networkSize), .confirm: PhraseSet(Lexicon.confirm),
        .list: PhraseSet(Lexicon.list), .more: PhraseSet(Lexicon.more), .switchPlace: PhraseSet(Lexicon.switchPlace),
        .details: PhraseSet(Lexicon.address), .help: PhraseSet(Lexicon.help), .identity: PhraseSet(Lexicon.identity),
        .lineCheck: PhraseSet(Lexicon.lineCheck), .repeatLast: PhraseSet(Lexicon.repeatLast), .slower: PhraseSet(Lexicon.slower),
        .humanAgent: PhraseSet(Lexicon.humanAgent), .textMe: PhraseSet(Lexicon.textMe), .stopRecording: PhraseSet(Lexicon.stopRecording),
    ]
    static let yes = PhraseSet(Lexicon.yes)
    static let no = PhraseSet(Lexicon.no)
    static let correction = PhraseSet(Lexicon.correction)
    /// What callers say to choose each language.
    static let choosing: [(Language, PhraseSet)] = LanguageRegistry.all.map { ($0.language, PhraseSet($0.choosing)) }
    /// Words written in a language's own script, with the Latin spelling the lexicon uses.
    static let scriptWords: [String: String] = LanguageRegistry.all.reduce(into: [:]) { words, profile in
        words.merge(profile.scriptWords) { first, _ in first }
    }
    static let networkQuestion = PhraseSet(Lexicon.networkQuestion)
    static let missingInfo: [(MissingInfo, PhraseSet)] = Lexicon.missingInfo.map { ($0.0, PhraseSet($0.1)) }
    /// Words that make up requests, never names: the lexicon's, and each language's ordinary words
    /// as they reach the rules (Devanagari in Latin letters).
    /// The words of emergencies ("seene", "dard") are among them: a body word is never a city.
    static let requestWords = Set(Lexicon.requestWords.flatMap(TextNormalizer.tokens)).union(
        LanguageRegistry.all.flatMap { profile in profile.ordinaryWords.flatMap { heard(TextNormalizer.tokens($0).first ?? $0) } }
    ).union(Lexicon.emergency.flatMap(TextNormalizer.tokens).filter { !TextNormalizer.genericWords.contains($0) && $0.count > 2 })
    static let numberWords: [String: Int] = Dictionary(
        Lexicon.numbers.compactMap { key, value in TextNormalizer.tokens(key).last.map { ($0, value) } },
        uniquingKeysWith: { first, _ in first }
    )
    static let ordinalWords: [String: Int] = Dictionary(
        Lexicon.ordinals.compactMap { key, value in TextNormalizer.tokens(key).first.map { ($0, value) } },
        uniquingKeysWith: { first, _ in first }
    )
    static let filler: Set<String> = [
        "please", "um", "uh", "hmm", "well", "oh", "ok", "okay", "so", "and", "the", "then", "just", "sir", "madam", "maam",
        "ji", "accha", "acha", "arre", "haanji",
    ]
    static let prepositions: Set<String> = ["in", "near", "around", "at", "on", "by", "close", "nearby"]
    /// Hindi puts these after the place: "Andheri mein", "Powai ke paas".
    static let postpositions: Set<String> = ["mein", "me", "mai", "paas", "pass", "nazdeek", "najdik", "wala", "wale", "wali"]
    /// "not Noida": a place the caller takes back.
    static let negations: Set<String> = ["not", "nahi", "nahin"]

    /// Understands `text` in a call held in `language`. Hindi calls read Devanagari; an English
    /// call hearing Hindi understands only a request to switch, and notes that it was Hindi.
    func understand(_ text: String, in language: Language = .english) -> Understanding {
        if text.allSatisfy({ $0.isWhitespace || $0.isPunctuation }) { return Understanding(intent: text.isEmpty ? .silence : .unclear) }
        let devanagari = Transliteration.hasDevanagari(text)
        if Self.isMostlyOtherScript(text) && (language == .english || !devanagari) {
            let chosen = devanagari ? Self.languageChosen(in: Self.tokens(of: text)) : nil
            if let chosen { return Understanding(intent: .chooseLanguage, language: chosen) }
            return Understanding(intent: .otherLanguage, language: LanguageRegistry.writing(text))
        }
        let tokens = Self.tokens(of: text)
        guard !tokens.isEmpty else { return Understanding(intent: .unclear) }
        if let chosen = Self.languageChosen(in: tokens) { return Understanding(intent: .chooseLanguage, language: chosen) }
        let clues = self.clues(tokens, heardInDevanagari: devanagari)
        for (_, rule) in IntentRules.ordered {
            if let intent = rule(clues) { return clues.understanding(intent) }
        }
        return clues.understanding(.unclear)
    }

    /// The utterance's tokens, with Hindi words in Devanagari in the Latin spelling the lexicon
    /// uses, and any other Devanagari word (a name, a place) transliterated for the search.
    static func tokens(of text: String) -> [String] {
        let tokens = TextNormalizer.tokens(Transliteration.normalisingDigits(text))
        guard tokens.contains(where: Transliteration.hasDevanagari) else { return tokens }
        return tokens.flatMap(heard)
    }

    /// One token as the rules see it: a Devanagari word of the lexicon in its Latin spelling,
    /// spelt-out letters as an initialism, any other Devanagari word in ICU's Latin.
    static func heard(_ token: String) -> [String] {
        guard Transliteration.hasDevanagari(token) else { return [token] }
        if let word = scriptWords[token] { return TextNormalizer.tokens(word) }
        // "क्यूआरजी" is Q R G, "बीएलके" B L K: letters spelt out are an initialism.
        if let letters = Transliteration.initialism(token) { return [letters] }
        // A name's Latin is a guess at its spelling: no plural is folded ("मैक्स" is "maiks", Max).
        return Transliteration.latin(token).split(separator: " ").map(String.init)
    }

    /// "Hindi", "हिंदी में", "I'd prefer to speak in Hindi", "Hindi mein baat kar sakte hain?",
    /// "switch to English please": the utterance asks for a language. A language named alone (with
    /// at most one other word) is a choice; in a longer sentence it must be the object of a word of
    /// speaking ("speak", "baat", "samjhaiye") or of "in"/"mein" next to one. "I don't speak Hindi"
    /// chooses nothing.
    static func languageChosen(in tokens: [String]) -> Language? {
        // "I don't speak Hindi", "my English is not good", "Hindi nahi": a language taken back.
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

    /// Languages by the words callers name them with ("hindi", "english", "angrezi").
    static let languageNames: [String: Language] = LanguageRegistry.all.reduce(into: [:]) { names, profile in
        for phrase in profile.choosing {
            for word in TextNormalizer.tokens(phrase) where !languageFrame.contains(word) && !filler.contains(word) {
                names[word] = names[word] ?? profile.language
            }
        }
    }
    /// Words of asking for a language to be spoken, in English and Hindi.
    static let speakingWords: Set<String> = [
        "speak", "talk", "switch", "change", "continue", "prefer", "converse", "language", "communicate", "explain",
        "baat", "bolo", "boliye", "bolie", "bol", "bolna", "samjhaiye", "samjhao", "samjha", "samjhayiye", "bhasha",
    ]
    /// Words that frame a language choice without adding a request.
    static let languageFrame: Set<String> = speakingWords.union([
        "please", "mein", "me", "main", "in", "kijiye", "karo", "kariye", "kar", "sakte", "sakti", "hain", "hai", "can", "we",
        "you", "i", "id", "would", "like", "to", "rather", "want", "only", "now", "from", "on", "bataiye", "batao", "kya", "mujhe",
        "hum", "aap", "karni", "karna", "karenge", "let", "us", "lets", "do",
    ])

    /// Cuts the slots out of the utterance and notes which phrase lists it says.
    /// `heardInDevanagari`: the names among the tokens are ICU's Latin for Devanagari.
    func clues(_ tokens: [String], heardInDevanagari: Bool = false) -> Clues {
        let knows = { (word: String) in directory.knows(word, heardInDevanagari: heardInDevanagari) }
        var used = Array(repeating: false, count: tokens.count)
        // After "actually", "I mean", "sorry"…, what follows replaces what came before.
        let correctedFrom = Self.correction.lastMatch(in: tokens)?.upperBound
        var guessedPlace = false
        let place = self.place(in: tokens, correctedFrom: correctedFrom, used: &used, guessed: &guessedPlace, heardInDevanagari: heardInDevanagari)

        let count = self.count(in: tokens)
        if let count { used[count.position] = true }
        let ordinal = self.ordinal(in: tokens)
        var restPositions = tokens.indices.filter { !used[$0] }
        if let correctedFrom, restPositions.contains(where: { $0 >= correctedFrom && isNameCandidate(tokens[$0]) }) {
            restPositions.removeAll { $0 < correctedFrom }
        }
        // A word is part of a hospital's name only with evidence: the list knows it (allowing for
        // mis-hearing), or the caller framed it as a name ("Lilavati hospital", "is Saifee covered").
        // Anything else is request words, so "mammi dikhana" never becomes a "No, … is not in your network".
        let candidates = restPositions
        restPositions.removeAll { position in
            let word = tokens[position]
            guard isNameCandidate(word), !TextNormalizer.genericWords.contains(word), isKnownOrNamelike(word) else { return false }
            // "klaud nain" (Cloudnine): a word may be known only with its neighbour.
            let joined = [position > 0 ? tokens[position - 1] + word : nil, position + 1 < tokens.count ? word + tokens[position + 1] : nil]
            if joined.compactMap({ $0 }).contains(where: knows) { return false }
            return !knows(word) && !isFramedAsName(position, in: tokens, candidates: candidates, places: used)
        }
        let rest = restPositions.map { tokens[$0] }
        let name = rest.filter(isNameCandidate)
        let distinctive = name.filter { !TextNormalizer.genericWords.contains($0) && isKnownOrNamelike($0) }
        let content = rest.filter {
            !Self.requestWords.contains($0) && !TextNormalizer.stopWords.contains($0) && $0.count >= 2 && $0.contains(where: \.isLetter)
        }
        var says = Set<Clues.PhraseList>()
        for (list, phrases) in Self.phraseLists where phrases.matches(tokens) { says.insert(list) }
        return Clues(
            tokens: tokens, place: place, name: name, distinctive: distinctive, content: content, count: count?.value, ordinal: ordinal,
            knownName: distinctive.contains(where: knows), nameWords: distinctive.filter(directory.isNameWord),
            says: says, missing: Self.missingInfo.first { $0.1.matches(tokens) }?.0, asksAboutNetwork: Self.networkQuestion.matches(tokens),
            bare: tokens.filter { !Self.filler.contains($0) },
            guessed: guessedPlace || distinctive.contains { !directory.hasExactly($0) && knows($0) },
            heardInDevanagari: heardInDevanagari
        )
    }

    /// Words after a name that say it is a hospital's: "Lilavati hospital", "Saifee clinic".
    static let hospitalNouns: Set<String> = [
        "hospital", "clinic", "nursing", "polyclinic", "medical", "healthcare", "institute", "maternity", "eye", "hospitality",
        "nethralaya", "memorial", "multispeciality", "superspeciality", "centre", "center",
    ]
    /// Words that may stand between a name and "in my network": a place, "in", "my", "mere".
    static let beforeNetworkPhrase: Set<String> = prepositions.union(["my", "our", "the", "mere", "mera", "meri", "hamare", "apne", "hai", "ki", "ke"])

    /// True when the unknown word at `position` is framed as a hospital's name: the run of name
    /// words it is in is followed by a word like "hospital", or (past a place) by "in my network",
    /// "covered", "network mein".
    private func isFramedAsName(_ position: Int, in tokens: [String], candidates: [Int], places: [Bool]) -> Bool {
        var end = position + 1
        while candidates.contains(end), isNameCandidate(tokens[end]), !Self.hospitalNouns.contains(tokens[end]) { end += 1 }
        guard end < tokens.count else { return false }
        if Self.hospitalNouns.contains(tokens[end]) { return true }
        while end < tokens.count {
            if Self.networkQuestion.firstMatch(in: Array(tokens[end...]))?.lowerBound == 0 { return true }
            guard places[end] || Self.beforeNetworkPhrase.contains(tokens[end]) else { return false }
            end += 1
        }
        return false
    }

    /// A word that may be part of a hospital's name: not a request word, stop word, ordinal or
    /// digits. Number words the count did not take stay ("Cloud Nine"); the count's is already used.
    private func isNameCandidate(_ word: String) -> Bool {
        !Self.requestWords.contains(word) && !TextNormalizer.stopWords.contains(word) && Self.ordinalWords[word] == nil && Int(word) == nil
    }

    /// The place named: a city, a region, a locality, or area words after "in"/"near" (or before
    /// "mein"/"ke paas"). The first place wins, except that a city after a region pins it down, a
    /// place after a correction replaces those before it, and "not X" is taken back.
    private func place(in tokens: [String], correctedFrom: Int?, used: inout [Bool], guessed: inout Bool, heardInDevanagari: Bool) -> Place? {
        // A word of a request only sounding like a place ("sakte", like Saket) is not one.
        var mentions = directory.placeMentions(in: tokens).filter { mention in
            !(mention.guessed && tokens[mention.words].allSatisfy(Self.requestWords.contains))
        }
        // A brand that looks like a city is tried as a hospital first: "Jaipur Golden Hospital"
        // (no network hospital is in Jaipur), "Amrita" (only sounds like Amritsar), "Kapur" (Kanpur).
        mentions.removeAll { mention in
            guard case .city(let city) = mention.place, mention.guessed || !directory.cities.contains(city) else { return false }
            return tokens[mention.words].allSatisfy(directory.isNameWord)
        }
        // "not Pune", "not in Pune", "nahi Pune".
        let negated = { (mention: PlaceMention) in
            let start = mention.words.lowerBound
            // "nahi nahi, Pune" is a correction to Pune, not "not Pune".
            if start == correctedFrom { return false }
            return (start > 0 && Self.negations.contains(tokens[start - 1]))
                || (start > 1 && Self.prepositions.contains(tokens[start - 1]) && Self.negations.contains(tokens[start - 2]))
        }
        if mentions.count > 1, mentions.contains(where: { !negated($0) }) {
            for mention in mentions where negated(mention) { for index in mention.words { used[index] = true } }
            mentions.removeAll(where: negated)
        }
        if let correctedFrom, mentions.contains(where: { $0.words.lowerBound >= correctedFrom }) {
            for mention in mentions where mention.words.lowerBound < correctedFrom { for index in mention.words { used[index] = true } }
            mentions.removeAll { $0.words.lowerBound < correctedFrom }
        }
        var place: Place?
        var city: City?
        for mention in mentions {
            if place != nil {
                // "Dwarka, Delhi", "Salt Lake Kolkata": the city of the area already named says nothing new.
                if case .city(let named) = mention.place, named == city {
                    for index in mention.words { used[index] = true }
                    continue
                }
                guard city == nil, case .city = mention.place else { continue }
            }
            for index in mention.words { used[index] = true }
            place = mention.place
            guessed = mention.guessed
            switch mention.place {
            case .city(let named): city = named
            case .area(_, let named): city = named
            case .region: break
            }
        }
        // Localities said in Devanagari, in the list's spelling: "द्वारका" ("dvaraka") is Dwarka.
        // Any locality in the list's spelling: "Bommanahally" is Bommanahalli.
        let areaTokens = tokens.indices.map { position in
            let word = tokens[position]
            guard !used[position], !Self.requestWords.contains(word) else { return word }
            return directory.placeSpelling(ofHeard: word, closely: !heardInDevanagari) ?? word
        }
        var area = areaWords(areaTokens, used: &used, from: correctedFrom)
        var areaCity = city
        if let correctedFrom, area.contains(where: { $0 >= correctedFrom }) {
            area.removeAll { $0 < correctedFrom }
            // "Mumbai, rather Thane": a corrected area finds its own city unless one is named with it.
            if !mentions.contains(where: { $0.words.lowerBound >= correctedFrom }) { areaCity = nil }
        }
        if !area.isEmpty {
            place = .area(words: area.map { areaTokens[$0] }, city: areaCity)
            guessed = area.contains { !directory.hasExactly(tokens[$0]) }
        }
        return place
    }

    /// Positions of words naming an area after "in", "near"… or before "mein", "ke paas"….
    /// `correctedFrom`: words right after "actually", "rather"… may name an area without an "in".
    private func areaWords(_ tokens: [String], used: inout [Bool], from correctedFrom: Int? = nil) -> [Int] {
        var found: [Int] = []
        var index = 0
        while index < tokens.count {
            let startsArea = Self.prepositions.contains(tokens[index]) || index + 1 == correctedFrom
            if !used[index], startsArea {
                // "close to Baner", "next to Vashi".
                var end = index + 1 < tokens.count && tokens[index + 1] == "to" ? index + 2 : index + 1
                var run: [Int] = []
                // "Sector 62", "Phase 2": a number right after an area word belongs to it.
                while end < tokens.count, run.count < 3, !used[end], isAreaWord(tokens[end]) || (!run.isEmpty && Int(tokens[end]) != nil) {
                    run.append(end)
                    end += 1
                }
                if !run.isEmpty {
                    for position in run { used[position] = true }
                    found += run
                    index = end
                    continue
                }
            }
            if !used[index], Self.postpositions.contains(tokens[index]) {
                // "Dwarka ke paas": the "ke" of "ke paas" is not part of the place.
                let end = index > 0 && ["ke", "ki", "ka"].contains(tokens[index - 1]) && !used[index - 1] ? index - 1 : index
                var start = end
                while start > 0, end - start < 3, !used[start - 1], isAreaWord(tokens[start - 1]) { start -= 1 }
                for position in start..<end { used[position] = true }
                found += Array(start..<end)
            }
            index += 1
        }
        return found.sorted()
    }

    private func isAreaWord(_ word: String) -> Bool {
        guard !Self.requestWords.contains(word), !TextNormalizer.stopWords.contains(word), !TextNormalizer.genericWords.contains(word),
            word.count >= 3, Int(word) == nil
        else { return false }
        return directory.couldNameArea(word)
    }

    /// A word the list knows, or could be a mis-heard or unknown hospital name (not a common English word).
    private func isKnownOrNamelike(_ word: String) -> Bool {
        word.count >= 3 || (word.count == 2 && directory.hasExactly(word))
    }

    /// "five hospitals", "tell me 3", "a few hospitals".
    private func count(in tokens: [String]) -> (value: Int, position: Int)? {
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
    private func ordinal(in tokens: [String]) -> Int? {
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

    /// True when most letters are outside the Latin script (Devanagari, Kannada, …).
    static func isMostlyOtherScript(_ text: String) -> Bool {
        var latin = 0, other = 0
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            if scalar.value < 0x250 { latin += 1 } else { other += 1 }
        }
        return other > latin
    }
}
