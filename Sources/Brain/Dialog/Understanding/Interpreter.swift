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
    /// Positions of the tokens that start a clause after the first: where the recogniser wrote a
    /// pause (",", ".", "?", "।"). A name is said in one breath, so none runs across one.
    var breaks: Set<Int> = []
    /// Reads the utterance as if no emergency were in it: what else the caller asked.
    var besidesEmergency = false
    /// Where places the list knows were said that the rules did not take as the place ("what about
    /// Nigdi and Rohit Kunj"): what a story before them cannot outweigh either.
    var placesSaid: [Int] = []
    /// Heard in another script: the positions of the words the recogniser wrote in Latin letters
    /// ("Rahatani के और नोएडा के"), spelt as the list spells them, not guessed from their sounds.
    var writtenInLatin: Set<Int> = [], heardInOtherScript = false

    static let phraseLists: [Clues.PhraseList: PhraseSet] = [
        .emergency: PhraseSet(Lexicon.emergency + LanguageRegistry.all.flatMap { profile in profile.emergencies.map { tokens(of: $0, in: profile.language).joined(separator: " ") } }), .goodbye: PhraseSet(Lexicon.goodbye), .thanks: PhraseSet(Lexicon.thanks),
        .outOfScope: PhraseSet(Lexicon.outOfScope), .count: PhraseSet(Lexicon.count),
        .networkSize: PhraseSet(Lexicon.networkSize), .confirm: PhraseSet(Lexicon.confirm),
        .list: PhraseSet(Lexicon.list), .more: PhraseSet(Lexicon.more), .switchPlace: PhraseSet(Lexicon.switchPlace),
        .details: PhraseSet(Lexicon.address), .help: PhraseSet(Lexicon.help), .identity: PhraseSet(Lexicon.identity),
        .lineCheck: PhraseSet(Lexicon.lineCheck), .repeatLast: PhraseSet(Lexicon.repeatLast), .slower: PhraseSet(Lexicon.slower),
        .humanAgent: PhraseSet(Lexicon.humanAgent), .textMe: PhraseSet(Lexicon.textMe), .stopRecording: PhraseSet(Lexicon.stopRecording),
    ]
    static let otherTasks = PhraseSet(Lexicon.otherTasks)
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
        // Every language's name as callers say it in Latin letters ("english", "marathi"): a word of the request.
        .union(LanguageRegistry.all.flatMap { profile in profile.choosing.flatMap(TextNormalizer.tokens) }.filter { languageNames[$0] != nil })
    static let numberWords: [String: Int] = Dictionary(
        Lexicon.numbers.compactMap { key, value in TextNormalizer.tokens(key).last.map { ($0, value) } },
        uniquingKeysWith: { first, _ in first }
    )
    static let ordinalWords: [String: Int] = Dictionary(
        Lexicon.ordinals.compactMap { key, value in TextNormalizer.tokens(key).first.map { ($0, value) } },
        uniquingKeysWith: { first, _ in first }
    )
    static let filler = Set(Lexicon.words(.filler))
    static let prepositions = Set(Lexicon.words(.prepositions))
    /// Words some languages put after the place: "Andheri mein", "Powai ke paas".
    static let postpositions = Set(Lexicon.words(.postpositions))
    /// Words that are part of an area's name beside a word that names it ("Senapati Bapat Road",
    /// "Mayur Vihar Phase 1", "Malad West"), never an area alone.
    static let areaJoiners: Set<String> = [
        "road", "marg", "street", "lane", "nagar", "garden", "gardens", "phase", "sector", "block", "west", "east", "north",
        "south", "colony", "extension", "layout", "cross", "main", "park", "vihar", "bagh", "chowk", "salai", "sarani",
        "enclave", "puram", "halli", "pet", "peth", "gaon", "wadi", "hills", "hill", "circle", "stage",
    ]
    /// Words that say where without naming a place: "in between", "in front", "over there".
    static let notPlaces = Set(Lexicon.words(.notPlaces))
    /// Words after a city's name that make it a road's: "Mysore Road", "Mathura Marg".
    static let roads: Set<String> = ["road", "marg", "highway", "street"]
    /// "not Noida": a place the caller takes back.
    static let negations = Set(Lexicon.words(.negations))

    /// Builds the word lists every understanding uses (a few hundred milliseconds: the languages'
    /// common words pass through ICU), so no caller waits for them.
    static func prepare() {
        _ = (commonWords.count, commonSpellings.count, everydayWords.count, phraseLists.count, requestWords.count, scriptWords.count, lessCommonWords.count)
    }

    /// Understands `text` in a call held in `language`. A call reads its own language's script; a
    /// call hearing another language Loop AI speaks (by its script, or by its words where two share
    /// one) understands it in that language and notes it, or only a request to switch.
    func understand(_ text: String, in language: Language = .english) -> Understanding {
        if text.allSatisfy({ $0.isWhitespace || $0.isPunctuation }) { return Understanding(intent: text.isEmpty ? .silence : .unclear) }
        let script = Script.of(text)
        let written = LanguageRegistry.writing(text, preferring: language)
        if Self.isMostlyOtherScript(text) && written != language {
            let chosen = script.isTransliterated ? Self.languageChosen(in: Self.tokens(of: text, in: written)) : nil
            if let chosen { return Understanding(intent: .chooseLanguage, language: chosen) }
            // A language Loop AI speaks, in its own script: understood in it and answered in it
            // (an emergency in another language hears 112 in it, not an offer to switch). Words that make
            // no sense in it either are only offered the switch.
            if let written {
                var understood = understand(text, in: written)
                if understood.intent != .unclear, understood.intent != .otherLanguage {
                    understood.speaks = written
                    return understood
                }
            }
            return Understanding(intent: .otherLanguage, language: written)
        }
        let tokens = Self.tokens(of: text, in: language)
        guard !tokens.isEmpty else { return Understanding(intent: .unclear) }
        if let chosen = Self.languageChosen(in: tokens) { return Understanding(intent: .chooseLanguage, language: chosen) }
        // Clause by clause, so that no two words are joined across a pause ("tell me, Life Line").
        var heard: [String] = []
        var reading = self
        reading.heardInOtherScript = script.isTransliterated
        for said in Self.clauses(of: text) {
            let clause = joiningSpeltLetters(String(said))
            let words = Self.tokens(of: clause, in: language)
            guard !words.isEmpty else { continue }
            if !heard.isEmpty { reading.breaks.insert(heard.count) }
            if script.isTransliterated {
                var position = heard.count
                for raw in TextNormalizer.tokens(Transliteration.normalisingDigits(clause)) {
                    let count = Transliteration.isOtherScript(raw) ? Self.heard(raw, in: language).count : 1
                    if !Transliteration.isOtherScript(raw) { reading.writtenInLatin.insert(position) }
                    position += count
                }
            }
            if script.isTransliterated {
                // Only words written in the other script are loanwords: "Kranti Road" typed as such is a road.
                let start = heard.count
                let read = loanwords(in: words, heardIn: script)
                heard += words.indices.map { reading.writtenInLatin.contains(start + $0) ? words[$0] : read[$0] }
            } else {
                heard += joiningSplitWords(words)
            }
        }
        return reading.understand(heard: heard, heardIn: script)
    }

    /// The understanding of the utterance's words as heard, clause breaks in ``breaks``.
    private func understand(heard: [String], heardIn script: Script) -> Understanding {
        // The list's places in the utterance, found once for every reading that uses them.
        let spans = placeSpans(in: heard, heardIn: script)
        let read = readAgain(understand(tokens: heard, heardIn: script).understanding, heard: heard, spans: spans, heardIn: script)
        let single = placeOverName(read, heard: heard, spans: spans)
        // An emergency first, then the rest of the turn: "… had a stroke, is Tata Medical Center
        // covered" hears 112/108 and then the answer about Tata, not a listing of Kolkata instead.
        if single.intent == .emergency, !besidesEmergency {
            var rest = self
            rest.besidesEmergency = true
            let asked = rest.understand(heard: heard, heardIn: script)
            // A place alone is the emergency's own place ("accident ho gaya hai Pune mein") unless
            // the caller is putting a place right ("… no, Kirti Nagar please").
            let correcting = Clues.putsRight(heard)
            let sameListing = (asked.intent == .list || (asked.intent == .placeOnly && !correcting)) && asked.also.isEmpty
                && asked.place == single.place && asked.count == nil
            // A hospital asked about is followed up only when the list has its words as said: an
            // emergency is no time to read back a word of the story as a name.
            let listedName = asked.intent != .confirm || (!asked.guessed && (!script.isTransliterated || asked.name.allSatisfy(directory.hasExactly)))
            if Self.emergencyFollowUps.contains(asked.intent), !sameListing, listedName {
                var emergency = single
                emergency.place = nil
                emergency.also = [asked]
                return emergency
            }
        }
        // Two places the list knows, joined, in a request that names no hospital: both asked
        // about, however the words around them read to the rules ("one from Belgharia and one
        // from Faridabad", "for Malviya Nagar and then for Pusa Road").
        if let places = twoPlaces(in: heard, spans: spans, single: single) { return places }
        if let asks = twoAsks(in: heard, heardIn: script) { return asks }
        if let corrected = correctedPlace(in: heard, spans: spans, single: single) { return corrected }
        return onePlace(in: heard, spans: spans, single: single, heardIn: script) ?? single
    }

    /// What an emergency's turn may also ask, answered after 112/108.
    /// A place alone ("… no, Kirti Nagar please") is the last request asked again there.
    static let emergencyFollowUps: Set<Understanding.Intent> = [.list, .count, .confirm, .placeOnly]

    /// The intent rules over the utterance's tokens: the understanding, and the clues it came from.
    func understand(tokens: [String], heardIn: Script) -> (understanding: Understanding, clues: Clues) {
        var clues = self.clues(tokens, heardIn: heardIn)
        if besidesEmergency { clues.says.remove(.emergency) }
        for (_, rule) in IntentRules.ordered {
            if let intent = rule(clues) { return (clues.understanding(intent), clues) }
        }
        return (clues.understanding(.unclear), clues)
    }

    /// Cuts the slots out of the utterance and notes which phrase lists it says.
    /// `heardIn`: in any script but Latin, the names among the tokens are ICU's Latin for it.
    func clues(_ tokens: [String], heardIn: Script = .latin) -> Clues {
        // Asked of a word up to three times (evidence, a known name, a guess): looked up once.
        var known: [String: Bool] = [:]
        func knows(_ word: String) -> Bool {
            if let answer = known[word] { return answer }
            let answer = directory.knows(word, heardIn: heardIn)
            known[word] = answer
            return answer
        }
        var used = Array(repeating: false, count: tokens.count)
        // After "actually", "I mean", "sorry"…, what follows replaces what came before.
        var correctedFrom = Self.correction.lastMatch(in: tokens)?.upperBound
        var guessedPlace = false
        // A PIN code is the place, however the city is named around it.
        let pin = pinCode(in: tokens).flatMap { said in directory.place(forPIN: said.digits).map { (said.positions, $0.place) } }
        for position in pin?.0 ?? [] { used[position] = true }
        // "…, not Jayanagar": what is taken back is neither the place nor the name.
        let taken = takenBack(in: tokens)
        for position in taken { used[position] = true }
        // A listed name said whole is that hospital, whatever its words are one by one.
        let whole = wholeName(in: tokens, marking: &used)
        // "Versova nahi, Dadar": what follows the take-back replaces it, as after "actually".
        if let last = taken.last, last + 2 < tokens.count, Self.takenBackAfter.contains(tokens[last + 1]) {
            correctedFrom = max(correctedFrom ?? 0, last + 2)
        }
        let unplaced = used
        var place = self.place(in: tokens, correctedFrom: correctedFrom, used: &used, guessed: &guessedPlace, heardIn: heardIn)
        if guessedPlace, case .area(let words, _)? = place, !directory.isLocality(words), isOwnWords(tokens.indices.filter { used[$0] && !unplaced[$0] }, in: tokens) {
            (place, guessedPlace, used) = (nil, false, unplaced)
        }
        if let pin { place = pin.1 }
        let placePositions = place == nil ? [] : tokens.indices.filter { used[$0] && !taken.contains($0) }

        var count = self.count(in: tokens)
        if let found = count, used[found.position] { count = nil }
        if let count { used[count.position] = true }
        // "…some watery thing comes out of it, the pin code is 562157, which hospitals nearby": the
        // story's "it" or "second" points at nothing Loop AI named.
        let ordinal = self.ordinal(in: withoutStory(Self.blanking(whole, in: tokens), askedAbout: placePositions))
        var restPositions = tokens.indices.filter { !used[$0] }
        if let correctedFrom, restPositions.contains(where: { $0 >= correctedFrom && isNameCandidate(tokens[$0]) }) {
            restPositions.removeAll { $0 < correctedFrom }
        }
        // A word is part of a hospital's name only with evidence: the list knows it (allowing for
        // mis-hearing), or the caller framed it as a name ("Lilavati hospital", "is Saifee covered").
        // Anything else is request words, so "mammi dikhana" never becomes a "No, … is not in your network".
        let candidates = restPositions
        var ordinary: Set<Int> = []
        var framedWords: Set<Int> = []
        restPositions.removeAll { position in
            let word = tokens[position]
            guard isNameCandidate(word), !TextNormalizer.genericWords.contains(word), isKnownOrNamelike(word) else { return false }
            // "klaud nain" (Cloudnine): a word may be known only with its neighbour.
            let framed = isFramedAsName(position, in: tokens, candidates: candidates, places: used)
            // An ordinary word stays what it was to the rules (a word of the request, or of a
            // topic), but is never part of the name looked up and said back.
            if isOrdinaryWord(position, in: tokens, framed: framed, heardIn: heardIn) {
                ordinary.insert(position)
            } else if framed {
                framedWords.insert(position)
            }
            if joinedWithNeighbours(position, in: tokens).contains(where: knows) { return false }
            return !knows(word) && !framed
        }
        let rest = restPositions.map { tokens[$0] }
        ordinary.formUnion(afterCountedHospitals(in: tokens) ?? 0..<0)
        let namePositions = whole.map { wholeNamePositions($0, in: tokens) } ?? nameSpan(restPositions.filter { !ordinary.contains($0) && isNameCandidate(tokens[$0]) }, in: tokens, framed: framedWords)
        var name = namePositions.map { tokens[$0] }
        var distinctive = name.filter { !TextNormalizer.genericWords.contains($0) && isKnownOrNamelike($0) }
        let content = rest.filter {
            !Self.requestWords.contains($0) && !TextNormalizer.stopWords.contains($0) && $0.count >= 2 && $0.contains(where: \.isLetter)
        }
        var says = Set<Clues.PhraseList>()
        // A PIN code's words are a place, not a topic ("code" is not programming).
        let phraseTokens = pin.map { found in tokens.indices.map { found.0.contains($0) ? "" : tokens[$0] } } ?? tokens
        for (list, phrases) in Self.phraseLists where phrases.matches(phraseTokens) { says.insert(list) }
        // The place or hospital asked about, where it was said: what a story before it cannot outweigh.
        let askedAbout = placePositions + placesSaid + namePositions.filter { distinctive.contains(tokens[$0]) && (knows(tokens[$0]) || framedWords.contains($0)) }
        says = weighed(says, tokens: tokens, phraseTokens: phraseTokens, askedAbout: askedAbout)
        if !says.contains(.emergency), Self.describesEmergency(clausesNotLongAgo(tokens)) || describesInjury(tokens) { says.insert(.emergency) }
        let unlinked = unlinkedWords(name, heardIn: heardIn)
        let ownWords = unlinked.filter(Self.isCommonInAnySpelling)
        let asksAboutNetwork = Self.networkQuestion.matches(tokens)
        let framedName = whole != nil || restPositions.contains(where: framedWords.contains)
        if whole == nil, describesAKind(name, unlinked: unlinked, place: place, says: says, asksAboutNetwork: asksAboutNetwork) || isStoryName(namePositions, in: tokens, place: placePositions, framed: framedWords) {
            name = []
            distinctive = []
        }
        // "Is Bombay Hospital covered?", "Calcutta Heart Clinic's address": a hospital named after
        // its own city, asked about, is that hospital (in that city), not the city's list.
        if whole == nil, says.contains(.confirm) || says.contains(.details), let named = nameBegunByCity(in: tokens, place: place) {
            name = named
            distinctive = named.filter { !TextNormalizer.genericWords.contains($0) }
        }
        return Clues(
            tokens: tokens, place: place, name: name, distinctive: distinctive, content: content, count: count?.value, ordinal: ordinal,
            knownName: distinctive.contains(where: knows), nameWords: distinctive.filter(directory.isNameWord),
            says: says,
            missing: missingInfo(in: tokens, besides: framedName ? namePositions : [], askedAbout: askedAbout),
            asksAboutNetwork: asksAboutNetwork, asksAboutTheirCover: asksAboutTheirCover(tokens),
            bare: tokens.filter { !Self.filler.contains($0) },
            guessed: guessedPlace || distinctive.contains { !directory.hasExactly($0) && knows($0) },
            placeGuessed: guessedPlace,
            heardIn: heardIn,
            framedName: framedName,
            // The caller's own words in a name they framed ("Sunrise Clinic"): searched, never said back.
            unspoken: unspoken(name, ownWords: ownWords, heardIn: heardIn)
        )
    }
}
