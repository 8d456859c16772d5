import Testing

@testable import Brain
@testable import HospitalSearch

/// How the CITY column and callers' place names map onto canonical cities.
@Suite("Cities")
struct CityCanonicalisationTests {
    @Test(
        "The CITY column's spellings, abbreviations and localities are folded into their city",
        arguments: [
            ("Bengaluru", 306), ("Mumbai", 708), ("Pune", 219), ("Kolkata", 160), ("New Delhi", 400), ("Gurugram", 119),
            ("Ghaziabad", 84), ("Faridabad", 103), ("Noida", 49), ("Greater Noida", 23),
        ])
    func cityCounts(city: String, count: Int) throws {
        let index = try RealNetwork.index()
        #expect(index.hospitals(inCity: try RealNetwork.city(city)).count == count)
    }

    @Test(
        "Every CITY value of the real list lands in the expected city",
        arguments: [
            ("GGN", "Gurugram"), ("GURUGRAM", "Gurugram"), ("GZB.", "Ghaziabad"), ("GZB", "Ghaziabad"), ("NEW DELHI", "New Delhi"),
            ("DELHI", "New Delhi"), ("New DELHI", "New Delhi"), ("West Delhi", "New Delhi"), ("DWARKA", "New Delhi"),
            ("Rohini", "New Delhi"), ("Indirapuram", "Ghaziabad"), ("Bangalore Rural", "Bengaluru"), ("Ballabgarh", "Faridabad"),
            ("GREATER FARIDABAD", "Faridabad"), ("Greater Noida Ext", "Greater Noida"), ("GREATER NOIDA WEST", "Greater Noida"),
            ("NOIDA", "Noida"), ("BHIWANI", "Bhiwani"),
        ])
    func columnValues(column: String, city: String) throws {
        var places = Places()
        let index = places.city(forColumn: column)
        #expect(places.cities[index].name == city)
    }

    @Test(
        "What callers say, including old names and mis-hearings, finds the city",
        arguments: [
            ("Bangalore", "Bengaluru"), ("bengaluru", "Bengaluru"), ("Banglore", "Bengaluru"), ("Bengalooru", "Bengaluru"),
            ("Bombay", "Mumbai"), ("Calcutta", "Kolkata"), ("Kolkatta", "Kolkata"), ("Gurgaon", "Gurugram"), ("Delhi", "New Delhi"),
            ("new delhi", "New Delhi"), ("Poona", "Pune"), ("Ghaziabaad", "Ghaziabad"), ("Madras", "Chennai"),
        ])
    func spokenCityNames(spoken: String, city: String) throws {
        let network = try RealNetwork.network()
        let mentions = network.finder.cities(in: TextNormalizer.tokens("hospitals in \(spoken) please"))
        guard case .city(let found)? = mentions.first?.place else {
            Issue.record("no city found in '\(spoken)'")
            return
        }
        #expect(network.index.city(found).name == city)
    }

    @Test("Noida does not include Ghaziabad, and Delhi does not include Gurugram")
    func neighboursStaySeparate() throws {
        let index = try RealNetwork.index()
        let noida = index.hospitals(inCity: try RealNetwork.city("Noida")).map(index.cityName)
        #expect(Set(noida) == ["Noida"])
        let delhi = index.hospitals(inCity: try RealNetwork.city("Delhi")).map(index.cityName)
        #expect(Set(delhi) == ["New Delhi"])
    }

    @Test("A well-known city without network hospitals is known, and empty")
    func knownCityWithoutHospitals() throws {
        let index = try RealNetwork.index()
        #expect(index.hospitals(inCity: try RealNetwork.city("Chennai")).isEmpty)
    }
}
