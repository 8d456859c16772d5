import Foundation
import Logging
import Testing

@testable import Brain
@testable import HospitalSearch

/// A caller tells a story, then asks; names a kind of treatment or charge with a word a hospital
/// also has; says where they stand before the place they ask about. What is asked is read from the
/// clause and the words the list gives evidence for, not from any word of the story.
@Suite("The story, the ask and the words around a place")
struct StoryClausesTests {
    /// A network list of these rows (after the header), loaded as a brain loads one.
    static func list(_ rows: String) throws -> HospitalDirectory {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("loopai-story-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("list.csv").path
        try ("HOSPITAL NAME,Address,CITY\n" + rows + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return try HospitalDirectory.load(path: path, logger: Logger(label: "test")).get()
    }

    @Test(
        "A clause of story before the one naming the place asks nothing: its doctor or medicine is not the question",
        arguments: [
            "my father has a knee problem and the doctor wants surgery soon, what options do I have in Mahim",
            "the doctor said his gland has become big, where can we go near Koramangala",
            "I've had this cough for weeks and none of the medicines are working, hospitals near Koramangala please",
        ])
    func storyBeforeThePlace(said: String) throws {
        let understanding = try StoriesAndAsksTests.understand(said)
        #expect(![.missingInfo, .outOfScope].contains(understanding.intent) && understanding.place != nil, "\(understanding)")
    }

    @Test("A clause that asks about doctors, or another task, is still the question wherever the place is said")
    func askingClausesStay() throws {
        #expect(try StoriesAndAsksTests.understand("which doctor is good, in Mahim").intent == .missingInfo)
        #expect(try StoriesAndAsksTests.understand("is an ICU bed free, near Koramangala").intent == .missingInfo)
        #expect(try StoriesAndAsksTests.understand("write a poem, about hospitals in Pune").intent == .outOfScope)
    }

    @Test("Of two places said, one of everyday words is where the caller stands; the other is asked about")
    func everydayPlaceGivesWay() throws {
        // Addresses that have "signal" and "market" too, as real ones do ("Near Signal").
        let directory = try Self.list(
            """
            Sunrise Nursing Home,"12, Sholapur Road, Near Signal",Pune
            Lake View Clinic,"4, Karol Bagh, Near Market",New Delhi
            """)
        let signal = Interpreter(directory: directory).understand("I'm at the signal on Sholapur Road, is there a network hospital around")
        #expect(signal.place == .area(words: ["sholapur", "road"], city: nil), "\(signal)")
        let market = Interpreter(directory: directory).understand("near the market in Karol Bagh, which hospitals are there")
        #expect(market.place == .area(words: ["karol", "bagh"], city: nil), "\(market)")
        // Everyday words the addresses write together as a place are one ("LBS Marg").
        let marg = try Self.list(#"Disha Nursing Home,"LBS Marg, Ghatkopar West",Mumbai"#)
        let road = Interpreter(directory: marg).understand("I'm on LBS Marg in Ghatkopar, any hospital on that road?")
        #expect(road.place.map { if case .area(let words, _) = $0 { words.starts(with: ["lbs", "marg"]) } else { false } } == true, "\(road)")
    }

    @Test("Two hospitals asked about in one breath are both asked, when the first is found where the caller placed it")
    func twoConfirmations() throws {
        let directory = try Self.list(
            """
            Woodland Hospital,"8/5, Alipore Road",Kolkata
            Ruby General Hospital,"Kasba Golpark, EM Bypass",Kolkata
            """)
        let asked = Interpreter(directory: directory).understand("Is Woodland Hospital in Alipore in my network, and is Ruby General at Kasba also there?")
        #expect(asked.intent == .confirm && asked.name.contains("woodland"), "\(asked)")
        #expect(asked.also.first?.intent == .confirm && asked.also.first?.name.contains("ruby") == true, "\(asked)")
    }

    @Test("A word before a treatment or a charge says which kind: no hospital is named, no emergency told")
    func wordsBeforeATopic() throws {
        let fertility = try StoriesAndAsksTests.understand("is fertility treatment covered")
        #expect(fertility.intent != .confirm && fertility.name.isEmpty, "\(fertility)")
        let ambulance = try StoriesAndAsksTests.understand("are ambulance charges covered, and up to how much")
        #expect(ambulance.intent == .missingInfo && ambulance.missing == .prices, "\(ambulance)")
        // Said otherwise too, the emergency is one.
        #expect(try StoriesAndAsksTests.understand("there was an accident, are ambulance charges covered").intent == .emergency)
    }

    @Test("An emergency's word inside a place the list knows is that place's name")
    func emergencyWordInAPlace() throws {
        let directory = try Self.list(
            """
            Sunrise Nursing Home,"12, Burn Road, Near Station",Kolkata
            Lake View Clinic,"4, Lake Road",Kolkata
            """)
        let asked = Interpreter(directory: directory).understand("which hospitals are there on Burn Road")
        #expect(asked.intent != .emergency && asked.place != nil, "\(asked)")
        #expect(Interpreter(directory: directory).understand("my son has a bad burn on his arm").intent == .emergency)
    }

    @Test("A word of a story told before the clause naming the place is no hospital's name unless the list has it as said or the caller calls it one")
    func storyWordsAreNoNames() throws {
        let directory = try Self.list(
            """
            Dhundhal Nursing Home,"Sector 18",Noida
            Kailash Hospital,"Sector 27",Noida
            """)
        let interpreter = Interpreter(directory: directory)
        let counted = interpreter.understand("माँ को कल से धुंधला दिख रहा है और पढ़ा नहीं जाता, नोएडा में कितने हॉस्पिटल हैं", in: .hindi)
        #expect(counted.intent == .count && counted.name.isEmpty, "\(counted)")
        // Called a hospital, the same word is a name.
        let named = interpreter.understand("धुंधल नर्सिंग होम नोएडा में नेटवर्क में है क्या", in: .hindi)
        #expect(named.intent == .confirm && !named.name.isEmpty, "\(named)")
    }

    @Test("A PIN code said twice, with a pause or without, is one PIN code")
    func pinSaidTwice() throws {
        for said in ["pin likh lijiye, 562158, 562158, iske paas ke hospital bataiye", "my pin is 562158 562158, hospitals near it"] {
            let understanding = try StoriesAndAsksTests.understand(said)
            #expect(understanding.place.map { if case .area(let words, _) = $0 { words == ["562158"] } else { false } } == true, "\(said): \(understanding)")
        }
    }

    @Test("Two short English words written in Devanagari are one phrase by their consonants together; a verb asking to be told is no place")
    func loanPhrasesAndRequestVerbs() throws {
        let directory = try Fixture.network()
        let grace = Interpreter(directory: directory).understand("ग्रेस पीरियड मिलता है क्या", in: .hindi)
        #expect(grace.intent == .missingInfo && grace.missing == .claims && grace.name.isEmpty, "\(grace)")
        // "सुनाओ" (tell me) only sounds like Chennai.
        let chennai = try Self.list(#"Apollo Hospital,"Greams Road",Chennai"#)
        let song = Interpreter(directory: chennai).understand("कोई गाना सुनाओ", in: .hindi)
        #expect(song.place == nil, "\(song)")
    }

    @Test(
        "Two places joined by an English joiner written in Devanagari, or set against each other, are both asked about",
        arguments: ["पुणे के हॉस्पिटल, प्लस Bannerghatta Road के भी", "पुणे बनाम Bannerghatta Road, किधर ज़्यादा हॉस्पिटल हैं"])
    func twoPlacesJoinedInDevanagari(said: String) throws {
        let asked = Interpreter(directory: try Fixture.network()).understand(said, in: .hindi)
        #expect(asked.place == .city("Pune"), "\(asked)")
        #expect(asked.also.first?.place.map { if case .area(let words, nil) = $0 { words == ["bannerghatta", "road"] } else { false } } == true, "\(asked)")
    }

    @Test("An 'it' or 'second' in the story points at nothing Loop AI named: the place's hospitals are listed")
    func storyBackReferences() throws {
        let understanding = try StoriesAndAsksTests.understand(
            "my son's ear keeps hurting and something leaks out of it, the pin code here is 562158, which hospitals are nearby")
        #expect(understanding.intent == .list && understanding.ordinal == nil, "\(understanding)")
        // Asked in the clause itself, "it" is the hospital just named.
        #expect(try StoriesAndAsksTests.understand("what is its address").intent == .details)
    }

    @Test("A place said as where the caller is ('my area is …', 'the location is …') is that place, whatever came before")
    func placeSaidAsWhereTheCallerIs() throws {
        for said in ["I never asked about that, my area is Koramangala", "okay so the location is Koramangala"] {
            let understanding = try StoriesAndAsksTests.understand(said)
            #expect(understanding.intent == .placeOnly && understanding.place == .area(words: ["koramangala"], city: nil), "\(said): \(understanding)")
        }
    }

    @Test("Places the list knows after a story are what is asked about even where the rules did not take them; an everyday word an address has is no such place")
    func placesAfterAStory() throws {
        let places = try Self.list(
            """
            Lokmanya Hospital,"Sector 24, Nigdi",Pune
            Jeevan Anmol Hospital,"Rohit Kunj, Pitampura",New Delhi
            """)
        let asked = Interpreter(directory: places).understand(
            "I just moved here for a new job and I know nobody around, what about Nigdi and Rohit Kunj, hospitals there")
        #expect(asked.intent == .list && asked.also.count == 1, "\(asked)")
        let chemist = try Self.list(#"Apex Hospital,"Near Chemist, Borivali West",Mumbai"#)
        let refund = Interpreter(directory: chemist).understand("fees are so high, will I get back the money for the medicines I bought from the chemist")
        #expect(refund.intent != .list && refund.place == nil, "\(refund)")
    }
}
