/// The rules that decide what a caller wants, in the order they are tried: from the most urgent
/// (an emergency beats everything) to the least (words about nothing Loop AI knows are off-topic).
///
/// Each rule is a small named function of the utterance's ``Clues`` that answers an intent or
/// passes; `UnderstandingTests` checks them by table.
enum IntentRules {
    typealias Rule = @Sendable (Clues) -> Understanding.Intent?

    static let ordered: [(name: String, rule: Rule)] = [
        ("emergency", emergency),
        ("stop recording", stopRecording),
        ("human agent", humanAgent),
        ("goodbye", goodbye),
        ("whatsapp me", whatsAppMe),
        ("text me", textMe),
        ("repeat or slower", repeatOrSlower),
        ("identity", identity),
        ("line check", lineCheck),
        ("missing information", missingInformation),
        ("out of scope by topic", outOfScopeTopic),
        ("network size", networkSize),
        ("count", count),
        ("details", details),
        ("confirm a name", confirmName),
        ("switch place", switchPlace),
        ("more", more),
        ("no", no),
        ("list or confirm", listOrConfirm),
        ("details by ordinal", detailsByOrdinal),
        ("yes", yes),
        ("thanks", thanks),
        ("help", help),
        ("switch to nowhere", switchToNowhere),
        ("place only", placeOnly),
        ("a hospital's name", hospitalName),
        ("off-topic words", offTopicWords),
    ]

    static func emergency(_ clues: Clues) -> Understanding.Intent? {
        clues.says.contains(.emergency) ? .emergency : nil
    }

    static func stopRecording(_ clues: Clues) -> Understanding.Intent? {
        clues.says.contains(.stopRecording) ? .stopRecording : nil
    }

    /// "Text me that", "SMS kar do", unless it names something new to look up first.
    static func textMe(_ clues: Clues) -> Understanding.Intent? {
        clues.says.contains(.textMe) && !clues.namesPlaceOrHospital(besides: .textMe) ? .textMe : nil
    }

    /// "Let me talk to a person", but not "are you a human?".
    static func humanAgent(_ clues: Clues) -> Understanding.Intent? {
        guard clues.says.contains(.humanAgent), !clues.says.contains(.identity) else { return nil }
        // "The agent who sold the policy is not answering, which hospitals in Pune…", "…, Bengaluru
        // please": a bare noun in a story around a place or a hospital named is the story.
        if !askingForAPerson.matches(clues.tokens), clues.namesSomething { return nil }
        return .humanAgent
    }

    /// The ways of asking for a person that are more than a bare noun.
    private static let askingForAPerson = PhraseSet(Lexicon.humanAgent.filter { !Lexicon.humanAgentNouns.contains($0) })

    /// A word that alone says "that's all" ("bas", also "only" inside a sentence).
    private static let thatsAll = Set(Lexicon.words(.thatsAll))

    /// "bye", unless it closes a question that names a place or hospital ("… in Pune, then bye").
    static func goodbye(_ clues: Clues) -> Understanding.Intent? {
        // "bas" alone, or with thanks ("bas ji", "bas, dhanyavaad"): that's all.
        let thanks = Interpreter.phraseLists[.thanks]?.words ?? []
        if clues.tokens.contains(where: thatsAll.contains),
            clues.tokens.allSatisfy({ thatsAll.contains($0) || Interpreter.filler.contains($0) || thanks.contains($0) })
        {
            return .goodbye
        }
        return clues.says.contains(.goodbye) && !(clues.asksSomething && clues.namesSomething) ? .goodbye : nil
    }

    static func repeatOrSlower(_ clues: Clues) -> Understanding.Intent? {
        if clues.says.contains(.slower), !clues.namesPlaceOrHospital(besides: .slower) { return .slower }
        guard !clues.namesPlaceOrHospital(besides: .repeatLast) else { return nil }
        return clues.says.contains(.repeatLast) ? .repeatLast : nil
    }

    static func identity(_ clues: Clues) -> Understanding.Intent? {
        clues.says.contains(.identity) && !clues.namesPlaceOrHospital(besides: .identity) ? .identity : nil
    }

