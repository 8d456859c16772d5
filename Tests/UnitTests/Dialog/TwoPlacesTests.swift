import Testing

@testable import Brain
@testable import HospitalSearch
import Shared

/// Two places in one request, found by list evidence wherever they stand and however they are
/// joined: each answered in turn.
@Suite("Two places in one request")
struct TwoPlacesTests {
    /// A list of its own: localities only addresses name, one of them in two cities, and a
    /// hospital named after the road it is on.
    static let network = HospitalDirectory(
        path: "two-places",
        records: [
            HospitalRecord(name: "Agrawal Eye Institute", address: "N-2, Malviya Nagar", city: "New Delhi"),
            HospitalRecord(name: "Durga Hospital", address: "B-14, Malviya Nagar", city: "New Delhi"),
            HospitalRecord(name: "Spinal Injuries Centre", address: "Sector C, Vasant Kunj", city: "New Delhi"),
            HospitalRecord(name: "Hande Hospital", address: "1st floor, Vasant Kunj CHS, Ambedkar Road, Panvel", city: "Mumbai"),
            HospitalRecord(name: "BLK Hospital Pusa Road", address: "5 Pusa Road, Rajinder Nagar", city: "New Delhi"),
            HospitalRecord(name: "Ruby Hall Clinic", address: "Sassoon Road", city: "Pune"),
            HospitalRecord(name: "Medanta", address: "Sector 38", city: "Gurugram"),
            HospitalRecord(name: "M B Nursing Home", address: "55 Park Circus, Dilkhusha Street", city: "Kolkata"),
        ])

    static func understand(_ said: String) -> Understanding {
        Interpreter(directory: network).understand(said)
    }

    static func places(_ understanding: Understanding) -> [Place?] {
        [understanding.place] + understanding.also.map(\.place)
    }

    @Test(
        "Two places joined by and, or, as well as, aur are both asked about, whatever surrounds them",
        arguments: [
            "what about Malviya Nagar and Pusa Road, hospitals there", "umm hospitals for Malviya Nagar and then for Pusa Road please",
            "my mother is unwell, Malviya Nagar or Pusa Road, anything is fine", "Malviya Nagar aur Pusa Road dono mein hospital batao",
            "suggest something in Malviya Nagar as well as Pusa Road",
        ])
    func joinedPlaces(said: String) {
        let understanding = Self.understand(said)
        #expect(understanding.intent == .list, "\(understanding)")
        #expect(Self.places(understanding) == [.area(words: ["malviya", "nagar"], city: nil), .area(words: ["pusa", "road"], city: nil)], "\(understanding)")
        #expect(understanding.name.isEmpty)
    }

    @Test(
        "Two places apart, with words of the caller's own between them, are both asked about when they are the only two and the sentence joins them",
        arguments: [
            "my office is near Malviya Nagar but we stay close to Pusa Road, hospitals in both please",
            "show me Malviya Nagar first, if possible the ones on Pusa Road also",
            "Malviya Nagar में दिखाइए, अगर हो सके तो Pusa Road के भी",
        ])
    func placesApart(said: String) {
        let understanding = Self.understand(said)
        #expect(Self.places(understanding) == [.area(words: ["malviya", "nagar"], city: nil), .area(words: ["pusa", "road"], city: nil)], "\(understanding)")
    }

    @Test(
        "Two places each counted, or compared, are both asked about with no joining word between them",
        arguments: [
            "एक Malviya Nagar का, एक Pusa Road का, सिर्फ़ नाम", "दो Malviya Nagar के और एक Pusa Road का चाहिए",
            "which has more network hospitals, Malviya Nagar or Pusa Road",
        ])
    func countedOrComparedPlaces(said: String) {
        let understanding = Interpreter(directory: Self.network).understand(said, in: Transliteration.isOtherScript(said) ? .hindi : .english)
        #expect(Self.places(understanding) == [.area(words: ["malviya", "nagar"], city: nil), .area(words: ["pusa", "road"], city: nil)], "\(understanding)")
    }

    @Test("A place whose name begins with a word that is only part of one ('Park Circus') is found whole")
    func placeBegunByAJoiner() {
        let understanding = Self.understand("one hospital near Pusa Road and one near Park Circus")
        #expect(Self.places(understanding) == [.area(words: ["pusa", "road"], city: nil), .area(words: ["park", "circus"], city: nil)], "\(understanding)")
    }

