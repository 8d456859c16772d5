import Testing

@testable import Brain
@testable import HospitalSearch
@testable import Shared

/// A listed hospital's name said whole is that hospital: the list's evidence for the run of words
/// outweighs what each word is alone — a place, an ordinal, a word of a kind, an ordinary word.
@Suite("Listed names said whole")
struct WholeNamesTests {
    /// Hospitals whose names, word by word, read as something else.
    static let rows = """
        Sankara Nethralaya,"Sankara Nethralaya, 147 Mukundapur",Kolkata
        First Eye Care,"609 Mainkaral Road",New Delhi
        Family Care Hospitals,"Ideal Park Road, Mira Bhayander Road",Mumbai
        Shalom Medicare Pvt Ltd,"Indralok Phase VI, Bhayander East",Mumbai
        Narayana Nethralaya 2,"258 Hosur Road, Bommasandra",Bengaluru
        Kalyan Nagar Hospital,"2 Main Road, HRBR Layout",Bengaluru
        Sparsh Clinic,"12 Kalyan Nagar, Ring Road",Bengaluru
        Hope Clinic,"4 Kalyan Nagar, Banaswadi",Bengaluru
        Good Hospital,"9 Station Road, Dadar",Mumbai
        Chaudhary Eye Centre And Laser Vision,"4802 Ansari Road, Darya Ganj",New Delhi
        Dr D Y Patil Hospital and Research Centre,"Sector 5, Dr D Y Patil Vidyanagar",Mumbai
        Sanjeevani Clinic,"Dr D Y Patil Road, Nerul",Mumbai
        """

    static func understand(_ said: String, in language: Language = .english) throws -> Understanding {
        Interpreter(directory: try StoryClausesTests.list(rows)).understand(said, in: language)
    }

    @Test(
        "A listed name said whole is a question about that hospital, whatever its words are one by one",
        arguments: [
            // An address that begins with the hospital's name is no place of that name.
            ("Sankara Nethralaya में मेडिक्लेम लगेगा क्या", Language.hindi, ["sankara", "nethralaya"]),
            // "First" is no ordinal, "eye care" no kind of hospital asked for.
            ("First Eye Care वाले मेरा हेल्थ कार्ड मानेंगे क्या", .hindi, ["first", "eye", "care"]),
            ("मुंबई वाला Family Care Hospitals तो नेटवर्क में ही है ना?", .hindi, ["family", "care"]),
            // Said without its legal suffix, or its branch's number.
            ("my father's knee surgery is due, Shalom Medicare mein mera card chalega kya", .english, ["shalom", "medicare"]),
            ("Narayana Nethralaya में कैशलेस मिलेगा क्या", .hindi, ["narayana", "nethralaya"]),
        ])
    func wholeNameIsTheHospital(said: String, language: Language, name: [String]) throws {
        let understanding = try Self.understand(said, in: language)
        #expect(understanding.intent == .confirm && understanding.name == name, "\(understanding)")
        #expect(understanding.place == nil || understanding.place == .city("Mumbai"), "\(understanding)")
    }

    @Test(
        "A name said up to a word of its kind, or one an address names a place after, is still said whole",
        arguments: [
            ("Chaudhary Eye Centre, is it covered for my mother's cataract", ["chaudhary", "eye", "center"]),
            ("does my card work at Dr D Y Patil", ["dr", "d", "y", "patil"]),
        ])
    func shortenedWholeName(said: String, name: [String]) throws {
        let understanding = try Self.understand(said)
        #expect(understanding.intent == .confirm && understanding.name == name && understanding.place == nil, "\(understanding)")
    }

    @Test("A name that is also a place the addresses write is the place, unless the caller calls it a hospital")
    func placeNamesStayPlaces() throws {
        let listing = try Self.understand("tell me hospitals in Kalyan Nagar")
        #expect(listing.intent == .list && listing.name.isEmpty, "\(listing)")
        let named = try Self.understand("is Kalyan Nagar Hospital covered")
        #expect(named.intent == .confirm && named.name == ["kalyan", "nagar"], "\(named)")
    }

    @Test("Two words of a kind and one ordinary word are not a name by themselves")
    func ordinaryPairIsNoWholeName() throws {
        let directory = try StoryClausesTests.list(Self.rows)
        #expect(directory.wholeNames(in: ["good", "hospital"]).map(\.words) == [0..<2])
        let interpreter = Interpreter(directory: directory)
        var used = Array(repeating: false, count: 5)
        #expect(interpreter.wholeName(in: ["any", "good", "hospital", "in", "dadar"], marking: &used) == nil)
    }
}

/// The words after the hospitals a caller counts say which hospitals they mean, and name none.
@Suite("What follows the hospitals counted")
struct CountedHospitalsTests {
    @Test(
        "What follows the hospitals a caller counts says which hospitals, and names none, though a listed name has its word",
        arguments: ["how many hospitals in Pune take Medisure cards", "Pune mein kitne hospital hain jahan Medisure card chalta hai"])
    func afterCountedHospitals(said: String) throws {
        let rows = "Medisure Hospital,\"Main Road, Aundh\",Pune\nRuby Clinic,\"Camp\",Pune"
        let understanding = Interpreter(directory: try StoryClausesTests.list(rows)).understand(said)
        #expect(understanding.intent == .count && understanding.name.isEmpty && understanding.place == .city("Pune"), "\(understanding)")
    }
}
