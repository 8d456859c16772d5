import Foundation
import Testing

@testable import HospitalSearch

/// Every hospital of the real list, said in another script, finds itself: the check the
/// script's own test (``DevanagariNamesTests``, ``KannadaNamesTests``) runs with its floor.
///
/// A recogniser writes an English name in an Indian script by its sound; ICU's transform from
/// Latin into that script is a fair stand-in for it. Each listed name is written that way word by
/// word, read back as Loop AI reads the script (``Transliteration``), and looked up in its own
/// city: it must be among the matches, or among the close names Loop AI offers ("Did you mean
/// …?"), never simply missing.
enum ScriptNames {
    /// A listed name as a caller says it in `script`: its words before any bracket, written in the
    /// script, read back.
    static func heard(_ name: String, in script: Script) -> [String] {
        let said = name.split(separator: "(").first.map(String.init) ?? name
        let toScript = StringTransform("Latin-" + script.rawValue.capitalized)
        return TextNormalizer.tokens(said).filter { !TextNormalizer.legalWords.contains($0) && Int($0) == nil }.flatMap { word in
            let written = word.applyingTransform(toScript, reverse: false) ?? word
            return script.writes(written) ? Transliteration.latin(written).split(separator: " ").map(String.init) : [word]
        }
    }

    /// Expects at least `floor` of the list's hospitals, said in `script`, to find themselves;
    /// prints the figure and lists what is missed when below it.
    static func expectEveryHospitalFindsItself(in script: Script, floor: Double) async throws {
        let (index, missing) = try await onOwnThread {
            let index = try RealNetwork.index()
            var missing: [String] = []
            for (id, hospital) in index.hospitals.enumerated() {
                let words = heard(hospital.name, in: script)
                guard !words.isEmpty else { continue }
                let result = index.find(HospitalQuery(words: words, cities: [hospital.city], heardIn: script))
                let offered = result.matches.map(\.hospital) + result.nearMisses.prefix(3).map(\.hospital)
                if !offered.contains(id) { missing.append("\(hospital.name) [\(words.joined(separator: " "))]") }
            }
            return (index, missing)
        }
        let found = index.hospitals.count - missing.count
        print("\(script.rawValue.capitalized) names: \(found)/\(index.hospitals.count) found (\(found * 1000 / index.hospitals.count / 10) %)")
        #expect(Double(found) / Double(index.hospitals.count) >= floor, "\(missing.prefix(60).joined(separator: "\n"))")
    }
}
