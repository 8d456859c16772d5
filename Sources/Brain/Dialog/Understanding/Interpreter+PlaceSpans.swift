import HospitalSearch
import Shared

/// Places found by list evidence alone, wherever they stand in the utterance: a city or region the
/// list has, or words that addresses write together ("Malviya Nagar", "HBR Layout", "Sion E").
/// With two of them joined ("Vasant Kunj and Malviya Nagar", "Pune or Gurugram", "X aur Y"),
/// the caller asks about both, whatever carrier phrase surrounds them.
extension Interpreter {
    /// A place the list knows, and the words that name it.
    struct PlaceSpan: Equatable {
        var place: Place
        var words: Range<Int>
    }

    /// Two places asked about in one request, each answered in turn; nil unless the utterance
    /// names two places joined by "and", "or", "aur"… (between them, or anywhere when they are the
    /// only two), asks nothing about a hospital by name, and the rules did not already hear both.
    func twoPlaces(in tokens: [String], spans found: [PlaceSpan], single: Understanding) -> Understanding? {
        guard single.also.isEmpty, Self.placeRequests.contains(single.intent) else { return nil }
        // The one pair of neighbouring places joined as two ("… Pune and Mumbai"); a story's other
        // places, or a locality with its city ("Dwarka, Delhi"), are no second ask.
        let joined = zip(found, found.dropFirst()).filter { first, second in
            first.place != second.place
                && (Self.joins(tokens[first.words.upperBound..<second.words.lowerBound]) || namesBoth(first, second, in: tokens, found: found))
        }
        guard joined.count == 1, let pair = joined.first else { return nil }
        let spans = [pair.0, pair.1]
        // A hospital asked about by name stays that question ("is Surya covered in Santacruz"),
        // unless the name the rules heard is one of the places.
        let placeWords = Set(spans.flatMap { tokens[$0.words] })
        // A "name" of words that say nothing ("Nagar" left over from "Lajpat Nagar") is none.
        if single.intent == .confirm || !single.name.isEmpty {
            let named = single.name.filter(isNamingWord)
            // "both X and Y, how many hospitals are covered": "covered" in a count asks no name.
            guard named.allSatisfy(placeWords.contains), !says(.confirm, in: tokens) || says(.count, in: tokens) else { return nil }
        }
        let counting = says(.count, in: tokens) || Self.compares(tokens)
        let count = counting ? nil : single.count ?? Self.leadingCount(tokens[..<spans[0].words.lowerBound])
        var first = Understanding(intent: counting ? .count : .list, place: spans[0].place)
        first.count = count
        var second = first
        second.place = spans[1].place
        first.also = [second]
        first.speaks = single.speaks
        return first
    }

    /// The one place the list knows in a request the rules heard no place in ("what about Vasant
    /// Kunj, hospitals there"): that place. A name the rules took from its words is no name.
    /// A turn of only a place and words that carry nothing ("नहीं, Sampangiramanagar प्लीज़",
    /// "correction, Chitalsar") is that place, as if said alone.
    func onePlace(in tokens: [String], spans: [PlaceSpan], single: Understanding, heardIn: Script) -> Understanding? {
        guard single.also.isEmpty else { return nil }
        // The same place said twice ("Nagarbhavi Circle, I said Nagarbhavi Circle") is one place.
        guard let span = spans.first, spans.allSatisfy({ $0.place == span.place }), single.place == nil || single.place == span.place else { return nil }
        // Only where the rules heard no place, or heard it and took its words for a name too.
        guard single.place == nil || !single.name.isEmpty else { return nil }
        let placeWords = Set(spans.flatMap { tokens[$0.words] })
        // "धीरे से फिर बोलता हूँ, Padmanabhanagar", "Goregaon बोला था, दोबारा देखिए": the caller
        // says their own place again, slowly, in words of their own; Loop AI's last answer is not
        // what they want again.
        let sayingAgain = [.repeatLast, .slower].contains(single.intent)
        if [.unclear, .outOfScope].contains(single.intent) || sayingAgain {
            let rest = tokens.filter { !placeWords.contains($0) }
            guard sayingAgain || rest.allSatisfy({ !Self.isContent($0) }), !Self.otherTasks.matches(tokens) else { return nil }
            return Understanding(intent: .placeOnly, place: span.place, heardIn: heardIn)
        }
        guard [.list, .count, .confirm].contains(single.intent) else { return nil }
        if single.intent == .confirm || !single.name.isEmpty {
            guard single.name.filter(isNamingWord).allSatisfy(placeWords.contains), !says(.confirm, in: tokens) else { return nil }
        }
        var understanding = single
        understanding.intent = single.intent == .count ? .count : .list
        understanding.place = span.place
        understanding.name = []
        return understanding
    }

