import TestSupport
import Testing

@testable import Brain
@testable import HospitalSearch

/// Finding hospitals by what callers say, on the real network list.
@Suite("Hospital search")
struct HospitalSearchTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let said: String
        let city: String?
        /// Every match must contain all of these in its name or address (case-insensitive).
        let expect: [String]
        /// Exact number of matches, when it matters.
        let count: Int?
        var testDescription: String { "\(said)\(city.map { " in \($0)" } ?? "")" }
    }

    static let found: [Case] = [
        Case(said: "Manipal Sarjapur", city: "Bangalore", expect: ["Manipal", "Sarjapur"], count: 1),
        Case(said: "Manipal Hospital Sarjapur Road", city: "Bengaluru", expect: ["Manipal", "Sarjapur"], count: 1),
        Case(said: "Fortis Mulund", city: nil, expect: ["Fortis", "Mulund"], count: 1),
        Case(said: "Fortis Mulund", city: "Bombay", expect: ["Fortis", "Mulund"], count: 1),
        Case(said: "Columbia Asia", city: "Bengaluru", expect: ["Manipal"], count: 4),
        Case(said: "Columbia Asia Whitefield", city: "Bengaluru", expect: ["Manipal", "Whitefield"], count: 1),
        Case(said: "Manipaal", city: "Banglore", expect: ["Manipal"], count: 9),
        Case(said: "Cloud Nine", city: "Pune", expect: ["Cloud"], count: 2),
        Case(said: "Cloudnine", city: "Noida", expect: ["CLOUDNINE"], count: 1),
        Case(said: "Sahyadhri", city: "Pune", expect: ["Sahyadri"], count: nil),
        Case(said: "Sahyadri Hadapsar", city: "Pune", expect: ["Sahyadri", "Hadapsar"], count: 1),
        Case(said: "Narayana Nethralaya", city: "Bengaluru", expect: ["Narayana", "Net"], count: nil),
        Case(said: "Narayana Netralaya", city: "Bengaluru", expect: ["Narayana", "Net"], count: nil),
        Case(said: "Ruby Hall", city: "Pune", expect: ["Ruby Hall"], count: nil),
        Case(said: "Agarwal's eye hospital", city: "Bengaluru", expect: ["Agarwal"], count: nil),
        Case(said: "Doctor Malathi Manipal", city: "Bengaluru", expect: ["Malathi"], count: 1),
        Case(said: "Vikram Hospital", city: "Bengaluru", expect: ["Manipal", "Millers"], count: 1),
        Case(said: "Apollo Cradle Koramangala", city: "Bengaluru", expect: ["Apollo Cradle"], count: nil),
        Case(said: "Max Saket", city: "Delhi", expect: ["Max", "Saket"], count: nil),
        Case(said: "Medanta", city: nil, expect: ["Medanta"], count: nil),
        Case(said: "Lilavati Hospital", city: nil, expect: ["avat"], count: nil),
        Case(said: "City Hospital", city: "Bengaluru", expect: ["city", "hospital"], count: nil),
        Case(said: "Eden Hospital Pvt Ltd", city: "Delhi", expect: ["Eden"], count: 1),
    ]

    @Test("Hospitals are found by the names callers use", arguments: found)
    func findsHospital(_ testCase: Case) throws {
        let index = try RealNetwork.index()
        let cities = try testCase.city.map { [try RealNetwork.city($0)] } ?? []
        let result = index.find(HospitalQuery(text: testCase.said, cities: cities))
        #expect(!result.matches.isEmpty, "nothing found; near misses: \(result.nearMisses.prefix(3).map { index.hospitals[$0.hospital].name })")
        if let count = testCase.count {
            #expect(result.matches.count == count, "\(result.matches.map { index.hospitals[$0.hospital].name + " / " + index.hospitals[$0.hospital].address })")
        }
        for match in result.matches {
            let hospital = index.hospitals[match.hospital]
            let text = (hospital.name + " " + hospital.address).lowercased()
            for word in testCase.expect {
                #expect(text.contains(word.lowercased()), "\(hospital.name), \(hospital.address) lacks \(word)")
            }
        }
    }

    static let notFound: [Case] = [
        Case(said: "Apollo", city: "Chennai", expect: [], count: 0),
        Case(said: "Breach Candy Hospital", city: nil, expect: [], count: 0),
        Case(said: "Tata Memorial", city: "Mumbai", expect: [], count: 0),
        Case(said: "Lilavati", city: "Mumbai", expect: [], count: 0),
        // (KIMS is listed, as "K I M S Hospital", and its initials find it.)
        Case(said: "PGIMER", city: nil, expect: [], count: 0),
        Case(said: "Saifee Hospital", city: nil, expect: [], count: 0),
        Case(said: "Kokilaben", city: "Bengaluru", expect: [], count: 0),
        Case(said: "Apollo Sarjapur", city: "Bengaluru", expect: [], count: 0),
        Case(said: "AIIMS", city: "Delhi", expect: [], count: 0),
        Case(said: "Medanta", city: "Pune", expect: [], count: 0),
        Case(said: "Fortis Sarjapur", city: "Bengaluru", expect: [], count: 0),
        Case(said: "Manipal", city: "Pune Kharadi Baner Wakad Hinjewadi Aundh", expect: [], count: nil),
        Case(said: "Hospital", city: "Pune", expect: [], count: 0),
        Case(said: "Sakra World Hospital", city: "Mumbai", expect: [], count: 0),
        Case(said: "Zzyzx Qwerty", city: nil, expect: [], count: 0),
    ]

    @Test("Hospitals that are not in the network are not found, however close a word is", arguments: notFound)
    func doesNotFind(_ testCase: Case) throws {
        let index = try RealNetwork.index()
        let network = try RealNetwork.network()
        let cities =
            testCase.city.map { name in
                network.finder.cities(in: TextNormalizer.tokens(name)).compactMap { mention -> Int? in
                    if case .city(let city) = mention.place { return city } else { return nil }
                }.prefix(1).map { $0 }
            } ?? []
        let result = index.find(HospitalQuery(text: testCase.said, cities: cities))
        if let count = testCase.count {
            #expect(result.matches.count == count, "\(result.matches.map { index.hospitals[$0.hospital].name })")
        }
    }

    @Test("A brand that is elsewhere is offered separately, never as a match")
    func nearMissesAreSeparate() throws {
        let index = try RealNetwork.index()
        let result = index.find(HospitalQuery(text: "Fortis Sarjapur", cities: [try RealNetwork.city("Bengaluru")]))
        #expect(result.matches.isEmpty)
        #expect(!result.nearMisses.isEmpty)
        #expect(result.nearMisses.allSatisfy { index.hospitals[$0.hospital].name.contains("Fortis") })
    }

    @Test("Ranking: an exact whole name comes before name-and-locality, which comes before fuzzy")
    func rankingTiers() throws {
        let index = try RealNetwork.index()
        let exact = index.find(HospitalQuery(text: "Columbia Asia"))
        #expect(exact.matches.first.map { index.hospitals[$0.hospital].name } == "COLUMBIA ASIA [KOLKATA]")
        #expect(exact.matches.first?.tier == .exactName)
        let fuzzy = index.find(HospitalQuery(text: "Manipaal", cities: [try RealNetwork.city("Bengaluru")]))
        #expect(fuzzy.matches.allSatisfy { $0.tier == .fuzzy })
        let tiers = index.find(HospitalQuery(text: "Manipal", cities: [try RealNetwork.city("Bengaluru")])).matches.map(\.tier)
        #expect(tiers == tiers.sorted())
    }

    @Test("Each match explains which said word matched what, where and how")
    func explanations() throws {
        let index = try RealNetwork.index()
        let match = try #require(index.find(HospitalQuery(text: "Manipal Sarjapur", cities: [try RealNetwork.city("Bengaluru")])).matches.first)
        #expect(match.evidence.map(\.description) == ["manipal→manipal(name,exact)", "sarjapur→sarjapur(place,exact)"])
    }

    @Test("The same query always gives the same order")
    func deterministic() throws {
        let index = try RealNetwork.index()
        let first = index.find(HospitalQuery(text: "Narayana"))
        let second = index.find(HospitalQuery(text: "Narayana"))
        #expect(first == second)
        #expect(first.matches.map(\.hospital) == first.matches.sorted(by: HospitalIndex.ranking).map(\.hospital))
    }

    @Test("Every hospital in the list is found by its own name in its own city")
    func everyHospitalFindsItself() async throws {
        let missing = try await onOwnThread {
            let index = try RealNetwork.index()
            var missing: [String] = []
            for (id, hospital) in index.hospitals.enumerated() {
                let result = index.find(HospitalQuery(text: hospital.name, cities: [hospital.city]))
                if !result.matches.contains(where: { $0.hospital == id }) { missing.append(hospital.name) }
            }
            return missing
        }
        #expect(missing.isEmpty, "\(missing.count) not found by their own name: \(missing.prefix(20))")
    }

    @Test("When a city is given, no result is ever from another city")
    func cityFilterHolds() throws {
        let index = try RealNetwork.index()
        let cities = index.places.cities.indices.filter { !index.city($0).hospitals.isEmpty }
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<400 {
            let hospital = index.hospitals.randomElement(using: &generator)!
            let city = cities.randomElement(using: &generator)!
            let words = hospital.name.split(separator: " ").prefix(2).joined(separator: " ")
            let result = index.find(HospitalQuery(text: words, cities: [city]))
            #expect(result.matches.allSatisfy { index.hospitals[$0.hospital].city == city }, "\(words) in \(index.city(city).name)")
        }
    }

    @Test("Areas list the hospitals whose address names them", arguments: [("whitefield", "Bengaluru", 6), ("thane", nil, 100), ("mulund", "Mumbai", 20)])
    func areaListing(area: String, city: String?, atLeast: Int) throws {
        let index = try RealNetwork.index()
        let cities = try city.map { [try RealNetwork.city($0)] } ?? []
        let hospitals = index.hospitals(inArea: [area], cities: cities)
        #expect(hospitals.count >= atLeast)
        #expect(hospitals.allSatisfy { (index.hospitals[$0].address + index.hospitals[$0].name).lowercased().contains(area) })
    }
}
