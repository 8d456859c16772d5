import Testing

@testable import Brain
@testable import HospitalSearch
import Shared

/// A name is said in one breath: the recogniser's pauses bound it. And an emergency said with a
/// question is followed by the answer to that question.
@Suite("Pauses and emergencies with a question")
struct ClausesAndEmergencyTests {
    static func understand(_ said: String, in language: Language = .english) throws -> Understanding {
        Interpreter(directory: try Fixture.network()).understand(said, in: language)
    }

    @Test(
        "A word of the story before a pause never joins the hospital's name after it",
        arguments: [
            ("we were told by the surgeon not to wait, Jehangir hospital is it covered", ["jehangir"]),
            ("my son needs an angioplasty, Noble hospital, network mein hai kya", ["noble"]),
            ("she keeps fainting these days, Bethany hospital in Thane, covered?", ["bethany"]),
        ])
    func pauseBoundsTheName(said: String, name: [String]) throws {
        let understanding = try Self.understand(said)
        #expect(understanding.intent == .confirm && understanding.name == name, "\(understanding)")
    }

    @Test("The pauses are where the recogniser wrote a comma, full stop, question mark or danda before a space, never inside 'A.M.R.I.' or '2.5' or after a title")
    func clausesCutAtPauses() {
        #expect(Interpreter.clauses(of: "A.M.R.I. Hospital, Salt Lake? yes. ठीक है। पुणे").map(String.init) == ["A.M.R.I.", " Hospital,", " Salt Lake?", " yes.", " ठीक है।", " पुणे"])
        #expect(Interpreter.clauses(of: "2.5 km").map(String.init) == ["2.5 km"])
        #expect(Interpreter.clauses(of: "is Dr. Mehta Hospital covered").count == 1)
    }

    @Test(
        "An emergency described by two of its signs is one: breath labouring, blood that will not stop, a body gone cold, a sting; a stroke's one side, a head hit with vomiting, a scald",
        arguments: [
            ("he is breathing very fast and looks pale", Language.english), ("the cut is gushing and we cannot stop it", .english),
            ("a scorpion got my daughter on the foot", .english), ("दादी का एक तरफ़ का हाथ लटक गया है", .hindi),
            ("गर्म पानी गिरा और फफोले आ गए", .hindi), ("सिर पर चोट लगी और लगातार उल्टी हो रही है", .hindi),
        ])
    func describedEmergencies(said: String, language: Language) throws {
        #expect(try Self.understand(said, in: language).intent == .emergency)
    }

    @Test(
        "A part of the body and what has just happened to it, in one clause, is an emergency; said as long so, it is a complaint",
        arguments: [
            ("my cousin's hand got caught in the machine and his fingers are crushed", Language.english, true),
            ("the auto overturned and my uncle's leg is trapped under it", .english, true),
            ("सीढ़ी से गिरकर दादी की कलाई मुड़ गई है", .hindi, true),
            ("my son's knee keeps swelling after football, which hospitals in Pune", .english, false),
            ("पापा का घुटना काफ़ी समय से सूज गया है, पुणे में हॉस्पिटल बताइए", .hindi, false),
        ])
    func injuries(said: String, language: Language, emergency: Bool) throws {
        let understanding = try Self.understand(said, in: language)
        #expect((understanding.intent == .emergency) == emergency, "\(understanding)")
    }

    @Test("One sign alone is an ordinary complaint, not an emergency", arguments: ["my breathing test report is ready", "उसे बार बार उल्टी होती है, कौन सा हॉस्पिटल ठीक है"])
    func oneSignIsNoEmergency(said: String) throws {
        #expect(try Self.understand(said, in: Script.of(said) == .latin ? .english : .hindi).intent != .emergency)
    }

    @Test(
        "An emergency with a question about a hospital or a count hears 112/108 first, then that answer",
        arguments: [
            "my uncle is having a heart attack, is Jupiter hospital covered",
            "papa ko heart attack aaya hai, how many hospitals in Pune",
        ])
    func emergencyThenTheQuestion(said: String) throws {
        let understanding = try Self.understand(said)
        #expect(understanding.intent == .emergency, "\(understanding)")
        #expect(understanding.also.count == 1 && [.confirm, .count].contains(understanding.also.first?.intent), "\(understanding)")
    }

    @Test(
        "An injury seen now, said with the place the caller is in, is an emergency there: the place does not outweigh it",
        arguments: [
            "a cracker burst in my son's hand, his fingers are all torn, where do I take him near Hadapsar",
            "he fell off the scooter, his leg is crushed, we are in Noida",
            "पापा सीढ़ी से गिरे, उनकी कलाई मुड़ गई है, पुणे में हैं",
        ])
    func injuryWithAPlace(said: String) throws {
        let understanding = try Self.understand(said, in: Script.of(said) == .latin ? .english : .hindi)
        #expect(understanding.intent == .emergency && understanding.place != nil, "\(understanding)")
    }

    @Test("An emergency with the hospitals of a place is one answer: 112/108, then that place's hospitals")
    func emergencyWithAPlaceStaysOne() throws {
        let understanding = try Self.understand("my wife is unconscious, hospitals near Hadapsar")
        #expect(understanding.intent == .emergency && understanding.also.isEmpty && understanding.place != nil, "\(understanding)")
    }
}

/// Places need list evidence: a hospital the caller names after "at" is no locality, a word that
/// only orders or joins names none, and a city before "hospitals" asks for the city's.
@Suite("Places by list evidence around names")
struct PlacesAroundNamesTests {
    @Test("'At X Hospital' is a question about X, not about a place called X")
    func hospitalAfterAtIsAName() throws {
        let understanding = try ClausesAndEmergencyTests.understand("is cashless available at Jehangir Hospital")
        #expect(understanding.intent == .confirm && understanding.name == ["jehangir"] && understanding.place == nil, "\(understanding)")
    }

