import Testing

@testable import Brain
@testable import HospitalSearch

/// Names and areas as Loop AI says them.
@Suite("Spoken names and areas")
struct SpokenNamesTests {
    @Test(
        "Names lose legal suffixes and parenthesised history; shouting is calmed; abbreviations stay",
        arguments: [
            ("Manipal Hospitals (originally incorporated with the name of Columbia Asia Hospital group)", "Manipal Hospitals"),
            ("Eden Hospital Pvt Ltd.", "Eden Hospital"),
            ("ASG HOSPITAL PVT LTD (KOLKATA)", "ASG Hospital"),
            ("CLOUDNINE HOSPITAL, PUNJABI BAGH, DELHI", "Cloudnine Hospital"),
            ("Healthcare Global Enterprises (HCG)", "Healthcare Global Enterprises"),
            ("Kids Clinic India Pvt Ltd (Cloudnine)", "Kids Clinic India"),
            (
                "314352, Kinder Womens Hospital And Fertility Centre (A Unit Of Kindorama Healthcare Private Limited), No : 40F",
                "Kinder Womens Hospital And Fertility Centre"
            ),
        ])
    func spokenNames(raw: String, spoken: String) {
        #expect(NameParts(raw).spoken == spoken)
    }

    @Test("Former names and operators stay searchable as aliases; places in names count as places")
    func nameParts() {
        let parts = NameParts("Manipal Hospitals Pvt Ltd (earlier Vikram Hospital Millers Road)")
        #expect(parts.aliases == ["Vikram Hospital Millers Road"])
        let place = NameParts("Centre For Sight (Rohini)")
        #expect(place.places == ["Rohini"])
        let note = NameParts("Suguna Hospital (No Cashless for Ophthalmology Procedures)")
        #expect(note.aliases.isEmpty && note.places.isEmpty && note.spoken == "Suguna Hospital")
        #expect(note.searchableAliases == ["No Cashless for Ophthalmology Procedures"])
    }

    @Test(
        "The area is the locality a caller would recognise",
        arguments: [
            ("Survey No 46/2, Ward No 150, Ambalipura Sarjapur Road", "Ambalipura Sarjapur Road"),
            ("Hebbal Kirloskar Business Park Bellary Road, Hebbal, Bangalore", "Hebbal"),
            ("Sector-44, Mulund Goregaon Link Rd,", "Mulund Goregaon Link Road"),
            ("B - 16, Chirag Enclave, Opp. Nehru Place, Devika Tower, New Delhi , New Delhi", "Devika Tower"),
            ("Plot No 12, Sector-22, Phase-2, Nerul (W), Opp Nerul Railway Station, Navi Mumbai", "Nerul West"),
            ("Hosur Road Anekal Taluk, No. 258 / A Bommasandra Industrial Area Anekal Taluk Bangalore - 562158, Hosur Road, Anekal Taluk", "Hosur Road"),
            ("Sec 44 Gurgaon , Gurgaon", "Sector 44"),
            ("#11, Bangalore-32", nil),
        ])
    func areas(address: String, area: String?) throws {
        let index = try Fixture.index()
        #expect(AddressArea.area(of: address, cityWords: index.cityPhrases) == area)
    }
}
