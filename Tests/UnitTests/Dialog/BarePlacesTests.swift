import Testing

@testable import Brain
@testable import HospitalSearch
import Shared

/// A turn that only names a place, whatever words carry nothing around it, is that place; Hindi
/// takes back what stands before its negation, never what follows it.
@Suite("Bare places and corrections")
struct BarePlacesTests {
    static func understand(_ said: String) -> Understanding {
        Interpreter(directory: TwoPlacesTests.network).understand(said, in: Transliteration.isOtherScript(said) ? .hindi : .english)
    }

    @Test("'नहीं, पुणे' is a correction to Pune; 'पुणे नहीं, गुरुग्राम' takes Pune back", arguments: ["नहीं, पुणे प्लीज़", "हम्म वो जगह नहीं, पुणे", "nahi nahi, Pune"])
    func hindiNegationComesAfter(said: String) {
        let understanding = Self.understand(said)
        #expect(understanding.place == .city("Pune"), "\(understanding)")
    }

    @Test("What Hindi negates is the place before it")
    func hindiTakesBackWhatPrecedes() {
        let understanding = Self.understand("पुणे नहीं, गुरुग्राम")
        #expect(understanding.place == .city("Gurugram"), "\(understanding)")
    }

    @Test(
        "A locality only addresses name, said with correction or filler words, is that place",
        arguments: ["correction, Malviya Nagar", "करेक्शन, Malviya Nagar", "Malviya Nagar है, जो आपने बोला वो नहीं", "no no, Malviya Nagar please"])
    func bareLocality(said: String) {
        let understanding = Self.understand(said)
        #expect(understanding.intent == .placeOnly || understanding.intent == .list, "\(understanding)")
        #expect(understanding.place == .area(words: ["malviya", "nagar"], city: nil), "\(understanding)")
        #expect(understanding.name.isEmpty)
    }

    @Test("Words that mean something besides the place keep their meaning: a place with another task is not a bare place")
    func otherWordsKeepMeaning() {
        let understanding = Self.understand("book a cab to Malviya Nagar")
        #expect(understanding.intent != .placeOnly && understanding.intent != .list, "\(understanding)")
    }
}

/// A locality's generic word ("Nagar") is a hospital's name only when the caller names that hospital.
@Suite("Generic words of localities")
struct LocalityWordsTests {
    static let network = HospitalDirectory(
        path: "nagar",
        records: [
            HospitalRecord(name: "Nagar Hospital", address: "NH B 1, Lohia Nagar", city: "Ghaziabad"),
            HospitalRecord(name: "Moolchand Hospital", address: "Lajpat Nagar III", city: "New Delhi"),
            HospitalRecord(name: "Ruby Hall Clinic", address: "40 Sassoon Road", city: "Pune"),
        ])

    static func understand(_ said: String) -> Understanding {
        Interpreter(directory: network).understand(said)
    }

    @Test("A second place whose last word is also a hospital's name is a place")
    func secondPlace() {
        let understanding = Self.understand("hospitals in Pune, and also Lajpat Nagar if possible")
        #expect(understanding.name.isEmpty && understanding.also.first?.place == .area(words: ["lajpat", "nagar"], city: nil), "\(understanding)")
    }

    @Test("The hospital named after the word is still asked about by name")
    func namedHospital() {
        let understanding = Self.understand("Nagar Hospital Ghaziabad")
        #expect(understanding.intent == .confirm && understanding.name == ["nagar"], "\(understanding)")
    }

    @Test("A place said twice is one place, and none of its words a name")
    func placeSaidTwice() {
        let understanding = Self.understand("no sir, Lajpat Nagar, I said Lajpat Nagar")
        #expect(understanding.place == .area(words: ["lajpat", "nagar"], city: nil) && understanding.name.isEmpty, "\(understanding)")
    }
}

/// English emergency words as Hindi speakers say them, written in Devanagari.
@Suite("Emergency loanwords")
struct EmergencyLoanwordTests {
    @Test("'ब्लीडिंग', 'अनकॉन्शियस', 'एक्सीडेंट' are emergencies; a listed name with such consonants stays a name")
    func loanwords() throws {
        let interpreter = Interpreter(directory: try Fixture.network())
        for said in ["मेरी वाइफ प्रेग्नेंट है और अचानक बहुत ब्लीडिंग हो रही है", "पापा अनकॉन्शियस हो गए हैं", "एक्सीडेंट हो गया है"] {
            #expect(interpreter.understand(said, in: .hindi).intent == .emergency, "\(said)")
        }
        #expect(interpreter.understand("अपोलो हॉस्पिटल बेंगलुरु", in: .hindi).intent != .emergency)
    }
}

/// Emergencies described in Hindi, and the everyday words in them that are never places.
@Suite("Hindi emergencies described")
struct HindiEmergenciesDescribedTests {
    @Test(
        "Two signs of danger are an emergency, and the words around them are no place",
        arguments: ["बच्चे ने रिमोट वाली गोल बैटरी निगल ली है", "वो बाथरूम के फ़र्श पे पड़े हैं, सांस बहुत धीमी है", "पापा छत से गिर गए हैं, पैर की हड्डी बाहर निकल आई है"])
    func described(said: String) throws {
        let understanding = Interpreter(directory: try Fixture.network()).understand(said, in: .hindi)
        #expect(understanding.intent == .emergency, "\(understanding)")
        #expect(understanding.place == nil, "\(understanding)")
    }
}

/// After an article, everyday words are a thing the caller speaks of, not a place the list has:
/// "on the highway", "in the bus", however many addresses write "Highway" or "Bus Stand".
@Suite("Things said with an article")
struct ThingsWithArticlesTests {
    static let network = HospitalDirectory(
        path: "articles",
        records: [
            HospitalRecord(name: "Lifeline Hospital", address: "Old Mumbai Pune Highway Near Kalwa Naka", city: "Mumbai"),
            HospitalRecord(name: "Sai Hospital", address: "Opp Bus Stand, Highway Road", city: "Pune"),
            HospitalRecord(name: "Bharat Clinic", address: "Station Road, Bus Depot Lane", city: "Noida"),
            HospitalRecord(name: "Axon Hospital", address: "12 JP Road, Andheri", city: "Mumbai"),
            HospitalRecord(name: "Bilal Hospital", address: "Mall Road, Kausa", city: "Mumbai"),
        ])

    static func understand(_ said: String) -> Understanding {
        Interpreter(directory: network).understand(said)
    }

    @Test(
        "Everyday words after an article are no place; the place the caller names is",
        arguments: [
            ("I'm calling from a dhaba on the highway, the network is patchy, three hospitals in Noida", Place.city("Noida")),
            ("a man in the bus fainted, the driver has stopped near Pune", .city("Pune")),
            ("a car overturned on the highway near Mumbai, people are bleeding", .city("Mumbai")),
            ("we are standing at the bus stop, any hospital in Noida", .city("Noida")),
        ])
    func thingIsNoPlace(said: String, place: Place) {
        let understanding = Self.understand(said)
        #expect(understanding.place == place, "\(understanding)")
    }

    @Test(
        "A place said with an article is still that place: words addresses write together",
        arguments: [
            ("hospitals near the Kalwa Naka", ["kalwa", "naka"]),
            ("any hospital on the Mall Road", ["mall", "road"]),
        ])
    func placeWithArticle(said: String, words: [String]) {
        let understanding = Self.understand(said)
        guard case .area(let heard, _)? = understanding.place else {
            Issue.record("no area: \(understanding.place as Any)")
            return
        }
        #expect(heard == words, "\(understanding)")
    }
}
