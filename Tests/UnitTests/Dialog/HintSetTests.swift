import Testing

@testable import Brain
@testable import HospitalSearch
@testable import Shared
@testable import Twilio

/// Hints prepared once per language, city context and list render exactly what building them on
/// every answer did.
@Suite("Recogniser hint sets")
struct HintSetTests {
    static let voice = VoiceSettings()

    /// The hints of an answer in `state`, built afresh and from `cache`, as rendered TwiML.
    static func both(_ state: DialogState, _ directory: HospitalDirectory, _ language: Language, cache: HintSets) -> (fresh: String, cached: String) {
        let fresh = TwiML.ask(["x"], hints: Phrasing.hints(for: state, directory: directory, in: language)).render(voice)
        let cached = Phrasing.ask(["x"], state: state, directory: directory, in: language, cache: cache).render(voice)
        return (fresh, cached)
    }

    @Test("Byte-identical TwiML with and without the cache: no place, a city, a region, an area, hospitals mentioned, each language")
    func sameTwiML() throws {
        let directory = try Fixture.network()
        let cache = HintSets()
        let places: [Place?] = [
            nil, .city("Noida"), .city("Bengaluru"), .region(name: "Delhi NCR", cities: ["New Delhi", "Noida", "Gurgaon"]),
            .area(words: ["whitefield"], city: "Bengaluru"), .city("Nowhere"),
        ]
        let mentioned: [[SpokenHospital]] = [
            [],
            [HindiPhrasingTests.hospital],
            // A name equal to a short answer, an area equal to a city and a locality, a comma, a repeat.
            [
                SpokenHospital(name: "yes", area: "Whitefield", address: "a", city: "Bengaluru"),
                SpokenHospital(name: "Fortis, Noida", area: "Bengaluru", address: "b", city: "Noida"),
                SpokenHospital(name: "Manipal Hospitals", area: "Salt Lake", address: "c", city: "Kolkata"), HindiPhrasingTests.hospital,
            ],
        ]
        for language in Language.allCases {
            for place in places {
                for hospitals in mentioned {
                    var state = DialogState()
                    state.lastRequest = DialogRequest(kind: .list, place: place)
                    state.mentioned = hospitals
                    // Twice: the first answer makes the set, the second reuses it.
                    for _ in 0..<2 {
                        let (fresh, cached) = Self.both(state, directory, language, cache: cache)
                        #expect(fresh == cached, "\(language) \(String(describing: place)) \(hospitals.map(\.name))")
                    }
                }
            }
        }
    }

    @Test("Whole answers of a conversation are the same with and without the cache")
    func sameAnswers() throws {
        let directory = try Fixture.network()
        let engine = DialogEngine(directory: directory)
        var state = DialogState()
        for said in ["", "hospitals in Bengaluru", "more", "is Manipal Hospitals Whitefield in the network", "hospitals in Noida", "पुणे के अस्पताल"] {
            let decision = engine.answer(.said(Turn.Utterance(speech: said, confidence: 0.9)), state: state).decision
            let fresh = Phrasing.twiml(for: decision, directory: directory, humanAgentNumber: nil, hintSets: nil).render(engine.voice(for: decision))
            let cached = Phrasing.twiml(for: decision, directory: directory, humanAgentNumber: nil, hintSets: HintSets()).render(engine.voice(for: decision))
            #expect(fresh == cached, "\(said)")
            state = decision.state
        }
    }

    @Test("The shared set is made once per language and city set, and reused")
    func reused() throws {
        let directory = try Fixture.network()
        let cache = HintSets()
        let noida = cache.set(in: .english, place: .city("Noida"), directory: directory)
        #expect(cache.set(in: .english, place: .city("Noida"), directory: directory) === noida)
        #expect(cache.set(in: .english, place: .area(words: ["sector", "62"], city: "Noida"), directory: directory) === noida, "the same city")
        #expect(cache.set(in: .hindi, place: .city("Noida"), directory: directory) !== noida)
        #expect(cache.set(in: .english, place: .city("Pune"), directory: directory) !== noida)
    }

    @Test("A reloaded list changes the hints")
    func reloadChangesHints() throws {
        let first = try Fixture.network()
        let reloaded = HospitalDirectory(
            path: "reloaded",
            records: [
                HospitalRecord(name: "Ruby Hall Clinic", address: "40 Sassoon Road", city: "Pune"),
                HospitalRecord(name: "Zeppelin Care Hospital", address: "12 Karve Road", city: "Pune"),
            ])
        let cache = HintSets()
        var state = DialogState()
        state.lastRequest = DialogRequest(kind: .list, place: .city("Pune"))
        let before = Phrasing.ask(["x"], state: state, directory: first, in: .english, cache: cache).render(Self.voice)
        let after = Phrasing.ask(["x"], state: state, directory: reloaded, in: .english, cache: cache).render(Self.voice)
        #expect(before != after)
        #expect(after.contains("Zeppelin") && !before.contains("Zeppelin"))
        #expect(before.contains("Noida") && !after.contains("Noida"), "the old list's cities are gone")
        #expect(after == Self.both(state, reloaded, .english, cache: HintSets()).fresh)
        // And back: the first list's hints again, not the reloaded one's.
        #expect(Phrasing.ask(["x"], state: state, directory: first, in: .english, cache: cache).render(Self.voice) == before)
    }

    @Test("A hint set renders what cleaning the whole list renders: repeats, commas, escaping, Twilio's 500")
    func hintSetMatchesCleaning() {
        let leading = ["yes", "no", "a,b", ""]
        let rest = (0..<600).map { "City \($0)" } + ["A & B", "x, y", String(repeating: "x", count: 101), "yes"]
        let owns: [[String]] = [[], ["City 3"], ["no", "City 499", "New  place", "City 498", "City 3"], (0..<520).map { "Own \($0)" }, ["A & B", "<b>"]]
        for own in owns {
            var gather = TwiML.Gather(prompt: ["x"], hints: own)
            gather.hintSet = TwiML.HintSet(leading: leading, rest: rest)
            let cached = TwiML([.gather(gather)]).render(Self.voice)
            let fresh = TwiML([.gather(TwiML.Gather(prompt: ["x"], hints: leading + own + rest))]).render(Self.voice)
            #expect(cached == fresh, "\(own.prefix(5))")
            #expect(gather.sentHints == TwiML.cleanHints(leading + own + rest))
        }
        let empty = TwiML.Gather(prompt: ["x"])
        var emptySet = empty
        emptySet.hintSet = TwiML.HintSet(leading: [], rest: [])
        #expect(TwiML([.gather(emptySet)]).render(Self.voice) == TwiML([.gather(empty)]).render(Self.voice))
    }
}