    static func lineCheck(_ clues: Clues) -> Understanding.Intent? {
        clues.says.contains(.lineCheck) && !clues.namesPlaceOrHospital(besides: .lineCheck) && !clues.asksSomething ? .lineCheck : nil
    }

    /// A phone number, a doctor, a bed, a claim, a price: about the network, but not in the list.
    /// "Is Dr Agarwal's in my network?" is still a question about a name.
    static func missingInformation(_ clues: Clues) -> Understanding.Intent? {
        guard let missing = clues.missing else { return nil }
        // "The doctor said not to delay, give me hospitals in Faridabad", "a planned admission
        // next week, two hospitals in Mumbai": the doctor, the bed, the bill are the story; the
        // hospitals of a place are the ask, and the list holds them.
        if clues.asksForHospitalsInAPlace, missing != .phoneNumber { return nil }
        // "The doctor said not to delay, is Metro Hospital a network hospital", "does X come in my
        // plan", "will X honour my card": a hospital asked about by name against the caller's cover.
        if clues.asksAboutNetwork || clues.asksAboutTheirCover, clues.knownName || clues.framedName { return nil }
        return .missingInfo
    }

    /// Off-topic words ("treatment", "medicine"), unless the caller asks whether a hospital they
    /// name is in the network: "X hospital, where my father's treatment is, is it covered?".
    static func outOfScopeTopic(_ clues: Clues) -> Understanding.Intent? {
        guard clues.says.contains(.outOfScope) else { return nil }
        if Interpreter.otherTasks.matches(clues.tokens) { return .outOfScope }
        // "Where on Najafgarh Road can I go for treatment": care in a place is what its network
        // hospitals are for (the weather there is not).
        guard !clues.asksForHospitalsInAPlace, clues.place == nil || !clues.tokens.contains(where: Lexicon.carePurposes.contains) else { return nil }
        return clues.asksAboutNetwork && (clues.exactNameWord || clues.framedName) ? nil : .outOfScope
    }

    /// "How big is your network?", "how many hospitals in total?", "कितने शहरों में?": no place, no name.
    static func networkSize(_ clues: Clues) -> Understanding.Intent? {
        clues.says.contains(.networkSize) && clues.place == nil && clues.distinctive.isEmpty ? .networkSize : nil
    }

    /// "How many in Pune", "kitne hain" after a list; but a count of something else ("कितने टाइम बाद
    /// कवर होगी", how long until it is covered), of words of its own with no place, number or
    /// hospitals named, counts nothing the list holds: as a listing needs something to list.
    static func count(_ clues: Clues) -> Understanding.Intent? {
        guard clues.says.contains(.count) else { return nil }
        return clues.countsNothing ? nil : .count
    }

    /// "The address of the second one"; but "three hospitals near Kalwa, names and address" is
    /// a listing that wants addresses too.
    static func details(_ clues: Clues) -> Understanding.Intent? {
        guard clues.says.contains(.details), clues.ordinal != nil || clues.distinctive.isEmpty else { return nil }
        // "Which hospitals are located on Mohna Road", "change the location to Andheri": about a
        // place, not the details of a hospital named before.
        let aboutAPlace = clues.place != nil && clues.ordinal == nil && clues.distinctive.isEmpty
        return aboutAPlace ? nil : .details
    }

    static func confirmName(_ clues: Clues) -> Understanding.Intent? {
        clues.says.contains(.confirm) && !clues.distinctive.isEmpty ? .confirm : nil
    }

    static func switchPlace(_ clues: Clues) -> Understanding.Intent? {
        clues.says.contains(.switchPlace) && clues.place != nil && clues.distinctive.isEmpty ? .switchPlace : nil
    }

    /// "More", "aur batao"; not a sentence of its own that only has "aur" (and) in it.
    static func more(_ clues: Clues) -> Understanding.Intent? {
        clues.says.contains(.more) && clues.place == nil && clues.distinctive.isEmpty && clues.wordsOfTheirOwn < 2 ? .more : nil
    }

