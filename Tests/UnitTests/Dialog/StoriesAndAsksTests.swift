import Testing

@testable import Brain
@testable import HospitalSearch
import Shared

/// What a caller tells around the question is the story; the hospitals of a place are the ask.
@Suite("Stories around the ask")
struct StoriesAndAsksTests {
    static func understand(_ said: String) throws -> Understanding {
        Interpreter(directory: try Fixture.network()).understand(said)
    }

    @Test(
        "A doctor, a bed or a bill in the story does not hide a request for a place's hospitals",
        arguments: [
            "we have a planned admission next week, two hospitals in Pune please", "the surgeon wants to operate soon, give me hospitals in Pune",
            "the bill last time was huge, tell me hospitals in Pune",
        ])
    func storyNouns(said: String) throws {
        let understanding = try Self.understand(said)
        #expect(understanding.intent == .list && understanding.place == .city("Pune"), "\(understanding)")
    }

    @Test("Without a place's hospitals asked for, a bed or a doctor is still what the list does not hold")
    func missingInfoStays() throws {
        #expect(try Self.understand("is an ICU bed available right now").intent == .missingInfo)
        #expect(try Self.understand("which doctor is best for knees").intent == .missingInfo)
    }

    @Test(
        "A hospital named against the caller's own plan, policy or card is asked about by name, and a doctor's title in its name asks nothing about doctors",
        arguments: [
            "will Ruby Hall Clinic take my insurance card", "does my plan work at Lifeline Hospital", "Ruby Hall Clinic mera card chalega",
            "Dr. Agarwal's Eye Hospital, is that one fine", "the doctor wants tests soon, does my policy cover Ruby Hall Clinic",
        ])
    func coverAgainstANamedHospital(said: String) throws {
        let understanding = try Self.understand(said)
        #expect(understanding.intent == .confirm && !understanding.name.isEmpty, "\(understanding)")
    }

    @Test("The caller's plan or policy with no hospital named, or a claim about one, is still what the list does not hold")
    func coverWithoutAHospital() throws {
        #expect(try Self.understand("does my policy cover knee replacement").intent == .missingInfo)
        #expect(try Self.understand("how much does my plan pay for dialysis").intent == .missingInfo)
        #expect(try Self.understand("what is my claim status at Ruby Hall Clinic").intent == .missingInfo)
    }

    @Test("English words of what the list does not hold, written in Devanagari, are those words; the same letters typed in Latin are not")
    func loanwordsOfMissingInformation() throws {
        let directory = try Fixture.network()
        let asked = Interpreter(directory: directory).understand("उस हॉस्पिटल का हेल्पलाइन नंबर बताइए", in: .hindi)
        #expect(asked.intent == .missingInfo && asked.missing == .phoneNumber, "\(asked)")
        let typed = Interpreter(directory: directory).understand("Kranti Road वाले हॉस्पिटल बताओ", in: .hindi)
        #expect(typed.intent != .emergency && typed.intent != .missingInfo, "\(typed)")
    }

    @Test("Common words the list does not have are a name only when the caller calls them a hospital, not when they only ask whether something is covered")
    func commonWordsFramedOnlyByAQuestion() throws {
        let treatment = try Self.understand("is knee replacement covered in my policy")
        #expect(treatment.name.isEmpty, "\(treatment)")
        let clinic = try Self.understand("is Sunrise Clinic covered")
        #expect(clinic.intent == .confirm && clinic.name.contains("sunrise"), "\(clinic)")
    }

    @Test("Calling the helpline by its name asks nothing of it: the question after it is the ask")
    func theHelplineByName() throws {
        let understanding = try Self.understand("hello, is this the insurance helpline, give me hospitals in Pune")
        #expect(understanding.intent == .list && understanding.place == .city("Pune"), "\(understanding)")
    }

    @Test("A word only sounding like a city in a question about something else names no place")
    func noPlaceInAnOffTopicQuestion() throws {
        let understanding = Interpreter(directory: try Fixture.network()).understand("कोई चुटकुला सुनाओ यार", in: .hindi)
        #expect(understanding.intent == .outOfScope && understanding.place == nil, "\(understanding)")
    }

    @Test("Hospitals of a place with their addresses are a listing; the address of the second one is details")
    func listingWithAddresses() throws {
        let listing = try Self.understand("I want three hospitals around Pune, tell me names and address")
        #expect(listing.intent == .list && listing.count == 3 && listing.place == .city("Pune"), "\(listing)")
        #expect(try Self.understand("what is the address of the second one").intent == .details)
    }

    @Test("'Where can I go' in a place is a listing, cashless treatment or not")
    func whereToGo() throws {
        let understanding = try Self.understand("umm where can I go for cashless treatment in Pune")
        #expect(understanding.intent == .list && understanding.place == .city("Pune"), "\(understanding)")
    }

    @Test("A common word only sounding like a city is no city: 'delay' is not Delhi")
    func everydayWordsAreNotCities() throws {
        let understanding = try Self.understand("the doctor said not to delay, I am in Pune, which hospitals can I go to")
        #expect(understanding.place == .city("Pune"), "\(understanding)")
    }
}