    /// A place put right ("no, Goraguntepalya please", "galat sun liya aapne, Lokhandwala",
    /// "please change the location to Andheri"): a correction said before the one place the list
    /// knows in the turn makes the turn that place, whatever story or carrier words surround it
    /// (the dialog keeps the last request and swaps its place). Nil when no correction stands
    /// before the place, another hospital is named, or the turn asks something that comes first.
    func correctedPlace(in tokens: [String], spans: [PlaceSpan], single: Understanding) -> Understanding? {
        guard single.also.isEmpty, !Self.comesBeforeAPlace.contains(single.intent),
            let span = spans.last, spans.allSatisfy({ $0.place == span.place })
        else { return nil }
        // "Kalitala, Kalitala, you are hearing something else": the correction may follow the place.
        let before = Array(tokens[..<span.words.lowerBound])
        let corrected = Self.correction.matches(tokens) || before.contains(where: Clues.refusals.contains) || Self.introducesAPlace(before)
        guard corrected else { return nil }
        // The rules already heard that place asked about, or put another place right themselves
        // ("hospitals in Mumbai, rather Thane"): nothing more to put right.
        if let heard = single.place, heard != span.place || [.list, .count, .switchPlace, .placeOnly].contains(single.intent) { return nil }
        let placeWords = Set(spans.flatMap { tokens[$0.words] })
        guard single.name.filter(isNamingWord).allSatisfy(placeWords.contains) else { return nil }
        var placed = Understanding(intent: .placeOnly, place: span.place)
        placed.heardIn = single.heardIn
        placed.speaks = single.speaks
        return placed
    }

    /// "My area is …", "the location is …", "मेरा इलाका …है": a place said as where the caller is,
    /// a place noun and "is" together just before it.
    static func introducesAPlace(_ before: [String]) -> Bool {
        zip(before, before.dropFirst()).suffix(2).contains { Self.placeNouns.contains($0) && Self.copulas.contains($1) }
    }

    static let placeNouns = Set(Lexicon.words(.placeNouns).flatMap(heard))
    static let copulas = Set(Lexicon.words(.copulas))

    /// What a turn may ask that outranks a place put right in it.
    static let comesBeforeAPlace: Set<Understanding.Intent> = [
        .emergency, .humanAgent, .textMe, .whatsAppMe, .stopRecording, .goodbye, .repeatLast, .slower, .chooseLanguage, .otherLanguage,
    ]

    /// The requests a second place can belong to: a list or a count, or words the rules could not
    /// place (a place read as a name, a bare place).
    static let placeRequests: Set<Understanding.Intent> = [.list, .count, .confirm, .placeOnly, .switchPlace, .more, .unclear]

    /// Every place the list has, left to right and not overlapping: the cities and localities
    /// the place finder knows, then runs of words that addresses write together.
    func placeSpans(in tokens: [String], heardIn: Script) -> [PlaceSpan] {
        // A listed name said whole ("Dr D Y Patil", "Chaudhary Eye Centre") holds no place.
        var named = Array(repeating: false, count: tokens.count)
        let whole = wholeName(in: tokens, marking: &named) ?? 0..<0
        var spans: [PlaceSpan] = directory.placeMentions(in: tokens).compactMap { mention in
            let words = tokens[mention.words]
            if mention.words.overlaps(whole) { return nil }
            // A request word only sounding like a place, a brand like a city, a road named after one.
            if mention.guessed && words.allSatisfy(Self.requestWords.contains) { return nil }
            if mention.guessed, words.count == 1, words.allSatisfy(Self.isCommonInAnySpelling) { return nil }
            if words.allSatisfy(directory.isNameWord), mention.guessed { return nil }
            if mention.words.upperBound < tokens.count, Self.roads.contains(tokens[mention.words.upperBound]) { return nil }
            // "a man in the bus", "living in a PG": everyday words after an article are a thing, not a place.
            if isThingAfterArticle(mention.words, in: tokens) { return nil }
            if isNamed(mention.words, in: tokens), !isCitysHospitals(mention, in: tokens) { return nil }
            return PlaceSpan(place: mention.place, words: mention.words)
        }
        var taken = Set(spans.flatMap { Array($0.words) } + whole)
        var start = 0
        while start < tokens.count {
            guard !taken.contains(start), let end = addressRun(from: start, in: tokens, taken: taken, heardIn: heardIn) else {
                start += 1
                continue
            }
            let words = Array(tokens[start..<end])
            if !directory.cities(ofArea: words).isEmpty, !isNamed(start..<end, in: tokens), !isThingAfterArticle(start..<end, in: tokens) {
                spans.append(PlaceSpan(place: .area(words: words, city: nil), words: start..<end))
                taken.formUnion(start..<end)
            }
            start = end
        }
        return spans.sorted { $0.words.lowerBound < $1.words.lowerBound }
    }

