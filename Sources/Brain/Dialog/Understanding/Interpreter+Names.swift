import HospitalSearch
import Shared

/// Whether words are a hospital's name: list evidence, or the caller framing them as one.
extension Interpreter {
    /// Words after a name that say it is a hospital's: "Lilavati hospital", "Saifee clinic".
    static let hospitalNouns: Set<String> = [
        "hospital", "clinic", "nursing", "polyclinic", "medical", "healthcare", "institute", "maternity", "eye", "hospitality",
        "nethralaya", "memorial", "multispeciality", "superspeciality", "centre", "center",
    ]
    /// Words that may stand between a name and "in my network": a place, "in", "my", "mere".
    static let beforeNetworkPhrase = prepositions.union(Lexicon.words(.beforeNetworkPhrase))

    /// True when the unknown word at `position` is framed as a hospital's name: the run of name
    /// words it is in is followed by a word like "hospital", or (past a place) by "in my network",
    /// "covered", "network mein".
    func isFramedAsName(_ position: Int, in tokens: [String], candidates: [Int], places: [Bool]) -> Bool {
        var end = position + 1
        // The words between a name and "hospital" are the name's own: an ordinary word the list
        // does not link ("appendix removed hospital") breaks the frame.
        while candidates.contains(end), !breaks.contains(end), isNameCandidate(tokens[end]), !Self.hospitalNouns.contains(tokens[end]) {
            if Self.everydayWords.contains(tokens[end]), directory.nameLink(for: tokens[end]).evidence < .spelt { return false }
            end += 1
        }
        guard end < tokens.count else { return false }
        // "… not to delay, hospitals in Noida": a hospital noun after a pause frames nothing before it.
        if Self.hospitalNouns.contains(tokens[end]), !breaks.contains(end) {
            // The run of address words the name would be part of, from its start ("Vasant Kunj").
            var start = position
            while start > 0, directory.isLocalityPair(tokens[start - 1], tokens[start]) { start -= 1 }
            // "… not to delay, hospitals on Bawana Road": a hospital noun opening a place's listing
            // frames none of the caller's common words the list does not back ("Tejomaya Mediplus
            // Hospital in Gurugram" is still framed); only "… is it covered" still can.
            let opensListing = end + 1 < tokens.count && Self.prepositions.contains(tokens[end + 1])
            let ownWords = tokens[position..<end].allSatisfy { Self.commonWords.contains($0) && directory.nameLink(for: $0).evidence < .spelt }
            guard opensListing, ownWords else {
                return !namesOnlyAPlace(tokens[start..<end])
            }
            end += 1
        }
        while end < tokens.count {
            if Self.networkQuestion.firstMatch(in: Array(tokens[end...]))?.lowerBound == 0 { return true }
            guard places[end] || Self.beforeNetworkPhrase.contains(tokens[end]) else { return false }
            end += 1
        }
        return false
    }

    /// True when the list has the words only as a place: together in addresses and in no name
    /// ("Vasant Kunj hospitals", "Malviya Nagar hospitals" ask for a locality's hospitals).
    func namesOnlyAPlace(_ words: ArraySlice<String>) -> Bool {
        // One word is too little to tell: "Moolchand hospital" is a name addresses also carry.
        guard words.count > 1 else { return false }
        return zip(words, words.dropFirst()).allSatisfy { directory.isLocalityPair($0, $1) }
    }

    /// A word that may be part of a hospital's name: not a request word, question word ("kaunse",
    /// which), stop word, ordinal or digits. Number words the count did not take stay ("Cloud
    /// Nine"); the count's is already used.
    func isNameCandidate(_ word: String) -> Bool {
        !Self.requestWords.contains(word) && !Self.filler.contains(word) && !TextNormalizer.stopWords.contains(word) && Self.ordinalWords[word] == nil && Int(word) == nil
            && !Self.questionWords.contains(word)
    }

    /// The words of a name never said back: the caller's own words the list does not link and,
    /// when no listed hospital anywhere answers the name, every word of the caller's language in
    /// it, linked or not — nothing backs them as a name ("a new Tejomaya Mediplus hospital" is said
    /// back as "Tejomaya Mediplus"; "is cataract surgery covered" as "that hospital").
    func unspoken(_ name: [String], ownWords: [String], heardIn: Script) -> [String] {
        let common = name.filter { Self.isCommonInAnySpelling($0) || Self.lessCommonWords.contains($0) }
        guard common.count > ownWords.count, case .notFound([], []) = directory.confirm(name, in: nil, heardIn: heardIn) else { return ownWords }
        return common
    }

