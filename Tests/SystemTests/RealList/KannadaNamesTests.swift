import Foundation
import Testing

@testable import HospitalSearch

/// Every hospital of the real list, said in Kannada, finds itself: the Kannada counterpart of
/// ``DevanagariNamesTests`` (Marathi is written in Devanagari and read as Hindi is, so that
/// figure is Marathi's too).
///
/// ICU's `Latin-Kannada` stands in for the `kn-IN` recogniser; each listed name is written that
/// way word by word, read back through `Kannada-Latin` (``Transliteration``) and looked up in its
/// own city: it must be among the matches or the close names offered.
@Suite("Kannada names on the real list")
struct KannadaNamesTests {
    static func kannada(_ word: String) -> String {
        word.applyingTransform(StringTransform("Latin-Kannada"), reverse: false) ?? word
    }

    static func heard(_ name: String) -> [String] {
        let said = name.split(separator: "(").first.map(String.init) ?? name
        return TextNormalizer.tokens(said).filter { !TextNormalizer.legalWords.contains($0) && Int($0) == nil }.flatMap { word in
            let written = kannada(word)
            return Script.kannada.writes(written) ? Transliteration.latin(written).split(separator: " ").map(String.init) : [word]
        }
    }

    /// The share found when this was written, less a little for a changed list.
    static let floor = 0.95

    @Test("Every listed hospital, said in Kannada, is found in its city or offered as a close name")
    func everyHospitalFindsItself() throws {
        let index = try RealNetwork.index()
        var missing: [String] = []
        for (id, hospital) in index.hospitals.enumerated() {
            let words = Self.heard(hospital.name)
            guard !words.isEmpty else { continue }
            let result = index.find(HospitalQuery(words: words, cities: [hospital.city], heardIn: .kannada))
            let offered = result.matches.map(\.hospital) + result.nearMisses.prefix(3).map(\.hospital)
            if !offered.contains(id) { missing.append("\(hospital.name) [\(words.joined(separator: " "))]") }
        }
        let found = index.hospitals.count - missing.count
        print("Kannada names: \(found)/\(index.hospitals.count) found (\(found * 1000 / index.hospitals.count / 10) %)")
        #expect(Double(found) / Double(index.hospitals.count) >= Self.floor, "\(missing.prefix(60).joined(separator: "\n"))")
    }
}