    @Test(
        "Two cities asked about in turn are both answered, whatever orders or follows them",
        arguments: [
            "please give me the count for Kolkata first and then separately for Pune",
            "what about Pune and Mumbai, hospitals there",
        ])
    func bothCitiesAnswered(said: String) throws {
        let understanding = try ClausesAndEmergencyTests.understand(said)
        let places = [understanding.place] + understanding.also.map(\.place)
        #expect(places.count == 2 && places.allSatisfy { if case .city = $0 { return true } else { return false } }, "\(understanding)")
    }
}

/// "No, I said X": a correction with the one place the list knows makes the turn that place,
/// whatever story or carrier words are around it; the dialog keeps the last request.
@Suite("A place put right")
struct CorrectedPlaceTests {
    @Test(
        "A correction before or after the one place in the turn is that place alone",
        arguments: [
            "we are getting the knee operated next month, no, Hadapsar please",
            "Wanowrie, Wanowrie, you are hearing something else",
            "kindly change the location to Kothrud",
            "aapne galat suna, Aundh",
        ])
    func correctionIsThePlace(said: String) throws {
        let understanding = try ClausesAndEmergencyTests.understand(said)
        #expect(understanding.intent == .placeOnly && understanding.place != nil && understanding.name.isEmpty, "\(understanding)")
    }

    @Test("A correction the rules already read ('hospitals in Pune, rather Mumbai') keeps its own place")
    func rulesCorrectionStays() throws {
        let understanding = try ClausesAndEmergencyTests.understand("hospitals in Pune, rather Mumbai")
        #expect(understanding.intent == .list && understanding.place == .city("Mumbai"), "\(understanding)")
    }

    @Test("An emergency with a place put right hears 112/108, then the place as a follow-up")
    func emergencyThenCorrection() throws {
        let understanding = try ClausesAndEmergencyTests.understand("my father is unconscious, no, Aundh please")
        #expect(understanding.intent == .emergency && understanding.also.first?.intent == .placeOnly, "\(understanding)")
    }
}

/// Hindi callers' places as the recogniser writes them: often in Latin letters, spelt as listed.
@Suite("Places in Latin letters in a Hindi sentence")
struct LatinPlacesInHindiTests {
    @Test(
        "Two places, one or both in Latin letters, are both asked about, counted when the caller asks for a count",
        arguments: [
            ("Kothrud और Aundh में कौन से हॉस्पिटल हैं", Understanding.Intent.list),
            ("Wanowrie के और पुणे के, दोनों के हॉस्पिटल की गिनती चाहिए", .count),
            ("Hadapsar की गिनती अलग बताना और मुंबई की अलग", .count),
        ])
    func bothPlaces(said: String, intent: Understanding.Intent) throws {
        let understanding = try ClausesAndEmergencyTests.understand(said, in: .hindi)
        #expect(understanding.intent == intent && understanding.place != nil && understanding.also.count == 1, "\(understanding)")
        #expect(understanding.name.isEmpty, "\(understanding)")
    }
}

/// An emergency told as history is no emergency now; one happening now still is.
@Suite("Emergencies long past")
struct EmergencyHistoryTests {
    @Test(
        "An emergency said as long past is history: the request is answered without 112/108",
        arguments: [
            "my mother had a heart attack a few years ago and needs regular check-ups, hospitals in Pune",
            "uncle had a stroke last year, now he needs physiotherapy, hospitals near Kothrud",
        ])
    func historyIsNoEmergency(said: String) throws {
        let understanding = try ClausesAndEmergencyTests.understand(said)
        #expect(understanding.intent == .list, "\(understanding)")
    }

    @Test(
        "An emergency happening now stays one, whatever history is told beside it",
        arguments: [
            "my father collapsed ten minutes ago and is not responding",
            "she had a stroke some time back, now she is unconscious and not breathing properly",
        ])
    func nowIsAnEmergency(said: String) throws {
        let understanding = try ClausesAndEmergencyTests.understand(said)
        #expect(understanding.intent == .emergency, "\(understanding)")
    }
}

/// A listing needs something to list; words of requests alone ("… है क्या", "aur") are not one.
@Suite("Questions about something else")
struct SomethingElseTests {
    @Test(
        "A question of request words and other content, with no place, number or hospitals, is no listing and no 'more'",
        arguments: [
            "जिम का मेंबरशिप का पैसा वापस मिलता है क्या", "mera agent kaun hai aur uska office kahan hai",
        ])
    func notAListing(said: String) throws {
        let understanding = try ClausesAndEmergencyTests.understand(said, in: .hindi)
        #expect(![.list, .more].contains(understanding.intent), "\(understanding)")
    }

    @Test("Asking Loop AI's own name is a question about who it is", arguments: ["आपका नाम क्या है", "tumhara naam kya hai"])
    func askingItsName(said: String) throws {
        #expect(try ClausesAndEmergencyTests.understand(said, in: .hindi).intent == .identity)
    }

    @Test("'Aur batao' and hospitals asked for without a place are still a continuation and a listing", arguments: [
        ("aur batao", Understanding.Intent.more), ("kuch hospital batao", .list),
    ])
    func stillAsks(said: String, intent: Understanding.Intent) throws {
        #expect(try ClausesAndEmergencyTests.understand(said, in: .hindi).intent == intent)
    }
}