/// Hindi words with two senses, read by how they are used.
@Suite("Hindi words with two senses")
struct HindiTwoSensesTests {
    static func understand(_ said: String) throws -> Understanding {
        Interpreter(directory: try Fixture.network()).understand(said, in: .hindi)
    }

    @Test("पता is 'know' in a story ('पता नहीं', 'पता चले') and an address only when asked for")
    func pataKnowOrAddress() throws {
        let story = try Self.understand("मैं नहीं चाहता कि वहाँ जाकर पता चले कि कवर ही नहीं है, पुणे में कौन कौन से हॉस्पिटल हैं")
        #expect(story.intent == .list && story.place == .city("Pune"), "\(story)")
        #expect(try Self.understand("दूसरे वाले का पता बताइए").intent == .details)
    }

    @Test("बस is 'only' inside a request, and a goodbye alone or with thanks")
    func basOnlyOrGoodbye() throws {
        #expect(try Self.understand("मुझे बस पुणे के हॉस्पिटल चाहिए").intent == .list)
        #expect(try Self.understand("बस").intent == .goodbye)
        #expect(try Self.understand("बस धन्यवाद").intent == .goodbye)
    }

    @Test("'X के अंदर कौन से हॉस्पिटल पैनल में हैं' lists X's hospitals: अंदर is a postposition, पैनल the network")
    func insideAndPanel() throws {
        let understanding = try Self.understand("पुणे के अंदर कौन से हॉस्पिटल पैनल में हैं")
        #expect(understanding.intent == .list && understanding.place == .city("Pune"), "\(understanding)")
    }
}

/// Who and what a caller asks about, told apart from the story in both languages.
@Suite("The subject of a question")
struct QuestionSubjectTests {
    static func understand(_ said: String) throws -> Understanding {
        Interpreter(directory: try Fixture.network()).understand(said, in: Transliteration.isOtherScript(said) ? .hindi : .english)
    }

    @Test("'Will my insurance work at X hospital' asks about X, in Hindi as in English")
    func insuranceWorksAt() throws {
        let understanding = try Self.understand("पुणे के Tejomaya Mediplus हॉस्पिटल में मेरा इंश्योरेंस चलेगा क्या")
        #expect(understanding.intent == .confirm && understanding.name == ["tejomaya", "mediplus"], "\(understanding)")
    }

    @Test("An agent in the story is not a request for a person; 'connect me to an agent' is")
    func agentInStory() throws {
        let story = try Self.understand("the agent who sold my policy is not picking up, which hospitals in Pune are covered")
        #expect(story.intent == .list && story.place == .city("Pune"), "\(story)")
        #expect(try Self.understand("please connect me to an agent").intent == .humanAgent)
        #expect(try Self.understand("agent").intent == .humanAgent)
    }

    @Test("What the caller's own policy covers is not a hospital question", arguments: ["is dental treatment covered in my plan", "मेरी पॉलिसी में को-पेमेंट है क्या"])
    func policyQuestions(said: String) throws {
        let understanding = try Self.understand(said)
        #expect(understanding.intent == .missingInfo && understanding.missing == .claims, "\(understanding)")
    }

    @Test("More in one place or the other is a count of each")
    func comparedWithOr() throws {
        let understanding = try Self.understand("बेंगलुरु में ज़्यादा हॉस्पिटल हैं या पुणे में")
        #expect(understanding.intent == .count && understanding.also.first?.place == .city("Pune"), "\(understanding)")
    }
}

/// Corrections after a story: the place corrected is the ask.
@Suite("Corrections after a story")
struct CorrectionsAfterStoryTests {
    static func understand(_ said: String) throws -> Understanding {
        Interpreter(directory: try Fixture.network()).understand(said)
    }

    @Test("'No, <place> please' after a doctor or a job in the story is a correction to that place", arguments: [
        "my father has a knee problem and the doctor wants surgery soon, no, Pune please",
        "I just moved here for a new job, no madam, look in Pune",
    ])
    func refusalWithPlace(said: String) throws {
        let understanding = try Self.understand(said)
        #expect(understanding.place == .city("Pune") && understanding.intent != .missingInfo && understanding.intent != .outOfScope, "\(understanding)")
    }

    @Test("'Change the location to <place>' is about the place, not a hospital's details")
    func changeLocation() throws {
        let understanding = try Self.understand("please change the location to Pune")
        #expect(understanding.intent != .details && understanding.place == .city("Pune"), "\(understanding)")
    }
}

/// Everyday Hindi words before "हॉस्पिटल" describe the hospitals asked for; they do not name one.
@Suite("Everyday Hindi words before a hospital noun")
struct EverydayHindiBeforeHospitalTests {
    @Test("'पुणे में पांच ऐसे हॉस्पिटल बताओ जो पैनल पे हों' lists five in Pune")
    func suchHospitals() throws {
        let understanding = Interpreter(directory: try Fixture.network()).understand("पुणे में पांच ऐसे हॉस्पिटल बताओ जो पैनल पे हों", in: .hindi)
        #expect(understanding.intent == .list && understanding.place == .city("Pune") && understanding.count == 5, "\(understanding)")
        #expect(understanding.name.isEmpty)
    }
}