    /// The end of a run of words from `start` that addresses write together, each pair as
    /// neighbours in some address (a name carrying it, "BLK Hospital Pusa Road", is framed apart:
    /// ``isNamed(_:in:)``); a single word must be one addresses
    /// hold exactly and no everyday word of the caller's language. Nil when no run starts here.
    private func addressRun(from start: Int, in tokens: [String], taken: Set<Int>, heardIn: Script) -> Int? {
        let first = tokens[start]
        // "on Mata Road", "on Bata Road": an ordinary word is a road's name after "on"/"in" when
        // addresses write it before "Road".
        let namesRoad = start > 0 && Self.prepositions.contains(tokens[start - 1]) && start + 1 < tokens.count
            && Self.areaJoiners.contains(tokens[start + 1]) && directory.isAddressPair(first, tokens[start + 1])
        // "Park Circus", "Main Kalyan Road": a word that is only part of an area's name may begin
        // one, when an address writes it before a word of its own (a compass point never does:
        // "West Mumbai" is no area).
        let begins = start + 1 < tokens.count && Self.areaJoiners.contains(first) && !Self.compassPoints.contains(first) && !taken.contains(start + 1)
            && isOpenWord(tokens[start + 1]) && !Self.areaJoiners.contains(tokens[start + 1]) && directory.isAddressPair(first, tokens[start + 1])
        guard (isOpenWord(first) || namesRoad) && !Self.areaJoiners.contains(first) || begins else { return nil }
        var end = start + 1
        while end < tokens.count, end - start < 4, !taken.contains(end), isOpenWord(tokens[end]) || Self.areaJoiners.contains(tokens[end]),
            directory.isAddressPair(tokens[end - 1], tokens[end])
        {
            end += 1
        }
        if end - start == 1 {
            // A word heard in another script only sounds like the list's; one the recogniser wrote
            // in Latin letters is spelt as the list spells it.
            guard directory.namesAreaExactly(first), !Self.everydayWords.contains(first),
                !directory.isNameWord(first) || !heardIn.isTransliterated || writtenInLatin.contains(start)
            else {
                return nil
            }
        }
        return end
    }

    /// True when the words are a hospital's name as the caller frames it: "Jaslok hospital",
    /// "Ruby Hall clinic" (a landmark in addresses, but asked about as a hospital).
    func isNamed(_ words: Range<Int>, in tokens: [String]) -> Bool {
        guard words.upperBound < tokens.count, Self.hospitalNouns.contains(tokens[words.upperBound]), !breaks.contains(words.upperBound) else {
            return false
        }
        // "Malviya Nagar hospitals", "Pune wale hospital": a place's hospitals, not one named after it.
        let said = tokens[words]
        return said.allSatisfy(directory.isNameWord) && !said.contains(where: Self.areaJoiners.contains) && !namesOnlyAPlace(said)
    }

    /// True when a city's name before "hospital" asks for the city's hospitals: the list has no
    /// name with the two together ("Noida hospitals there"; but "Bombay Hospital" is one).
    private func isCitysHospitals(_ mention: PlaceMention, in tokens: [String]) -> Bool {
        guard case .city = mention.place, mention.words.count == 1, mention.words.upperBound < tokens.count else { return false }
        return directory.namePairCount(tokens[mention.words.lowerBound], tokens[mention.words.upperBound]) == 0
    }

    /// A word of a name the rules heard that says something: not "as", "well", "the"….
    func isNamingWord(_ word: String) -> Bool {
        isOpenWord(word) && !Lexicon.placeJoiners.contains(word)
    }

    /// A word that may name something: none of the closed-class words requests are made of.
    private static let compassPoints: Set<String> = ["east", "west", "north", "south"]

