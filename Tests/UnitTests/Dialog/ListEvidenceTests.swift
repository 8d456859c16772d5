import Testing

@testable import Brain
@testable import HospitalSearch
import Shared

/// Understanding by list evidence: what the list supports is said, what the caller merely said is
/// not read back, and places the list writes (PIN codes, roads) are places.
@Suite("Understanding by list evidence")
struct ListEvidenceTests {
    static func understand(_ said: String, in language: Language = .english) throws -> Understanding {
        Interpreter(directory: try Fixture.network()).understand(said, in: language)
    }

    /// A list of its own, whose addresses carry PIN codes as lists write them.
    static let pinned = HospitalDirectory(
        path: "pins",
        records: [
            HospitalRecord(name: "Deenanath Hospital", address: "Erandwane, Pune 411004", city: "Pune"),
            HospitalRecord(name: "Sahyadri Hospital", address: "Karve Road, Kothrud, Pune-411038", city: "Pune"),
            HospitalRecord(name: "Kothrud Eye Clinic", address: "Paud Road, Kothrud, Pune 411 038", city: "Pune"),
            HospitalRecord(name: "Aundh Care", address: "ITI Road, Aundh, Pune 411007", city: "Pune"),
        ])

    @Test(
        "A PIN code said whole, in groups or digit by digit is the place whose addresses carry it",
        arguments: [
            "my pin is 411038, any hospital near me", "hospitals near pin code 411 038", "pincode four one one zero three eight hospitals",
        ])
    func pinCodes(said: String) {
        let understanding = Interpreter(directory: Self.pinned).understand(said)
        #expect(understanding.place == .area(words: ["411038"], city: "Pune"), "\(understanding)")
        #expect(understanding.name.isEmpty)
        #expect(Self.pinned.count(in: .area(words: ["411038"], city: "Pune")) == 2)
    }

    @Test("A PIN code no address carries is the nearest one of its district; one of no district is no place")
    func nearestPinCode() {
        #expect(Self.pinned.place(forPIN: "411039")?.place == .area(words: ["411038"], city: "Pune"))
        #expect(Self.pinned.place(forPIN: "411039")?.exact == false)
        #expect(Self.pinned.place(forPIN: "560001") == nil)
        #expect(Self.pinned.place(forPIN: "041103") == nil)
    }

    @Test("A road the caller names is that road: Karve Road's hospitals, not every hospital with Karve in it")
    func roads() throws {
        let directory = try Fixture.network()
        let onKarveRoad = directory.listing(in: .area(words: ["karve", "road"], city: "Pune"), limit: 10).hospitals.map(\.name)
        #expect(onKarveRoad.count == 2)
        #expect(onKarveRoad.allSatisfy { $0.contains("Sahyadri") })
    }

    @Test(
        "A caller's ordinary words are never part of the name looked up and said back",
        arguments: [
            ("we are thinking about Sahyadri hospital in Pune, is that covered", ["sahyadri"]),
            ("please check out hospitals near Kothrud", []),
            ("my mother is not keeping well, is Jehangir in my network", ["jehangir"]),
        ])
    func ordinaryWordsAreNotNames(said: String, name: [String]) throws {
        let understanding = try Self.understand(said)
        #expect(understanding.name.filter { $0 != "hospital" } == name, "\(understanding)")
    }

    @Test("A rarer word the caller frames as a hospital's name is a name, so a true no can be said")
    func framedNames() throws {
        let understanding = try Self.understand("Is Breach Candy Hospital covered?")
        #expect(understanding.intent == .confirm)
        #expect(understanding.name.contains("breach") && understanding.name.contains("candy"))
    }

    @Test("Two questions in one breath are both asked, the second keeping what it leaves unsaid")
    func twoAsks() throws {
        let understanding = try Self.understand("tell me one hospital in Pune and one in Bengaluru")
        #expect(understanding.intent == .list && understanding.place == .city("Pune") && understanding.count == 1)
        #expect(understanding.also.count == 1)
        #expect(understanding.also.first?.intent == .list && understanding.also.first?.place == .city("Bengaluru"))
        #expect(understanding.also.first?.count == 1)
        let counts = try Self.understand("how many hospitals in Pune and how many in Bengaluru")
        #expect(counts.intent == .count && counts.also.first?.intent == .count && counts.also.first?.place == .city("Bengaluru"))
        // Two places sharing one question are each asked it.
        let shared = try Self.understand("both Pune and Bengaluru, how many hospitals are there")
        #expect(shared.intent == .count && shared.place == .city("Pune") && shared.also.first?.place == .city("Bengaluru"), "\(shared)")
        // "And" inside a name the list has whole is one question.
        #expect(try Self.understand("is Sahyadri Super Speciality Hospital and Research in Pune covered").also.isEmpty)
    }

