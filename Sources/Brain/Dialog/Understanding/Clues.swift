import HospitalSearch

/// Everything the intent rules look at in one utterance: its tokens, the slots already cut out of
/// it (place, hospital words, count, ordinal) and which of the ``Lexicon``'s phrase lists it says.
///
/// Built once by ``Interpreter``; each rule in ``IntentRules`` is a small function of it.
struct Clues: Sendable {
    let tokens: [String]
    var place: Place?
    /// Words left for a hospital's name, with request words taken out.
    var name: [String]
    /// Of those, the words that could identify a hospital (not generic, not common English).
    var distinctive: [String]
    /// Words that are about neither hospitals, places nor this conversation.
    var content: [String]
    var count: Int?
    var ordinal: Int?
    /// True when some distinctive word is one the list knows, allowing for mis-hearing.
    var knownName: Bool
    /// True when some distinctive word is exactly a word of a listed hospital's name.
    var exactNameWord: Bool { !nameWords.isEmpty }
    /// The distinctive words that are exactly words of listed hospitals' names.
    var nameWords: [String]
    /// The phrase lists the utterance says something from.
    var says: Set<PhraseList>
    /// What the caller asked for that the list does not hold, if anything.
    var missing: MissingInfo?
    /// True when the utterance asks about the network itself ("in my network", "covered").
    var asksAboutNetwork: Bool
    /// True when the caller speaks of their own plan, policy or card ("does X come in my plan").
    var asksAboutTheirCover = false
    /// Without filler words, for "yes"/"no" that must be all that was said.
    var bare: [String]
    /// True when the place or a hospital word was matched only by sound or spelling.
    var guessed: Bool
    /// True when the place was matched only by sound or spelling.
    var placeGuessed = false
    /// True when the utterance was heard in another script: its names are ICU's Latin for them.
    var heardIn = Script.latin
    /// True when the caller framed some name word as a hospital's ("Nandi Hills Hospital", "is
    /// Saifee covered"): a question about that name, even when the list does not have it.
    var framedName = false
    /// Words of the name that are common words of a language the list does not have (see
    /// ``Understanding/unspoken``).
    var unspoken: [String] = []

    /// The phrase lists of the ``Lexicon`` that rules ask about.
    enum PhraseList: CaseIterable, Sendable {
        case emergency, goodbye, thanks, outOfScope, count, networkSize, confirm, list, more, switchPlace, details, help
        case identity, lineCheck, repeatLast, slower, humanAgent, textMe, stopRecording
    }

    /// "to 98…", "another number", "my wife's phone", "is number pe": a number other than the one calling.
    static func namesAnotherNumber(_ tokens: [String]) -> Bool {
        let digits = tokens.filter { $0.allSatisfy(\.isNumber) }.joined()
        if digits.count >= 5 { return true }
        return tokens.contains(where: otherPeople.contains) && tokens.contains(where: phoneNouns.contains)
    }
    private static let otherPeople = Set(Lexicon.words(.otherPeople))
    private static let phoneNouns = Set(Lexicon.words(.phoneNouns))

    /// Words that point back at the last answer's hospitals (उनमें/उनके reach the rules as "them").
    static let backReferences = Set(Lexicon.words(.backReferences))

    /// "… give me hospitals in Faridabad", "Pune mein kitne hospital": whatever story came
    /// before it ("I just moved here for a new job"), the caller asks for a place's hospitals.
    var asksForHospitalsInAPlace: Bool {
        guard place != nil else { return false }
        // "…, no sir, Gurugram, I said Gurugram", "…, no, Gurugram please": a place corrected is the
        // request going on, whatever story came before it.
        if Self.putsRight(tokens) { return true }
        // "Where can I go for cashless treatment in Mumbai": cashless is a network hospital's word.
        return (says.contains(.list) || says.contains(.count)) && (tokens.contains("hospital") || tokens.contains("cashless"))
    }

    /// "no", "nahi", "not": a refusal, which with a place corrects the one before it.
    /// True when the caller puts something right: "actually", "I said", "galat suna", or a "no".
    static func putsRight(_ tokens: [String]) -> Bool {
        Interpreter.correction.matches(tokens) || tokens.contains(where: refusals.contains)
    }

    static let refusals: Set<String> = Interpreter.negations.union(["no"])

    /// Hospitals spoken of as such: "hospital", "clinic", "network", "cashless", "panel"…
    var mentionsHospitals: Bool {
        tokens.contains { Interpreter.hospitalNouns.contains($0) || Self.hospitalWords.contains($0) }
    }
    static let hospitalWords = Set(Lexicon.words(.hospitalWords))

    /// How many words say something beyond the request itself: none of the words requests are
    /// made of, whether or not the list knows them ("membership", "refund", "agent").
    var wordsOfTheirOwn: Int {
        tokens.filter { word in
            word.count >= 3 && word.contains(where: \.isLetter) && !Interpreter.requestWords.contains(word) && !TextNormalizer.stopWords.contains(word)
                && !Interpreter.filler.contains(word) && !Interpreter.postpositions.contains(word)
        }.count
    }

    /// True when nothing the list holds is named to list or count: no place, no number, no
    /// hospitals named as such, and words of the caller's own beside the request's.
    var countsNothing: Bool { place == nil && count == nil && wordsOfTheirOwn >= 2 && !mentionsHospitals }

    var asksSomething: Bool { says.contains(.count) || says.contains(.list) || says.contains(.confirm) }
    var namesSomething: Bool { place != nil || !distinctive.isEmpty }
    /// A place, or a word of a listed hospital's name: what turns small talk into a question.
    var namesPlaceOrHospital: Bool { place != nil || exactNameWord }

    /// The same, not counting the words of `list`'s phrases ("sun" in "sun rahe hain" is not Sun Hospital).
    func namesPlaceOrHospital(besides list: PhraseList) -> Bool {
        guard place == nil else { return true }
        let phraseWords = Interpreter.phraseLists[list]?.words ?? []
        return nameWords.contains { !phraseWords.contains($0) }
    }

    func understanding(_ intent: Understanding.Intent) -> Understanding {
        let name: [String]
        switch intent {
        case .confirm: name = self.name
        case .count: name = distinctive
        default: name = []
        }
        // A place only sounding like a city in a question about something else ("koi joke sunao",
        // not Chennai) is no place: nothing is asked of it.
        let place = intent == .outOfScope && placeGuessed ? nil : place
        var understanding = Understanding(
            intent: intent, place: place, name: name, count: count, ordinal: ordinal,
            missing: intent == .missingInfo ? missing : nil, guessed: guessed,
            textElsewhere: intent == .textMe && Self.namesAnotherNumber(tokens),
            refersBack: tokens.contains(where: Self.backReferences.contains),
            wantsAddress: intent == .confirm && says.contains(.details), heardIn: heardIn)
        understanding.nameFramed = framedName && !name.isEmpty
        understanding.unspoken = unspoken.filter(name.contains)
        return understanding
    }
}
