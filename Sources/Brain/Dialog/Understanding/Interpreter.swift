import HospitalSearch

/// Turns what the recogniser heard into an ``Understanding``: the intent, the place, the
/// hospital words, a count or an ordinal.
///
/// Rule-based and deterministic: phrases from ``Lexicon``; places, and whether a word could be
/// part of a hospital's name, from the ``HospitalDirectory``. Checks run from the most to the least
/// urgent (an emergency beats everything; anything off-topic is handed to a person).
struct Interpreter: Sendable {
    let directory: HospitalDirectory

    private static let emergency = PhraseSet(Lexicon.emergency)
    private static let goodbye = PhraseSet(Lexicon.goodbye)
    private static let thanks = PhraseSet(Lexicon.thanks)
    private static let outOfScope = PhraseSet(Lexicon.outOfScope)
    private static let count = PhraseSet(Lexicon.count)
    private static let confirm = PhraseSet(Lexicon.confirm)
    private static let list = PhraseSet(Lexicon.list)
    private static let more = PhraseSet(Lexicon.more)
    private static let switchPlace = PhraseSet(Lexicon.switchPlace)
    private static let details = PhraseSet(Lexicon.address)
    private static let yes = PhraseSet(Lexicon.yes)
    private static let no = PhraseSet(Lexicon.no)
    private static let help = PhraseSet(Lexicon.help)
    private static let requestWords = Set(Lexicon.requestWords.flatMap(TextNormalizer.tokens))
    private static let numberWords: [String: Int] = Dictionary(
        Lexicon.numbers.compactMap { key, value in TextNormalizer.tokens(key).last.map { ($0, value) } },
        uniquingKeysWith: { first, _ in first }
    )
    private static let ordinalWords: [String: Int] = Dictionary(
        Lexicon.ordinals.compactMap { key, value in TextNormalizer.tokens(key).first.map { ($0, value) } },
        uniquingKeysWith: { first, _ in first }
    )
    private static let filler: Set<String> = [
        "please", "um", "uh", "hmm", "well", "oh", "ok", "okay", "so", "and", "the", "then", "just", "sir", "madam", "maam",
    ]
    private static let prepositions: Set<String> = ["in", "near", "around", "at", "on", "by", "close", "nearby"]

