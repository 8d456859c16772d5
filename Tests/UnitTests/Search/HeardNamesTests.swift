import Testing

@testable import HospitalSearch

/// Names heard in Devanagari find the list's Latin spelling by their consonants, and spelt-out
/// letters and initials name hospitals (on the fixture list).
@Suite("Heard names")
struct HeardNamesTests {
    @Test(
        "A name and its Devanagari spellings share one consonant skeleton",
        arguments: [
            ("वॉकहार्ट", "wockhardt"), ("वोखार्ट", "wockhardt"), ("फोर्टिस", "fortis"), ("फ़ोर्टिस", "fortis"), ("मैक्स", "max"),
            ("डिसन", "desun"), ("मदरहुड", "motherhood"), ("पीयरलेस", "peerless"), ("अपोलो", "apollo"), ("सह्याद्री", "sahyadri"),
            ("दीनानाथ", "deenanath"), ("मंगेशकर", "mangeshkar"), ("सिग्नस", "cygnus"), ("यशोदा", "yashoda"), ("सर", "sir"),
            ("हिंदुजा", "hinduja"), ("नेत्रधाम", "nethradhama"), ("द्वारका", "dwarka"), ("व्हाइटफील्ड", "whitefield"),
        ])
    func skeletonsMatch(devanagari: String, latin: String) {
        #expect(Skeleton.key(Transliteration.latin(devanagari)) == Skeleton.key(latin), "\(Transliteration.latin(devanagari))")
    }

    @Test(
        "Different names keep different skeletons",
        arguments: [("fortis", "forest"), ("max", "mask"), ("desun", "dosa"), ("apollo", "pal"), ("manipal", "manipur")])
    func skeletonsDiffer(first: String, second: String) {
        #expect(Skeleton.key(first) != Skeleton.key(second))
    }

    @Test(
        "Spelt-out English letters are read as an initialism, anything else is not",
        arguments: [("क्यूआरजी", "qrg"), ("बीएलके", "blk"), ("जेपी", "jp"), ("एसजीआरएच", "sgrh"), ("केके", "kk")] as [(String, String?)]
            + [("के", nil), ("मैक्स", nil), ("अपोलो", nil), ("एक", nil)])
    func initialisms(word: String, letters: String?) {
        #expect(Transliteration.initialism(word) == letters)
    }

    @Test(
        "Names said in Devanagari are found only as listed hospitals, in the place asked about",
        arguments: [
            ("फोर्टिस", "Noida", "Fortis Hospital Noida"), ("डिसन", "Kolkata", "Desun Hospital"),
            ("मैक्स", "Noida", "Max Multi Speciality Centre Noida"), ("क्लाउड नाइन", "Mumbai", "Cloudnine Hospital Malad"),
            ("सर गंगाराम", "Delhi", "Sir Ganga Ram Hospital"),
        ])
    func devanagariNamesAreFound(name: String, city: String, expected: String) throws {
        let directory = try Fixture.network()
        let words = TextNormalizer.tokens(name).flatMap { Transliteration.latin($0).split(separator: " ").map(String.init) }
        let place = try #require(directory.placeMentions(in: TextNormalizer.tokens(city)).first?.place)
        guard case .one(let hospital) = directory.confirm(words, in: place, heardIn: .devanagari) else {
            Issue.record("\(name) in \(city): \(directory.confirm(words, in: place, heardIn: .devanagari))")
            return
        }
        #expect(hospital.name == expected)
    }

    @Test("Only a name heard in Devanagari is matched by its consonants: typed Latin keeps its spelling")
    func skeletonsOnlyForDevanagari() throws {
        let directory = try Fixture.network()
        let place = try #require(directory.placeMentions(in: ["noida"]).first?.place)
        // ICU's "maiks" for मैक्स finds Max; the same letters typed by a caller are not Max.
        guard case .notFound = directory.confirm(["maiks"], in: place, heardIn: .latin) else {
            Issue.record("typed 'maiks' matched")
            return
        }
        if case .notFound = directory.confirm(["maiks"], in: place, heardIn: .devanagari) { Issue.record("मैक्स not found") }
    }

    @Test("Initials said for a name find it, alone or with the name's other words", arguments: ["sgrh", "sgr"])
    func initialsFindHospitals(said: String) throws {
        let directory = try Fixture.network()
        let place = try #require(directory.placeMentions(in: ["delhi"]).first?.place)
        guard case .one(let hospital) = directory.confirm([said], in: place) else {
            Issue.record("\(said): \(directory.confirm([said], in: place))")
            return
        }
        #expect(hospital.name == "Sir Ganga Ram Hospital")
    }

    @Test("A word of the list is never read as initials")
    func listedWordsAreNotInitials() throws {
        let directory = try Fixture.network()
        let place = try #require(directory.placeMentions(in: ["delhi"]).first?.place)
        // "max" is a word of the list: it finds Max hospitals, not hospitals whose initials are M A X.
        if case .notFound = directory.confirm(["max"], in: place) { Issue.record("Max not found") }
        #expect(directory.knows("sgrh") && !directory.knows("zqx"))
    }
}