    /// Every language's most frequent words as they reach the rules (Devanagari in Latin letters).
    static let commonWords: Set<String> = Set(LanguageRegistry.all.flatMap { profile in profile.commonWords.flatMap(heard) })
    /// Of those, the everyday ones ("thinking", "check", "out"): not even a caller's framing
    /// ("… hospital") makes one a name the list does not have. Rarer words ("Breach Candy
    /// Hospital") are names when framed as one.
    static let everydayWords: Set<String> = Set(LanguageRegistry.all.flatMap { profile in profile.commonWords.prefix(everyday).flatMap(heard) })
    static let everyday = 3000
    /// The common words as ``Skeleton/spelling(_:)`` folds them: "paani", "chuna" as a caller
    /// writes पानी and चूना in Latin letters, whichever way ICU spells them.
    static let commonSpellings: Set<String> = Set(commonWords.map(Skeleton.spelling))

    /// True when the word is a common word of some language, in any Latin spelling of it.
    static func isCommonInAnySpelling(_ word: String) -> Bool {
        commonWords.contains(word) || commonSpellings.contains(Skeleton.spelling(word))
    }

    /// Every language's next most frequent words, as they reach the rules.
    static let lessCommonWords: Set<String> = Set(LanguageRegistry.all.flatMap { profile in profile.lessCommonWords.flatMap(heard) })

    /// A word of the caller's language with no better claim to be a name than chance: an ordinary
    /// word ("thinking", "check", सोच) that the list does not link as a name. Such a word is part of
    /// a name only when the list has it spelt as said and, for a word only a hospital or so carries,
    /// when the caller also frames it as a name or says it beside a name word of its own.
    func isOrdinaryWord(_ position: Int, in tokens: [String], framed: Bool, heardIn: Script) -> Bool {
        let word = tokens[position]
        // A word that only sounds like some listed word ("asa", like Asha; "thayaraid"), said
        // without calling it a hospital and beside no name word, is chance, not evidence.
        // A rarer word of the language ("धुंधला", blurry) may have a name word's consonants by chance
        // too; said with its neighbour as one listed name ("क्लाउड नाइन", "कोलंबिया एशिया"), it is one.
        let rarer = Self.lessCommonWords.contains(word)
        let chance: NameEvidence = rarer ? .consonants : .soundsLike
        if !framed, !Self.commonWords.contains(word), directory.nameLink(for: word, heardIn: heardIn).evidence <= chance,
            !besideNameWord(position, in: tokens, heardIn: heardIn), !rarer || !saidWithNameWord(position, in: tokens, heardIn: heardIn)
        {
            return true
        }
        // "Is ayurvedic treatment covered", "eye surgery charges": a word that stands before what
        // a question is about (a treatment, a charge) says which kind, unless the caller calls it a
        // hospital or it is a brand many hospitals carry ("Apollo treatment").
        if !framed, followedByTopic(position, in: tokens), directory.nameLink(for: word, heardIn: heardIn).hospitals < Self.brandHospitals {
            return true
        }
        guard Self.commonWords.contains(word) else { return false }
        // "cloud nine" is the listed Cloudnine: an ordinary word joined with its neighbour into a name.
        if joinedWithNeighbours(position, in: tokens).contains(where: { directory.nameLink(for: $0, heardIn: heardIn).evidence >= .spelt }) {
            return false
        }
        let link = directory.nameLink(for: word, heardIn: heardIn)
        // Devanagari spells an English name only as closely as its sounds ("मैक्स", "maiks", is
        // Max): framed as a name, a word with a listed name's consonants is that name.
        // An everyday word ("ऐसे हॉस्पिटल", such hospitals) is framed only with a name word beside it
        // that the list pairs it with ("गंगा राम").
        let pairedName = (position > 0 && together(position - 1, position) && directory.isNamePair(tokens[position - 1], word))
            || (position + 1 < tokens.count && together(position, position + 1) && directory.isNamePair(word, tokens[position + 1]))
        if framed, heardIn.isTransliterated, link.evidence >= .soundsLike, beforeHospitalNoun(position, in: tokens),
            !Self.everydayWords.contains(word) || pairedName
        {
            return false
        }
        // An ordinary word with only a name word's consonants ("dekhana") is the word itself.
        if link.evidence == .consonants { return true }
        // A common word the list does not have is a name only when the caller calls it a hospital
        // ("Sunrise Clinic"); "is knee replacement covered" frames no hospital, only a question.
        guard link.evidence >= .spelt else { return !framed || Self.everydayWords.contains(word) || !beforeHospitalNoun(position, in: tokens) }
        // A common word only a letter off a listed name word ("delay", like Delhi) is the caller's
        // own, framed or not: a name the list writes in Latin letters is said as written.
        if !heardIn.isTransliterated, link.evidence == .spelt { return true }
        if framed { return false }
        // A strong brand ("Apollo", 20 hospitals) unless the word is an everyday one ("new",
        // "life"); or a word said with its neighbour as a listed name says them ("Rajiv Gandhi").
        if link.hospitals >= Self.brandHospitals, !Self.everydayWords.contains(word) { return false }
        if position > 0, together(position - 1, position), directory.isNamePair(tokens[position - 1], word) { return false }
        if position + 1 < tokens.count, together(position, position + 1), directory.isNamePair(word, tokens[position + 1]) { return false }
        // An everyday word ("as", "only") is never a name unframed, whatever stands beside it.
        if Self.everydayWords.contains(word) { return true }
        return !besideNameWord(position, in: tokens, heardIn: heardIn)
    }

