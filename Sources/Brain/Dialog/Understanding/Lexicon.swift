/// The words and phrases that signal what a caller wants, by what they signal: every language's
/// words for each class, joined (``ClosedClass``). The words themselves live with their language
/// (`EnglishLexicon+Classes.swift` and each language's own, read from the registry); words said in a
/// language's own script reach these lists as Latin spellings (``LanguageProfile/scriptWords``).
///
/// Phrases are matched on normalised tokens (see ``TextNormalizer``), so "Hospitals" is
/// "hospital" and "what's" is "whats". Add a phrase to its language's file to teach the dialog a
/// new way of saying something; `UnderstandingTests` and the evaluation set (`Tests/Evaluation`)
/// show what each list is for.
enum Lexicon {
    // MARK: Closing

    static let goodbye: [String] = words(.goodbye)

    static let thanks: [String] = words(.thanks)

    // MARK: Questions about the network

    static let count: [String] = words(.count)

    /// The whole network rather than one place: its size, its cities.
    static let networkSize: [String] = words(.networkSize)

    static let confirm: [String] = words(.confirm)

    static let list: [String] = words(.list)

    static let more: [String] = words(.more)

    static let switchPlace: [String] = words(.switchPlace)

    static let address: [String] = words(.address)

    // MARK: Short answers

    static let yes: [String] = words(.yes)

    static let no: [String] = words(.no)

    // MARK: About the call itself

    static let help: [String] = words(.help)

    /// "Who are you?": Loop AI says what it is.
    static let identity: [String] = words(.identity)

    /// "Hello? Can you hear me?": the line, not a question for the network.
    static let lineCheck: [String] = words(.lineCheck)

    /// "Say that again": the last answer once more.
    static let repeatLast: [String] = words(.repeatLast)

    /// "A bit slower, please": the last answer again, slowly.
    static let slower: [String] = words(.slower)

    /// "Text me that": the hospitals just given, by SMS to the caller's own number.
    static let textMe: [String] = words(.textMe)

    /// "Don't record this call": the recording is stopped.
    static let stopRecording: [String] = words(.stopRecording)

    /// "Let me talk to a person": transferred at once.
    static let humanAgent: [String] = words(.humanAgent)
    /// Of those, the bare nouns: a request for a person alone ("agent please"), but in a story
    /// around a question about hospitals ("the agent who sold the policy isn't answering, …") not.
    static let humanAgentNouns: Set<String> = Set(words(.humanAgentNouns))

    /// Phrases that ask whether something is in the network, as opposed to asking about it.
    static let networkQuestion: [String] = words(.networkQuestion)

    // MARK: Corrections

    /// Words after which what the caller says replaces what they said before ("Kolkata —
    /// actually, make that Noida").
    static let correction: [String] = words(.correction)

    // MARK: Words that carry no name

    /// Words that make up requests rather than name hospitals or places.
    static let requestWords: Set<String> = Set(words(.requestWords))

    /// Numbers as callers say them, in every language.
    static let numbers: [String: Int] = merged(\.numbers)

    /// Words that join two questions in one breath ("… in Pune and one in Kolkata", "… aur Peerless bhi").
    static let clauseJoiners: Set<String> = Set(words(.clauseJoiners))
    /// Words that join two places asked about together: "Pune and Mumbai", "Pune or Mumbai",
    /// "as well as", "X या Y".
    static let placeJoiners: Set<String> = clauseJoiners.union(words(.placeJoiners))
    /// Words that make two places a comparison ("which has more", "कहाँ ज़्यादा"), answered with
    /// both counts; with a question word (``comparingQuestions``) or alone ("compare").
    static let comparing: [String] = words(.comparing)
    static let comparingAlone: [String] = words(.comparingAlone)
    static let comparingQuestions: [String] = words(.comparingQuestions)

    /// Digits said one by one, as in a PIN code ("four one one zero three eight", "chaar ek ek").
    static let digits: [String: Character] = merged(\.digits)

    /// Words that say a number is a PIN code ("my pin is …", "pincode", "postal code", "पिन कोड").
    static let pinWords: Set<String> = Set(words(.pinWords))

    static let ordinals: [String: Int] = merged(\.ordinals)

    /// Every registered language's words of a class, in registry order.
    static func words(_ kind: ClosedClass) -> [String] {
        LanguageRegistry.all.flatMap { $0.closedClasses[kind] ?? [] }
    }

    /// Every registered language's table of numbers, ordinals or digits, joined.
    static func merged<Value>(_ table: KeyPath<LanguageProfile, [String: Value]>) -> [String: Value] {
        LanguageRegistry.all.reduce(into: [:]) { merged, profile in merged.merge(profile[keyPath: table]) { first, _ in first } }
    }
}