    /// "Tell me hospitals in Pune" with stray words the list has never seen is still a listing;
    /// an explicit "is … in my network" about an unknown name is a question with a clear no.
    static func listOrConfirm(_ clues: Clues) -> Understanding.Intent? {
        guard clues.says.contains(.list) || clues.says.contains(.confirm) || (clues.count != nil && clues.place != nil) else { return nil }
        // A name the list does not know, framed as one and asked about ("X Hospital in Y, is
        // that covered?"), is a question with a clear no; without the question it is a listing.
        let askedAboutName = clues.framedName && clues.asksAboutNetwork
        if clues.distinctive.isEmpty || (!clues.knownName && !askedAboutName && !clues.says.contains(.confirm) && clues.place != nil) {
            // A listing needs something to list: a place, a number, hospitals named as such, or the
            // last answer pointed at. "… का पैसा वापस मिलता है क्या" (is a pharmacy bill refunded)
            // matches only function words of requests, and is a question about something else.
            if clues.countsNothing { return nil }
            return .list
        }
        return .confirm
    }

    static func detailsByOrdinal(_ clues: Clues) -> Understanding.Intent? {
        clues.ordinal != nil && clues.ordinal != 0 && clues.distinctive.isEmpty && clues.place == nil ? .details : nil
    }

    static func no(_ clues: Clues) -> Understanding.Intent? {
        !clues.bare.isEmpty && Interpreter.no.coversAll(clues.bare, ignoring: Interpreter.filler) ? .no : nil
    }

    /// Only yes-words ("yes please", "haan ji"); a lone "ok" is a yes too, though it is also filler.
    static func yes(_ clues: Clues) -> Understanding.Intent? {
        if clues.bare.isEmpty { return Interpreter.yes.matches(clues.tokens) ? .yes : nil }
        return Interpreter.yes.coversAll(clues.bare, ignoring: Interpreter.filler) ? .yes : nil
    }

    static func thanks(_ clues: Clues) -> Understanding.Intent? {
        clues.says.contains(.thanks) && !clues.namesSomething ? .thanks : nil
    }

    static func help(_ clues: Clues) -> Understanding.Intent? {
        clues.says.contains(.help) && !clues.namesPlaceOrHospital(besides: .help) ? .help : nil
    }

    /// "What about…" with no place is not understood, rather than guessed at.
    static func switchToNowhere(_ clues: Clues) -> Understanding.Intent? {
        clues.says.contains(.switchPlace) && clues.place == nil && clues.distinctive.isEmpty ? .unclear : nil
    }

    static func placeOnly(_ clues: Clues) -> Understanding.Intent? {
        clues.place != nil && clues.distinctive.isEmpty ? .placeOnly : nil
    }

    /// Words of a listed hospital's name, or unknown words with a place, are a question about it.
    static func hospitalName(_ clues: Clues) -> Understanding.Intent? {
        guard !clues.distinctive.isEmpty else { return nil }
        return clues.exactNameWord || clues.place != nil ? .confirm : nil
    }

    /// Several words of which none is about hospitals, places or this conversation: off-topic.
    /// So is a question of words of its own that names nothing Loop AI knows and asks nothing it
    /// answers ("how hot will it be this weekend"): a person can help where Loop AI cannot.
    static func offTopicWords(_ clues: Clues) -> Understanding.Intent? {
        if clues.content.count >= 2 && !clues.tokens.contains("hospital") && !clues.tokens.contains("network") { return .outOfScope }
        let namesNothing = clues.place == nil && clues.distinctive.isEmpty && !clues.mentionsHospitals && clues.count == nil
        guard namesNothing, clues.says.isEmpty || clues.countsNothing else { return nil }
        // A request of three words or more of its own ("कुछ मज़ेदार सुनाओ, बहुत टेंशन में हूँ") is
        // understood well enough to know it is not for Loop AI: a person can help.
        if clues.wordsOfTheirOwn >= 3 { return .outOfScope }
        return clues.wordsOfTheirOwn >= 2 && Interpreter.isQuestion(clues.tokens[...]) ? .outOfScope : nil
    }
}
