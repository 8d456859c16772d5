import Testing

@testable import Brain
@testable import HospitalSearch

/// Words the real list has both in a place and in a hospital's name, and the caller's own words
/// before "hospital": what is heard as a place, a kind of hospital or a name.
@Suite("Place, kind or name, on the real list")
struct PlaceOrNameTests {
    @Test(
        "A locality the list also has inside a hospital's name is the locality when nothing calls it a hospital",
        arguments: [
            ("सहकार नगर के आस पास कितने नेटवर्क हॉस्पिटल आते हैं", ["sahakara", "nagar"]),
            ("Sahakara Nagar ke paas wale network hospital kitne hain", ["sahakara", "nagar"]),
            ("VV Puram ke aas paas ke hospital bata dijiye", ["vv", "puram"]),
            ("VV Puram वाले हॉस्पिटल कौन से हैं", ["vv", "puram"]),
        ])
    func localityNotName(said: String, area: [String]) throws {
        let understanding = Interpreter(directory: try RealNetwork.network()).understand(said, in: .hindi)
        #expect([.list, .count].contains(understanding.intent) && understanding.name.isEmpty, "\(understanding)")
        guard case .area(let words, _)? = understanding.place else {
            Issue.record("no locality: \(understanding)")
            return
        }
        // "सहकार" is ICU's "sahakar": the locality as said, not necessarily as the list spells it.
        #expect(words.last == area.last && words.joined().hasPrefix(area.joined().prefix(6)), "\(understanding)")
    }

    @Test(
        "The caller's own words before 'hospital', asking for a place's hospitals, name no hospital",
        arguments: [
            "पुणे में कोई सस्ता और बढ़िया हॉस्पिटल बताइए", "पुणे में कोई बड़ा नामी हॉस्पिटल बताइए",
            "Noida mein koi reputed hospital batao", "mumbai ke aas paas koi famous hospital bataiye",
        ])
    func kindOfHospital(said: String) throws {
        let understanding = Interpreter(directory: try RealNetwork.network()).understand(said, in: .hindi)
        #expect([.list, .count].contains(understanding.intent) && understanding.name.isEmpty && understanding.place != nil, "\(understanding)")
    }

    @Test(
        "Words of the caller's own language that only sound like a listed place are no place",
        arguments: ["मम्मी का प्रीमियम भरने में देर हो गई, अब क्या करें", "बिल भरने में कितना टाइम लगता है"])
    func noPlaceByChance(said: String) throws {
        let understanding = Interpreter(directory: try RealNetwork.network()).understand(said, in: .hindi)
        #expect(understanding.place == nil, "\(understanding)")
        // A locality of the CITY column is a place however common its word: द्वारका is Dwarka.
        let dwarka = Interpreter(directory: try RealNetwork.network()).understand("द्वारका में कितने हॉस्पिटल हैं", in: .hindi)
        #expect(dwarka.place != nil, "\(dwarka)")
    }

    @Test(
        "A locality of the CITY column said apart or a letter off is that locality, not its whole city",
        arguments: [("how many hospitals in Janak Puri", "janakpuri"), ("hospitals in Rohni please", "rohini"), ("Indira Puram mein kitne hospital hain", "indirapuram")])
    func localityNotItsCity(said: String, locality: String) throws {
        let understanding = Interpreter(directory: try RealNetwork.network()).understand(said)
        guard case .area(let words, let city?)? = understanding.place else {
            Issue.record("no locality: \(understanding)")
            return
        }
        #expect(words.joined() == locality && !city.name.isEmpty, "\(understanding)")
    }
}

/// The caller's own place said again: what they want heard, not Loop AI's last answer again.
@Suite("A place said again, on the real list")
struct PlaceSaidAgainTests {
    @Test(
        "A place the caller says again, slowly or once more, is that place",
        arguments: ["मैं धीरे धीरे बोलती हूँ, Padmanabhanagar", "Goregaon कहा था मैंने, फिर से देखिए", "एक बार और सुनिए, Kopar Khairane वाला एरिया"])
    func ownPlaceAgain(said: String) throws {
        let understanding = Interpreter(directory: try RealNetwork.network()).understand(said, in: .hindi)
        #expect([.placeOnly, .list].contains(understanding.intent) && understanding.place != nil, "\(understanding)")
    }
}