    @Test("Both questions are answered, in order, each from the list")
    func twoAnswers() throws {
        let engine = DialogEngine(directory: try Fixture.network())
        let greeted = engine.answer(.callStarted(), state: nil).decision.state
        let decision = engine.answer(.said(Turn.Utterance(speech: "how many hospitals in Pune and how many in Bengaluru", confidence: 0.9)), state: greeted).decision
        let places = decision.acts.compactMap { act -> Place? in
            if case .count(let place, _) = act { return place }
            return nil
        }
        #expect(places == [.city("Pune"), .city("Bengaluru")])
    }

    @Test("What the caller takes back is neither the place nor the name")
    func takenBack() throws {
        let understanding = try Self.understand("the one in Aundh, not Kalyani Nagar")
        #expect(understanding.place == .area(words: ["aundh"], city: nil), "\(understanding)")
        #expect(understanding.name.isEmpty)
        #expect(try Self.understand("Titwala mein koi hospital hai kya, emergency nahi hai").intent != .emergency)
    }

    @Test("Grounding: a hospital said to be where it is not, or a count the list does not have, is never spoken")
    func grounding() throws {
        let directory = try Fixture.network()
        let grounding = Grounding(directory: directory)
        let pune = directory.listing(in: .city("Pune"), limit: 2).hospitals
        let bengaluru = directory.listing(in: .city("Bengaluru"), limit: 1).hospitals
        let total = directory.count(in: .city("Pune"))
        func decision(_ acts: [DialogAct]) -> DialogDecision {
            DialogDecision(acts: acts, prompt: .anythingElse, action: .listen, state: DialogState(), outcome: .list)
        }
        // True facts pass untouched.
        let right = decision([.listing(place: .city("Pune"), total: total, hospitals: pune, offset: 0, announceTotal: true)])
        #expect(grounding.checked(right).failures.isEmpty)
        #expect(grounding.checked(right).decision == right)
        // A Bengaluru hospital "in Pune" is dropped; the Pune ones stay.
        let mixed = grounding.checked(decision([.listing(place: .city("Pune"), total: total, hospitals: pune + bengaluru, offset: 0, announceTotal: true)]))
        #expect(mixed.failures.map(\.fact) == ["hospital-in-place"])
        #expect(mixed.decision.acts == [.listing(place: .city("Pune"), total: total, hospitals: pune, offset: 0, announceTotal: true)])
        // A wrong count, or "no hospitals" where there are some, takes its act with it and asks instead.
        let wrong = grounding.checked(decision([.count(place: .city("Pune"), total: total + 1), .noHospitals(place: .city("Pune"), suggestions: [])]))
        #expect(wrong.failures.map(\.fact) == ["count", "no-hospitals"])
        #expect(wrong.decision.acts.isEmpty && wrong.decision.prompt == .howCanIHelp)
        // Other branches said to be "in" the place asked about must be there.
        let elsewhere = grounding.checked(
            decision([.notFound(name: ["x"], place: .city("Pune"), sameNameHere: bengaluru, otherCities: [])]))
        #expect(elsewhere.decision.acts == [.notFound(name: ["x"], place: .city("Pune"), sameNameHere: [], otherCities: [])])
    }

    @Test(
        "An emergency described by two signs of it is an emergency; one sign alone is an ordinary complaint",
        arguments: [
            ("my grandmother fell down and is not answering us", true), ("boiling milk spilt on his leg and it is peeling", true),
            ("मम्मी कोई जवाब नहीं दे रहीं", true), ("my arm hurts since yesterday, hospitals in Pune", false),
            ("मुझे अचानक याद आया, पुणे के हॉस्पिटल बताइए", false),
        ])
    func describedEmergencies(said: String, emergency: Bool) throws {
        let language: Language = Transliteration.isOtherScript(said) ? .hindi : .english
        #expect((try Self.understand(said, in: language).intent == .emergency) == emergency)
    }

    @Test("A story around a request leaves it a request; work of another kind about hospitals is still off-topic")
    func storiesAndOtherTasks() throws {
        #expect(try Self.understand("I just moved here for a new job, give me hospitals in Pune").intent == .list)
        #expect(try Self.understand("Write me a poem about Mumbai hospitals").intent == .outOfScope)
    }