    /// True when the next word, in the same clause, is one of what questions are about that the
    /// list does not hold (``topicNouns``).
    func followedByTopic(_ position: Int, in tokens: [String]) -> Bool {
        position + 1 < tokens.count && !breaks.contains(position + 1) && Self.topicNouns.contains(tokens[position + 1])
    }

    /// Single words naming what a question is about that is no hospital: a treatment, a charge, a
    /// claim, an off-topic thing (the one-word entries of those lexicons).
    static let topicNouns: Set<String> = Set(
        (Lexicon.carePurposes + Lexicon.outOfScope
            + Lexicon.missingInfo.filter { [.prices, .claims].contains($0.0) }.flatMap(\.1)).map(TextNormalizer.tokens).filter { $0.count == 1 }.joined())

    /// True when a hospital noun follows within the next three words, with only name words
    /// between: "मैक्स सुपर स्पेशलिटी हॉस्पिटल", not "हॉस्पिटल जाकर कैशलेस".
    private func beforeHospitalNoun(_ position: Int, in tokens: [String]) -> Bool {
        for next in (position + 1)..<min(tokens.count, position + 4) {
            if Self.hospitalNouns.contains(tokens[next]) { return true }
            if !isNameCandidate(tokens[next]) { return false }
        }
        return false
    }

    /// True when the word joined with a neighbour is a listed name word ("klaud" + "nain"), or a
    /// neighbour that is no request word has a listed name word's consonants ("eshiya", Asia).
    private func saidWithNameWord(_ position: Int, in tokens: [String], heardIn: Script) -> Bool {
        if joinedWithNeighbours(position, in: tokens).contains(where: { directory.nameLink(for: $0, heardIn: heardIn).evidence >= .consonants }) {
            return true
        }
        return [position - 1, position + 1].contains { neighbour in
            guard tokens.indices.contains(neighbour), together(min(position, neighbour), max(position, neighbour)) else { return false }
            let other = tokens[neighbour]
            return isNameCandidate(other) && !TextNormalizer.genericWords.contains(other) && !Self.everydayWords.contains(other)
                && directory.nameLink(for: other, heardIn: heardIn).evidence >= .consonants
        }
    }

    /// True when a neighbour of the word is a name word of the list that is not an ordinary word.
    private func besideNameWord(_ position: Int, in tokens: [String], heardIn: Script) -> Bool {
        let neighbours = [position - 1, position + 1].filter { tokens.indices.contains($0) && together(min(position, $0), max(position, $0)) }
            .map { tokens[$0] }
        return neighbours.contains { neighbour in
            !Self.commonWords.contains(neighbour) && !TextNormalizer.genericWords.contains(neighbour)
                && directory.nameLink(for: neighbour, heardIn: heardIn).evidence >= (heardIn.isTransliterated ? .consonants : .spelt)
        }
    }