    @Test("Places apart are one ask when the second puts the first right, or is a locality's own city")
    func placesApartButOne() {
        let corrected = Self.understand("Malviya Nagar, sorry, I meant Pusa Road, and the hospitals there please")
        #expect(corrected.also.isEmpty && corrected.place == .area(words: ["pusa", "road"], city: nil), "\(corrected)")
        let ownCity = Self.understand("hospitals near Vasant Kunj, that is in New Delhi, and their addresses")
        #expect(ownCity.also.isEmpty, "\(ownCity)")
    }

    @Test("A comparison or a count asks how many in each; a number said before the first place is how many of each")
    func countsAndNumbers() {
        let compared = Self.understand("which has more network hospitals, Pune or Gurugram")
        #expect(compared.intent == .count && compared.also.first?.intent == .count, "\(compared)")
        #expect(Self.places(compared) == [.city("Pune"), .city("Gurugram")])
        let one = Self.understand("one hospital from Malviya Nagar and one from Gurugram")
        #expect(one.intent == .list && one.count == 1 && one.also.first?.count == 1, "\(one)")
        #expect(Self.places(one) == [.area(words: ["malviya", "nagar"], city: nil), .city("Gurugram")])
    }

    @Test("A locality with its city, or a hospital asked about by name, is no second place")
    func notTwoPlaces() {
        let withCity = Self.understand("hospitals in Malviya Nagar, New Delhi")
        #expect(withCity.also.isEmpty, "\(withCity)")
        let named = Self.understand("is Ruby Hall clinic covered, I am in Pune and sometimes Gurugram")
        #expect(named.intent == .confirm && named.also.allSatisfy { $0.intent != .list }, "\(named)")
    }

    @Test("Words addresses write together, framed as a hospital, are a place when no name carries them")
    func localityFramedAsHospitals() {
        let understanding = Self.understand("what about Vasant Kunj, hospitals there")
        #expect(understanding.name.isEmpty, "\(understanding)")
        #expect(understanding.place == .area(words: ["vasant", "kunj"], city: nil), "\(understanding)")
    }

    @Test("Of two places, one answered only by 'which city?' goes last, so both are answered and the question closes the turn")
    func questionGoesLast() {
        let engine = DialogEngine(directory: Self.network)
        let started = engine.answer(.callStarted(), state: nil).decision
        let decision = engine.answer(.said(Turn.Utterance(speech: "hospitals in Vasant Kunj and Malviya Nagar", confidence: 0.9)), state: started.state).decision
        guard case .listing(let place, _, _, _, _)? = decision.acts.first else {
            Issue.record("no listing first: \(decision.acts)")
            return
        }
        #expect(Phrasing.name(of: place).contains("Malviya Nagar"))
        guard case .whichCityForArea(let area, let cities) = decision.prompt else {
            Issue.record("no question about Vasant Kunj: \(decision.prompt)")
            return
        }
        #expect(area == ["vasant", "kunj"] && cities.count == 2)
    }
}

/// Roads as places, however the request around them is put.
@Suite("Roads named in addresses")
struct RoadsTests {
    static let network = HospitalDirectory(
        path: "roads",
        records: [
            HospitalRecord(name: "Shiva Hospital", address: "287-A, Mata Road, Sector 12", city: "Gurugram"),
            HospitalRecord(name: "Ruby Hall Clinic", address: "40 Sassoon Road", city: "Pune"),
        ])

    static func understand(_ said: String) -> Understanding {
        Interpreter(directory: network).understand(said)
    }

    @Test(
        "A road the addresses name is the place, whatever the carrier phrase",
        arguments: ["which hospitals are located on Sassoon Road", "where on Sassoon Road can I go for treatment", "hospitals on Sassoon Road please"])
    func roadAsPlace(said: String) {
        let understanding = Self.understand(said)
        // A bare place is answered as a listing of it (the policy's placeOnly with nothing pending).
        #expect([.list, .placeOnly].contains(understanding.intent) && understanding.place == .area(words: ["sassoon", "road"], city: nil), "\(understanding)")
    }

    @Test("An ordinary word is a road's name after 'on' when addresses write it before 'Road'")
    func ordinaryWordRoad() {
        let understanding = Self.understand("hospitals on Mata Road")
        #expect(understanding.place == .area(words: ["mata", "road"], city: nil), "\(understanding)")
    }

    @Test("Care in a place lists its hospitals; the weather there is still not Loop AI's to answer")
    func careOrWeather() {
        #expect(Self.understand("what's the weather like in Pune").intent == .outOfScope)
    }
}