    private func isOpenWord(_ word: String) -> Bool {
        isNameCandidate(word) && !Self.prepositions.contains(word) && !Self.postpositions.contains(word) && !Lexicon.clauseJoiners.contains(word)
            && !Self.hospitalNouns.contains(word) && Self.numberWords[word] == nil && !Self.negations.contains(word)
    }

    /// True when the words between two places join them: all closed-class, with "and", "or",
    /// "aur", "as well as"… among them, or a second "one in" ("one in Noida, one in Faridabad").
    private static func joins(_ gap: ArraySlice<String>) -> Bool {
        guard (1...6).contains(gap.count) else { return false }
        let joined = gap.contains(where: Lexicon.placeJoiners.contains)
            || (gap.contains(where: prepositions.union(postpositions).contains) && gap.contains { numberWords[$0] != nil })
        return joined && gap.allSatisfy { !isContent($0) }
    }

    /// A word of the gap between two places that carries meaning of its own (another place, a name).
    private static func isContent(_ word: String) -> Bool {
        !(requestWords.contains(word) || filler.contains(word) || prepositions.contains(word) || postpositions.contains(word)
            || Lexicon.placeJoiners.contains(word) || numberWords[word] != nil || hospitalNouns.contains(word)
            || TextNormalizer.stopWords.contains(word) || everydayWords.contains(word) || placeNouns.contains(word))
    }

    /// The only two places of the utterance, each a place of its own (not a locality and its
    /// city), in a sentence that joins them somewhere however far apart they stand ("for Erandwane,
    /// and while you're at it, Millers Road as well", "ऑपरेशन नोएडा में करवाएँ या फ़रीदाबाद में"),
    /// with nothing put right between them.
    private func namesBoth(_ first: PlaceSpan, _ second: PlaceSpan, in tokens: [String], found: [PlaceSpan]) -> Bool {
        // Joined by a word ("and", "या"), compared ("X से ज़्यादा Y में"), or each counted ("एक X का, एक Y का").
        let counted = [first, second].allSatisfy { Self.countedBefore($0, in: tokens) }
        guard found.allSatisfy({ $0.place == first.place || $0.place == second.place }),
            tokens.contains(where: Lexicon.placeJoiners.contains) || Self.compares(tokens) || counted
        else { return false }
        let gap = Array(tokens[first.words.upperBound..<second.words.lowerBound])
        guard gap.count <= 12, !Self.correction.matches(gap), !gap.contains(where: Self.takenBackBefore.contains) else { return false }
        return !isLocality(first.place, of: second.place) && !isLocality(second.place, of: first.place)
    }

    /// True when `area` is a locality of the city `city` ("Dwarka, Delhi" is one place).
    private func isLocality(_ area: Place, of city: Place) -> Bool {
        guard case .area(let words, let known) = area, case .city(let named) = city else { return false }
        return known == named || directory.cities(ofArea: words).contains(named)
    }

    /// True when a number stands right before the place, or before the "in" that leads to it:
    /// "one in Noida", "एक गाज़ियाबाद का".
    private static func countedBefore(_ span: PlaceSpan, in tokens: [String]) -> Bool {
        var before = span.words.lowerBound - 1
        while before >= 0, prepositions.contains(tokens[before]) { before -= 1 }
        return before >= 0 && (Int(tokens[before]) != nil || numberWords[tokens[before]] != nil)
    }

    /// "one hospital in …", "ek … mein": a number said before the first place.
    private static func leadingCount(_ tokens: ArraySlice<String>) -> Int? {
        tokens.reversed().lazy.compactMap { Int($0) ?? numberWords[$0] }.first
    }

    /// "Which has more, Pune or Gurugram", "compare X and Y", "कहाँ ज़्यादा हैं", "X में ज़्यादा हैं या Y में".
    private static func compares(_ tokens: [String]) -> Bool {
        tokens.contains(where: comparingAlone.contains)
            || (tokens.contains(where: comparing.contains) && tokens.contains { comparingQuestions.contains($0) || $0 == "or" || $0 == "ya" })
    }

    private static let comparing = Set(Lexicon.comparing.flatMap(heard))
    private static let comparingAlone = Set(Lexicon.comparingAlone.flatMap(heard))
    private static let comparingQuestions = Set(Lexicon.comparingQuestions.flatMap(heard))

    func says(_ list: Clues.PhraseList, in tokens: [String]) -> Bool {
        Self.phraseLists[list]?.firstMatch(in: tokens) != nil
    }
}