    /// A name is said in one breath: of the name words found, the run of neighbours the caller
    /// framed as a hospital's, else the run the list backs best (most words it has as names),
    /// never words gathered from all over a story ("mother … Nirvan Mediplus").
    func nameSpan(_ positions: [Int], in tokens: [String], framed: Set<Int>) -> [Int] {
        var runs: [[Int]] = []
        for position in positions {
            // Words inside a name ("of", "and", "hospital") may stand between its words.
            // Past "hospital", only a word a name could go on with ("Apollo Hospital Jubilee Hills"),
            // never one of the caller's common words ("… हॉस्पिटल जाकर कैशलेस").
            let pastHospitalNoun = runs.last?.last.map { last in ((last + 1)..<position).contains { Self.hospitalNouns.contains(tokens[$0]) } } ?? false
            let goesOn = !pastHospitalNoun || !Self.commonWords.contains(tokens[position]) || directory.nameLink(for: tokens[position]).evidence == .exact
            if let last = runs.last?.last, position - last <= 3, goesOn, together(last, position),
                ((last + 1)..<position).allSatisfy({ TextNormalizer.genericWords.contains(tokens[$0]) || TextNormalizer.stopWords.contains(tokens[$0]) })
            {
                runs[runs.count - 1].append(position)
            } else {
                runs.append([position])
            }
        }
        guard runs.count > 1 else { return runs.first ?? [] }
        if let run = runs.last(where: { $0.contains(where: framed.contains) }) { return run }
        let backing = { (run: [Int]) in run.filter { directory.nameLink(for: tokens[$0]).evidence >= .spelt }.count }
        return runs.max { backing($0) != backing($1) ? backing($0) < backing($1) : $0.count < $1.count } ?? []
    }

    /// The tokens with a word the recogniser split in two joined again, as the list spells it
    /// ("jas lock" → "jaslok", "deena nath" → "deenanath"), unless the two are a city ("new delhi").
    func joiningSplitWords(_ tokens: [String]) -> [String] {
        var joined: [String] = []
        var position = 0
        while position < tokens.count {
            if position + 1 < tokens.count, !Self.filler.contains(tokens[position]), !TextNormalizer.stopWords.contains(tokens[position]),
                !TextNormalizer.stopWords.contains(tokens[position + 1]),
                let word = directory.joinedWord(tokens[position], tokens[position + 1]),
                // Two words more names write apart than joined ("Alo Eye Care", not Eyecare) stay apart.
                directory.namePairCount(tokens[position], tokens[position + 1]) <= directory.nameLink(for: word).hospitals,
                directory.placeMentions(in: [tokens[position], tokens[position + 1]]).isEmpty,
                // A place said in two words ("Kalyan Nagar") is joined only where a place is named
                // ("in Gorey gaon"); elsewhere it stays as said, for the places to read.
                !directory.namesAreaExactly(word) || (position > 0 && Self.prepositions.contains(tokens[position - 1]))
            {
                joined.append(word)
                position += 2
                continue
            }
            joined.append(tokens[position])
            position += 1
        }
        return joined
    }

    /// The word at `position` written together with each neighbour said in the same breath
    /// ("klaud" + "nain"): how a name the recogniser split may still be found.
    func joinedWithNeighbours(_ position: Int, in tokens: [String]) -> [String] {
        var joined: [String] = []
        if position > 0, together(position - 1, position) { joined.append(tokens[position - 1] + tokens[position]) }
        if position + 1 < tokens.count, together(position, position + 1) { joined.append(tokens[position] + tokens[position + 1]) }
        return joined
    }

    /// True when no pause stands between the words at two positions (`first` before `second`).
    func together(_ first: Int, _ second: Int) -> Bool {
        !breaks.contains { $0 > first && $0 <= second }
    }

    /// Hospitals that must carry an ordinary word before it names them unframed ("Apollo").
    static let brandHospitals = 10

    /// A word the list knows, or could be a mis-heard or unknown hospital name (not a common English word).
    func isKnownOrNamelike(_ word: String) -> Bool {
        word.count >= 3 || (word.count == 2 && directory.hasExactly(word))
    }

    /// The listed name begun by the city the caller named and the words said after it, if any
    /// hospital of that city is named so ("bombay hospital", "pune nethralaya").
    func nameBegunByCity(in tokens: [String], place: Place?) -> [String]? {
        guard case .city? = place, let mention = directory.placeMentions(in: tokens).first(where: { $0.place == place }) else { return nil }
        return directory.nameBegunByCity(tokens[mention.words.lowerBound...])
    }
}