    func understand(_ text: String) -> Understanding {
        let tokens = TextNormalizer.tokens(text)
        if text.allSatisfy({ $0.isWhitespace || $0.isPunctuation }) { return Understanding(intent: text.isEmpty ? .silence : .unclear) }
        if Self.isMostlyOtherScript(text) { return Understanding(intent: .otherLanguage) }
        guard !tokens.isEmpty else { return Understanding(intent: .unclear) }

        var used = Array(repeating: false, count: tokens.count)
        var place: Place?
        var city: City?
        for mention in directory.placeMentions(in: tokens) {
            // The first place named wins, except that a city named after a region pins it down.
            if place != nil {
                guard city == nil, case .city = mention.place else { continue }
            }
            for index in mention.words { used[index] = true }
            place = mention.place
            if case .city(let named) = mention.place { city = named }
        }
        let area = areaWords(tokens, used: &used)
        if !area.isEmpty { place = .area(words: area, city: city) }

        let count = self.count(in: tokens)
        let ordinal = self.ordinal(in: tokens)
        let rest = tokens.indices.filter { !used[$0] }.map { tokens[$0] }
        let name = rest.filter { word in
            !Self.requestWords.contains(word) && !TextNormalizer.stopWords.contains(word)
                && Self.numberWords[word] == nil && Self.ordinalWords[word] == nil && Int(word) == nil
        }
        let distinctive = name.filter { !TextNormalizer.genericWords.contains($0) && isKnownOrNamelike($0) }
        func result(_ intent: Understanding.Intent, name: [String] = []) -> Understanding {
            Understanding(intent: intent, place: place, name: name, count: count, ordinal: ordinal)
        }

        if Self.emergency.matches(tokens) { return result(.emergency) }
        let asksSomething = Self.count.matches(tokens) || Self.list.matches(tokens) || Self.confirm.matches(tokens)
        if Self.goodbye.matches(tokens) && !(asksSomething && (place != nil || !distinctive.isEmpty)) { return result(.goodbye) }
        if Self.outOfScope.matches(tokens) { return result(.outOfScope) }
        if Self.count.matches(tokens) { return result(.count, name: distinctive) }
        if Self.details.matches(tokens) && (ordinal != nil || distinctive.isEmpty) { return result(.details) }
        if Self.confirm.matches(tokens) && !distinctive.isEmpty { return result(.confirm, name: name) }
        if Self.switchPlace.matches(tokens) && place != nil && distinctive.isEmpty { return result(.switchPlace) }
        if Self.more.matches(tokens) && place == nil && distinctive.isEmpty && count == nil { return result(.more) }
        if Self.list.matches(tokens) || Self.confirm.matches(tokens) || (count != nil && place != nil) {
            // "Tell me hospitals in Pune" with stray words the list has never seen is still a listing;
            // an explicit "is … in my network" about an unknown name is a question with a clear no.
            let knownName = distinctive.contains(where: directory.knows)
            if distinctive.isEmpty || (!knownName && !Self.confirm.matches(tokens) && place != nil) { return result(.list) }
            return result(.confirm, name: name)
        }
        if ordinal != nil && ordinal != 0 && distinctive.isEmpty && place == nil { return result(.details) }
        let bare = tokens.filter { !Self.filler.contains($0) }
        if !bare.isEmpty && Self.no.coversAll(bare, ignoring: Self.filler) { return result(.no) }
        if !bare.isEmpty && Self.yes.coversAll(bare, ignoring: Self.filler) { return result(.yes) }
        if Self.thanks.matches(tokens) && distinctive.isEmpty && place == nil { return result(.thanks) }
        if Self.help.matches(tokens) && distinctive.isEmpty { return result(.help) }
        if Self.switchPlace.matches(tokens) && place == nil && distinctive.isEmpty { return result(.unclear) }
        if place != nil && distinctive.isEmpty { return result(.placeOnly) }
        if !distinctive.isEmpty && distinctive.contains(where: directory.isNameWord) { return result(.confirm, name: name) }
        if !distinctive.isEmpty && place != nil { return result(.confirm, name: name) }
        // Several words of which none is about hospitals, places or this conversation: off-topic.
        let content = rest.filter {
            !Self.requestWords.contains($0) && !TextNormalizer.stopWords.contains($0) && $0.count >= 2 && $0.contains(where: \.isLetter)
        }
        if content.count >= 2 && !tokens.contains("hospital") && !tokens.contains("network") { return result(.outOfScope) }
        return result(.unclear)
    }

    /// Words naming an area after "in", "near"…, or an utterance made only of area words.
    private func areaWords(_ tokens: [String], used: inout [Bool]) -> [String] {
        var words: [String] = []
        var index = 0
        while index < tokens.count {
            if !used[index], Self.prepositions.contains(tokens[index]) {
                var end = index + 1
                var found: [Int] = []
                while end < tokens.count, found.count < 3, !used[end], isAreaWord(tokens[end]) {
                    found.append(end)
                    end += 1
                }
                if !found.isEmpty {
                    for position in found {
                        used[position] = true
                        words.append(tokens[position])
                    }
                    index = end
                    continue
                }
            }
            index += 1
        }
        return words
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
    private func count(in tokens: [String]) -> Int? {
        for (index, token) in tokens.enumerated() {
            guard let value = Int(token) ?? Self.numberWords[token], (1...50).contains(value) else { continue }
            let following = tokens[(index + 1)..<min(tokens.count, index + 4)]
            let before = index > 0 ? tokens[index - 1] : ""
            if following.contains("hospital") || following.contains("option") || following.contains("more")
                || ["me", "list", "name", "show", "give", "suggest", "tell", "top", "first"].contains(before)
            {
                return value
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
        if tokens.contains("it") || (tokens.contains("that") && tokens.contains("one")) { return 0 }
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