    @Test("Hindi in an English call is answered in Hindi, emergencies first")
    func hindiAnswered() throws {
        let engine = DialogEngine(directory: try Fixture.network())
        let greeted = engine.answer(.callStarted(), state: nil).decision.state
        let decision = engine.answer(.said(Turn.Utterance(speech: "मेरे पिताजी को सीने में दर्द है", confidence: 0.9)), state: greeted).decision
        #expect(decision.language == .hindi)
        guard case .emergency? = decision.acts.first else {
            Issue.record("no emergency first: \(decision.acts)")
            return
        }
        #expect(Phrasing.sentences(for: decision).joined().contains("112"))
    }
}

@Suite("Generated evaluation calls")
struct GeneratedCallsTests {
    static let banks = """
        ## story
        my father is unwell,
        we just moved here,
        ## politeness
        please
        kindly
        ## filler
        uh
        umm
        ## list
        tell me {count} hospitals in {place}
        any hospitals in {place}
        ## count
        how many hospitals in {place}
        {place} has how many hospitals
        ## confirm
        is {hospital} covered
        is {hospital} in {place} in my network
        ## confirm-unlisted
        is {hospital} covered
        is {hospital} in {place} in my network
        ## pin
        hospitals near {pin}
        my pin is {pin}
        ## road
        hospitals on {road}
        any hospital on {road}
        ## two-places
        one in {place} and one in {place2}
        how many in {place} and how many in {place2}
        ## correction
        no, {place}
        I said {place}
        ## emergency
        my father collapsed and is not responding
        she cannot breathe
        ## offtopic
        what is the weather today
        how do I claim a bill
        """

    @Test("Every bank splits into two halves that share no template and cover it whole")
    func halves() throws {
        let banks = try PhraseBanks(text: Self.banks)
        for bank in PhraseBanks.required.keys {
            let development = banks.templates(bank, half: .development), heldOut = banks.templates(bank, half: .heldOut)
            #expect(Set(development).isDisjoint(with: heldOut))
            #expect(development.count + heldOut.count == banks.banks[bank]?.count)
        }
    }

    @Test("A bank missing, or a template without its slots, is refused with what is wrong")
    func malformed() {
        #expect(throws: PhraseBanks.FormatError.self) { try PhraseBanks(text: "## story\na\nb\n") }
        let noSlot = Self.banks.replacingOccurrences(of: "tell me {count} hospitals in {place}", with: "tell me hospitals")
        #expect(throws: PhraseBanks.FormatError.self) { try PhraseBanks(text: noSlot) }
    }

    @Test("Generated calls fill every slot, and the oracle finds no false fact in the dialog's answers")
    func generated() throws {
        let directory = try Fixture.network()
        let corpus = GeneratedCorpus(entities: CallerEntities(directory: directory), banks: try PhraseBanks(text: Self.banks), language: .english)
        let calls = corpus.calls(200, half: .heldOut, seed: 3)
        #expect(calls.count > 150)
        #expect(calls.allSatisfy { call in call.turns.allSatisfy { !$0.contains("{") } })
        let rows = try HospitalDirectory.rows(path: directory.path)
        let report = GeneratedEvaluation(engine: DialogEngine(directory: directory), oracle: ListOracle(records: rows)).run(calls)
        #expect(report.falseFacts == 0, "\(report.examples)")
        #expect(report.calls == calls.count)
    }

    @Test("The oracle reads a listing's hospitals against the rows: one in another city is a false fact")
    func oracle() throws {
        let directory = try Fixture.network()
        let oracle = ListOracle(records: try HospitalDirectory.rows(path: directory.path))
        let bengaluru = directory.listing(in: .city("Bengaluru"), limit: 1).hospitals
        let wrong = DialogDecision(
            acts: [.listing(place: .city("Pune"), total: 1, hospitals: bengaluru, offset: 0, announceTotal: true)], prompt: .anythingElse,
            action: .listen, state: DialogState(), outcome: .list)
        #expect(oracle.falseFacts(in: wrong).count == 1)
        let right = DialogDecision(
            acts: [.listing(place: .city("Bengaluru"), total: 1, hospitals: bengaluru, offset: 0, announceTotal: true)], prompt: .anythingElse,
            action: .listen, state: DialogState(), outcome: .list)
        #expect(oracle.falseFacts(in: right).isEmpty)
    }
}
