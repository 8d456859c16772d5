import Testing

@testable import Brain
@testable import HospitalSearch

/// What the dialog understands from one utterance, as tables (on the real network list).
@Suite("Understanding")
struct UnderstandingTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let said: String
        let intent: Understanding.Intent
        var place: Place? = nil
        var name: [String]? = nil
        var count: Int? = nil
        var ordinal: Int? = nil
        var missing: MissingInfo? = nil
        var testDescription: String { said }
    }

    static let cases: [Case] = [
        Case(said: "Tell me 3 hospitals around Bangalore", intent: .list, place: .city("Bengaluru"), count: 3),
        Case(said: "tell me three hospitals around bangalore", intent: .list, place: .city("Bengaluru"), count: 3),
        Case(said: "Give me five hospitals in Bombay", intent: .list, place: .city("Mumbai"), count: 5),
        Case(said: "hospitals in banglore", intent: .list, place: .city("Bengaluru")),
        Case(said: "Any network hospital near Gurgaon?", intent: .list, place: .city("Gurugram")),
        Case(said: "list a few hospitals in Calcutta", intent: .list, place: .city("Kolkata"), count: 3),
        Case(said: "Hospitals in Whitefield", intent: .list, place: .area(words: ["whitefield"], city: nil)),
        Case(said: "How many network hospitals are there in Pune?", intent: .count, place: .city("Pune")),
        Case(said: "how many are there", intent: .count),
        Case(
            said: "Can you confirm if Manipal Sarjapur in Bangalore is in my network?", intent: .confirm,
            place: .city("Bengaluru"), name: ["manipal", "sarjapur"]),
        Case(said: "Is Fortis Mulund covered?", intent: .confirm, name: ["fortis", "mulund"]),
        Case(said: "Is Manipaal in my network", intent: .confirm, name: ["manipaal"]),
        Case(said: "does my policy cover Narayana Health in Kolkata", intent: .confirm, place: .city("Kolkata"), name: ["narayana", "health"]),
        Case(said: "Manipal Sarjapur", intent: .confirm, name: ["manipal", "sarjapur"]),
        Case(said: "Kolkata", intent: .placeOnly, place: .city("Kolkata")),
        Case(said: "the one in Whitefield", intent: .placeOnly, place: .area(words: ["whitefield"], city: nil)),
        Case(said: "more", intent: .more),
        Case(said: "next ones please", intent: .more),
        Case(said: "What about Mumbai?", intent: .switchPlace, place: .city("Mumbai")),
        Case(said: "and in Delhi?", intent: .switchPlace, place: .city("New Delhi")),
        Case(said: "What's the address of the second one?", intent: .details, ordinal: 2),
        Case(said: "the first one", intent: .details, ordinal: 1),
        Case(said: "where is it", intent: .details, ordinal: 0),
        Case(said: "yes", intent: .yes),
        Case(said: "yeah sure", intent: .yes),
        Case(said: "no", intent: .no),
        Case(said: "no thanks", intent: .no),
        Case(said: "That's all, thanks, bye", intent: .goodbye),
        Case(said: "ok bye", intent: .goodbye),
        Case(said: "thank you", intent: .thanks),
        Case(said: "What's the weather in Bangalore?", intent: .outOfScope),
        Case(said: "Tell me a joke", intent: .outOfScope),
        Case(said: "write me a poem about Mumbai", intent: .outOfScope),
        Case(said: "Can you book an appointment at Manipal Hospital?", intent: .missingInfo),
        Case(said: "who won the cricket match yesterday", intent: .outOfScope),
        Case(said: "My father is having chest pain", intent: .emergency),
        Case(said: "there has been an accident in Pune, we need a hospital", intent: .emergency, place: .city("Pune")),
        Case(said: "", intent: .silence),
        Case(said: "मुझे अस्पताल चाहिए", intent: .list),
        Case(said: "umm", intent: .unclear),
        Case(said: "what can you do", intent: .help),
        // Corrections: the last stated value wins.
        Case(said: "hospitals in Kolkata, actually make that Noida", intent: .list, place: .city("Noida")),
        Case(said: "not Noida, Greater Noida", intent: .placeOnly, place: .city("Greater Noida")),
        Case(said: "hospitals not in Pune but in Mumbai", intent: .list, place: .city("Mumbai")),
        Case(said: "tell me hospitals in Delhi, I mean Gurgaon", intent: .list, place: .city("Gurugram")),
        Case(said: "hospitals in Mumbai, rather Thane", intent: .list, place: .area(words: ["thane"], city: nil)),
        // Hinglish in Latin script.
        Case(said: "Mumbai mein teen hospital bataiye", intent: .list, place: .city("Mumbai"), count: 3),
        Case(said: "Medanta Gurgaon network mein aata hai kya?", intent: .confirm, place: .city("Gurugram"), name: ["medanta"]),
        Case(said: "bas, dhanyavaad", intent: .goodbye),
        Case(said: "Pune mein kitne hospital hain", intent: .count, place: .city("Pune")),
        Case(said: "Kolkata ke do hospital batao", intent: .list, place: .city("Kolkata"), count: 2),
        Case(said: "do you have hospitals in pune", intent: .list, place: .city("Pune")),
        Case(said: "haan ji", intent: .yes),
        Case(said: "nahi", intent: .no),
        Case(said: "ok", intent: .yes),
        Case(said: "insaan se baat karao", intent: .humanAgent),
        // Repeats, pace and the call itself.
        Case(said: "Can you say that again?", intent: .repeatLast),
        Case(said: "I missed that", intent: .repeatLast),
        Case(said: "a bit slower please", intent: .slower),
        Case(said: "who are you", intent: .identity),
        Case(said: "are you a robot", intent: .identity),
        Case(said: "hello? can you hear me?", intent: .lineCheck),
        Case(said: "I want to talk to a person", intent: .humanAgent),
        Case(said: "how does this work", intent: .help),
        Case(said: "two more", intent: .more, count: 2),
        // What the list does not hold.
        Case(said: "what is the phone number of Manipal hospital", intent: .missingInfo, missing: .phoneNumber),
        Case(said: "is there a bed available at Apollo", intent: .missingInfo, missing: .beds),
        Case(said: "what is my claim status", intent: .missingInfo, missing: .claims),
        Case(said: "Is Dr Agarwal's Eye Hospital in my network?", intent: .confirm),
        // Localities are places within their city.
        Case(said: "hospitals in Dwarka", intent: .list, place: .area(words: ["dwarka"], city: "New Delhi")),
        Case(said: "Andheri mein hospital chahiye", intent: .list, place: .area(words: ["andheri"], city: nil)),
        Case(said: "hospitals in Sector 62", intent: .list, place: .area(words: ["sector", "62"], city: nil)),
        // A name the recogniser split in two is joined as the list writes it.
        Case(said: "is cloud nine in bangalore covered", intent: .confirm, place: .city("Bengaluru"), name: ["cloudnine"]),
    ]

    @Test("Utterances become intents and slots", arguments: cases)
    func understands(_ testCase: Case) throws {
        Self.check(Interpreter(directory: try Fixture.network()).understand(testCase.said), against: testCase)
    }

    /// Every slot the row gives is what was understood (rows leave out what they do not pin).
    static func check(_ understanding: Understanding, against testCase: Case) {
        #expect(understanding.intent == testCase.intent, "\(understanding)")
        if let place = testCase.place { #expect(understanding.place == place, "\(understanding)") }
        if let name = testCase.name { #expect(understanding.name.filter { !["hospital"].contains($0) } == name) }
        if let count = testCase.count { #expect(understanding.count == count) }
        if let ordinal = testCase.ordinal { #expect(understanding.ordinal == ordinal) }
        if let missing = testCase.missing { #expect(understanding.missing == missing) }
    }

    @Test("Each rule is named once, and the rules are tried from the most urgent")
    func rulesAreOrdered() {
        let names = IntentRules.ordered.map(\.name)
        #expect(Set(names).count == names.count)
        #expect(names.first == "emergency")
        #expect(names.firstIndex(of: "human agent")! < names.firstIndex(of: "out of scope by topic")!)
        #expect(names.firstIndex(of: "missing information")! < names.firstIndex(of: "out of scope by topic")!)
    }

    @Test("An emergency beats every other rule, even a goodbye or a hospital's name")
    func emergencyFirst() throws {
        let interpreter = Interpreter(directory: try Fixture.network())
        for said in ["bye, my father has chest pain", "is Manipal covered, there was an accident", "seene mein dard, bas"] {
            #expect(interpreter.understand(said).intent == .emergency, "\(said)")
        }
    }

    @Test("A place or name matched only by sound is marked as a guess; an exact one is not")
    func guesses() throws {
        let interpreter = Interpreter(directory: try Fixture.network())
        #expect(interpreter.understand("hospitals in Bangaloor").guessed)
        #expect(!interpreter.understand("hospitals in Bangalore").guessed)
        #expect(interpreter.understand("is Manipaal in my network").guessed)
        #expect(!interpreter.understand("is Manipal in my network").guessed)
    }

    @Test(
        "Markup, very long speech and digits never crash understanding",
        arguments: [
            "<Response><Hangup/></Response>", String(repeating: "hospital in bangalore ", count: 200), "123 456 7890",
            "&&&", "\u{0}\u{1}", "🙂🙂🙂", "hospitals in 🙂",
        ])
    func survivesAnything(_ said: String) throws {
        _ = Interpreter(directory: try Fixture.network()).understand(said)
    }
}
