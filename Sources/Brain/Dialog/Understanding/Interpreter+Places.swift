import HospitalSearch
import Shared

/// The place an utterance names: cities, regions, localities, area words after "in" or before "mein".
extension Interpreter {
    /// The place named: a city, a region, a locality, or area words after "in"/"near" (or before
    /// "mein"/"ke paas"). The first place wins, except that a city after a region pins it down, a
    /// place after a correction replaces those before it, and "not X" is taken back.
    func place(in tokens: [String], correctedFrom: Int?, used: inout [Bool], guessed: inout Bool, heardIn: Script) -> Place? {
        // A word of a request only sounding like a place ("sakte", like Saket) is not one.
        var mentions = directory.placeMentions(in: tokens).filter { mention in
            !(mention.guessed && tokens[mention.words].allSatisfy(Self.requestWords.contains))
                // A common word of a language only sounding like a city ("delay", like Delhi; "paani", like
                // Pune, however it is spelt in Latin letters); a city split in
                // two ("guru gram") is still heard whole.
                && !(mention.guessed && mention.words.count == 1 && Self.isCommonInAnySpelling(tokens[mention.words.lowerBound]))
                // Already something else: a PIN code's words, a place taken back.
                && !mention.words.contains { used[$0] }
                // "Mysore Road", "Mathura Road": a road named after a city is not that city.
                && !(mention.words.upperBound < tokens.count && Self.roads.contains(tokens[mention.words.upperBound]))
        }
        // A brand that looks like a city is tried as a hospital first: "Jaipur Golden Hospital"
        // (no network hospital is in Jaipur), "Amrita" (only sounds like Amritsar), "Kapur" (Kanpur).
        mentions.removeAll { mention in
            guard case .city(let city) = mention.place, mention.guessed || !directory.cities.contains(city) else { return false }
            return tokens[mention.words].allSatisfy(directory.isNameWord)
        }
        // "not Pune", "not in Pune". A language that negates what stands before: "नहीं, पुणे" is "no, Pune",
        // a correction to Pune ("Pune nahi, Mumbai" is taken back by ``takenBack(in:)``).
        let negated = { (mention: PlaceMention) in
            let start = mention.words.lowerBound
            if start == correctedFrom { return false }
            return (start > 0 && Self.takenBackBefore.contains(tokens[start - 1]))
                || (start > 1 && Self.prepositions.contains(tokens[start - 1]) && Self.takenBackBefore.contains(tokens[start - 2]))
        }
        // "the one in Brookefield, not Jayanagar": a place taken back is no place, and no name either.
        if mentions.contains(where: negated) {
            for mention in mentions where negated(mention) { for index in mention.words { used[index] = true } }
            mentions.removeAll(where: negated)
        }
        if let correctedFrom, mentions.contains(where: { $0.words.lowerBound >= correctedFrom }) {
            for mention in mentions where mention.words.lowerBound < correctedFrom { for index in mention.words { used[index] = true } }
            mentions.removeAll { $0.words.lowerBound < correctedFrom }
        }
        var place: Place?
        var city: City?
        // Every place named is a place, even one the answer does not take ("Faridabad and New
        // Delhi"): its words are never a hospital's name.
        for mention in mentions { for index in mention.words { used[index] = true } }
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
        // Localities said in another script, in the list's spelling: "द्वारका" ("dvaraka") is Dwarka.
        // Any locality in the list's spelling: "Bommanahally" is Bommanahalli.
        var areaTokens = tokens.indices.map { position in
            let word = tokens[position]
            guard !used[position], !Self.requestWords.contains(word), !Self.notPlaces.contains(word) else { return word }
            // An everyday word is itself, never a place it only sounds like; nor is a word said as
            // "the X one" ("रिमोट वाली बैटरी", the remote's battery: not "Ramedi"), or a short one said
            // "on" something ("फ़र्श पे", on the floor: not "Fresh") — a place said so is said as listed.
            if heardIn.isTransliterated {
                let next = position + 1 < tokens.count ? tokens[position + 1] : ""
                if Self.everydayWords.contains(word) || Self.adjectival.contains(next) || (word.utf8.count < 5 && Self.onWords.contains(next)) {
                    return word
                }
            }
            return directory.placeSpelling(ofHeard: word, closely: !heardIn.isTransliterated) ?? word
        }
        // A locality said as two words that the list writes as one ("in Jaya Nagar" is Jayanagar):
        // the first word becomes the listed one, the second is spent. Only where a place is being
        // named (after "in", "near"…, before "mein"…), so a name said apart ("Cloud Nine") stays a name.
        for position in areaTokens.indices.dropLast() where !used[position] && !used[position + 1] {
            let afterPreposition = position > 0 && Self.prepositions.contains(tokens[position - 1])
            let beforePostposition = position + 2 < tokens.count && Self.postpositions.contains(tokens[position + 2])
            guard afterPreposition || beforePostposition, !Self.requestWords.contains(areaTokens[position]),
                !Self.requestWords.contains(areaTokens[position + 1]),
                let joined = directory.joinedPlace(tokens[position], tokens[position + 1])
                    ?? directory.joinedPlace(areaTokens[position], areaTokens[position + 1])
            else { continue }
            areaTokens[position] = joined
            used[position + 1] = true
        }
        // Positions of the cities named, which an area may stand before ("Kalyani Nagar Pune mein").
        let cityPositions = Set(mentions.filter { if case .city = $0.place { return true } else { return false } }.flatMap { Array($0.words) })
        var area = areaWords(areaTokens, used: &used, from: correctedFrom, cities: cityPositions)
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

    /// "The X one" (वाला, वाली, वाले) and "on" (पे, पर): after them a word is a place only as listed.
    static let adjectival = Set(Lexicon.words(.adjectival))
    static let onWords = Set(Lexicon.words(.onWords))
    /// "X ka/ke/ki": a genitive, which before a count or a request closes a place as "mein" does
    /// (``closesAPlace``); "both" before it is not part of the place; "to", "the" may follow "in".
    static let genitives = Set(Lexicon.words(.genitives))
    static let closesAPlace = Set(Lexicon.words(.closesAPlace))
    static let both = Set(Lexicon.words(.both))
    static let areaLeadIns = Set(Lexicon.words(.areaLeadIns))
    /// Words that make what follows a thing of its kind, not a named place: "the", "a".
    static let articles = Set(Lexicon.words(.articles))

    /// True when the caller said an article at `position`: in an utterance heard in another
    /// script, only a word the recogniser wrote in Latin letters is one ("अ", a hesitation, is not).
    func isArticle(_ position: Int, in tokens: [String]) -> Bool {
        Self.articles.contains(tokens[position]) && (!heardInOtherScript || writtenInLatin.contains(position))
    }

    /// True when the words after an article are a thing, not a named place: "on the highway",
    /// "in the bus", not "in the Andheri area" or "on the Mall Road".
    func isThingAfterArticle(_ words: Range<Int>, in tokens: [String]) -> Bool {
        words.lowerBound > 0 && isArticle(words.lowerBound - 1, in: tokens) && isEverydayRun(Array(words), in: tokens)
    }

    /// Positions of words naming an area after "in", "near"… or before "mein", "ke paas"….
    /// `correctedFrom`: words right after "actually", "rather"… may name an area without an "in".
    func areaWords(_ tokens: [String], used: inout [Bool], from correctedFrom: Int? = nil, cities: Set<Int> = []) -> [Int] {
        var runs: [[Int]] = []
        var index = 0
        while index < tokens.count {
            let startsArea = Self.prepositions.contains(tokens[index]) || index + 1 == correctedFrom
            if !used[index], startsArea {
                // "close to Baner", "next to Vashi", "in both Noida and …", "in the Andheri area".
                var end = index + 1
                while end < tokens.count, end - index <= 2, Self.areaLeadIns.contains(tokens[end]) { end += 1 }
                let article = ((index + 1)..<end).contains { isArticle($0, in: tokens) }
                var run: [Int] = []
                // "Sector 62", "Phase 2", "Bannerghatta Road": numbers and words like "road" or
                // "west" right after an area word belong to it.
                // "on the highway near Mumbai": a preposition begins another place, never goes on with one.
                while end < tokens.count, run.count < 4, !used[end], run.isEmpty || !Self.prepositions.contains(tokens[end]),
                    isAreaWord(tokens[end]) || (!run.isEmpty && isAreaJoiner(tokens[end]))
                {
                    run.append(end)
                    end += 1
                }
                // "Sector 62" said first: a joiner and its number before the area word.
                if run.isEmpty, end + 1 < tokens.count, !used[end], !used[end + 1], Self.areaJoiners.contains(tokens[end]),
                    Int(tokens[end + 1]) != nil || isAreaWord(tokens[end + 1])
                {
                    run = [end, end + 1]
                    end += 2
                }
                // "is cashless available at Balaji Hospital": words the caller calls a hospital
                // are its name, not the place it stands in.
                if let first = run.first, let last = run.last, isNamed(first..<(last + 1), in: tokens) { run = [] }
                // "on the highway", "in the bus": after an article, everyday words are a thing, not a place.
                if article, isEverydayRun(run, in: tokens) { run = [] }
                if !run.isEmpty {
                    for position in run { used[position] = true }
                    runs.append(run)
                    index = end
                    continue
                }
            }
            // "Daulatabad ka ek hospital": "ka" before a count or "hospital" closes a place, as "mein" does.
            let genitive = Self.genitives.contains(tokens[index]) && index + 1 < tokens.count
                && (Self.closesAPlace.contains(tokens[index + 1])
                    || Lexicon.numbers[tokens[index + 1]] != nil || Int(tokens[index + 1]) != nil)
            if !used[index], Self.postpositions.contains(tokens[index]) || genitive {
                // "Dwarka ke paas": the "ke" of "ke paas" is not part of the place.
                var before = index > 0 && Self.genitives.contains(tokens[index - 1]) && !used[index - 1] ? index - 1 : index
                // "Tardeo और फ़रीदाबाद दोनों के": "both" is not part of the place.
                if before > 0, Self.both.contains(tokens[before - 1]) { before -= 1 }
                // "Kalyani Nagar Pune mein": the area stands before its city, already taken as one.
                var end = before
                while end > 0, before - end < 2, cities.contains(end - 1) { end -= 1 }
                if end == 0 || used[end - 1] { end = before }
                var start = end
                while start > 0, end - start < 4, !used[start - 1], isAreaWord(tokens[start - 1]) || isAreaJoiner(tokens[start - 1]) { start -= 1 }
                // A number before the area is a count, not part of it.
                while start < end, Int(tokens[start]) != nil { start += 1 }
                // "Manipal Sarjapur Bangalore mein": after a hospital's name, the words before
                // the city are how its branch is called, as in English.
                if end != before, start > 0, directory.isNameWord(tokens[start - 1]) { start = end }
                if (start..<end).contains(where: { isAreaWord(tokens[$0]) }) {
                    for position in start..<end { used[position] = true }
                    runs.append(Array(start..<end))
                }
            }
            index += 1
        }
        // "At the signal on Sholapur Road", "near the market in Karol Bagh": of several places
        // said, one of everyday words only (which some address also has) is where the caller
        // stands, and the one with a word of its own is the place asked about.
        if runs.count > 1, runs.contains(where: { !isEverydayRun($0, in: tokens) }) {
            runs.removeAll { isEverydayRun($0, in: tokens) }
        }
        let found = runs.flatMap { $0 }
        // No "in" or "mein", but two words as addresses write a locality ("what about Malviya
        // Nagar", "it's Karol Bagh"): the first such pair is the area.
        if found.isEmpty {
            for position in tokens.indices.dropLast() where !used[position] && !used[position + 1] {
                let (first, second) = (tokens[position], tokens[position + 1])
                guard !Self.requestWords.contains(first), !TextNormalizer.stopWords.contains(first), !Self.filler.contains(first),
                    // "Mumbai first and then …": a word that only joins or orders names no locality.
                    !Lexicon.clauseJoiners.contains(second), !Lexicon.placeJoiners.contains(second), Self.ordinalWords[first] == nil,
                    // "the highway near Mumbai": a preposition is where another place begins.
                    !Self.prepositions.contains(second),
                    isAreaWord(first) || isAreaWord(second), directory.isLocalityPair(first, second),
                    // "New Bombay Hospital" is a hospital's name, whatever addresses say.
                    position + 2 >= tokens.count || !Self.hospitalNouns.contains(tokens[position + 2])
                else { continue }
                used[position] = true
                used[position + 1] = true
                return [position, position + 1]
            }
        }
        return found.sorted()
    }

    /// Words of a place said that are all a language's everyday words, numbers or joiners, and
    /// that addresses do not write together as a place ("LBS Marg" is one, "the signal" is not).
    func isEverydayRun(_ run: [Int], in tokens: [String]) -> Bool {
        !run.isEmpty && run.allSatisfy { Self.commonWords.contains(tokens[$0]) || isAreaJoiner(tokens[$0]) }
            && !zip(run, run.dropFirst()).contains { directory.isLocalityPair(tokens[$0], tokens[$1]) }
    }

    /// A number, or a word like "road", "phase" or "west", that is part of an area's name beside one.
    func isAreaJoiner(_ word: String) -> Bool {
        Int(word) != nil || Self.areaJoiners.contains(word)
    }

    func isAreaWord(_ word: String) -> Bool {
        guard !Self.requestWords.contains(word), !Self.notPlaces.contains(word), !TextNormalizer.stopWords.contains(word), !TextNormalizer.genericWords.contains(word),
            word.count >= 3, Int(word) == nil
        else { return false }
        // An ordinary word ("sun", "check") names an area only where an address has it as said.
        if Self.commonWords.contains(word) { return directory.namesAreaExactly(word) }
        return directory.couldNameArea(word)
    }
}
