import Foundation
import HospitalSearch

/// Small helpers that make text sound right when spoken by a text-to-speech voice.
enum Speech {
    /// "three" for small numbers (sounds natural in a sentence), digits beyond twelve.
    static func number(_ value: Int) -> String {
        let words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
        return words.indices.contains(value) ? words[value] : String(value)
    }

    /// "a, b and c".
    static func list(_ items: [String], and conjunction: String = "and") -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " \(conjunction) " + items[items.count - 1]
        }
    }

    /// A hospital name or address made speakable: symbols and abbreviations read as words.
    static func clean(_ text: String) -> String {
        Abbreviations.expand(text)
    }

    /// At most `limit` words, so one name does not take a whole breath.
    static func short(_ text: String, limit: Int = 6) -> String {
        let words = text.split(whereSeparator: \.isWhitespace)
        guard words.count > limit else { return text }
        // Never end on a word that leads somewhere: "Hospital and", "Centre of".
        var kept = words.prefix(limit)
        while kept.count > 1, let last = kept.last, ["and", "&", "of", "the", "for", "in", "at", "a"].contains(last.lowercased()) { kept.removeLast() }
        return kept.joined(separator: " ")
    }

    /// "Manipal Hospitals on Sarjapur Road" / "Cloudnine Hospital in Jayanagar".
    static func hospital(_ hospital: SpokenHospital, withCity: Bool = false) -> String {
        let name = short(clean(hospital.name))
        var text = name
        if let area = hospital.area.map(clean), !area.isEmpty, !name.lowercased().contains(area.lowercased()) {
            let last = area.split(separator: " ").last?.lowercased() ?? ""
            let onWords: Set<String> = ["road", "marg", "street", "highway", "lane", "avenue", "bypass", "expressway"]
            text += (onWords.contains(last) ? " on " : " in ") + short(area, limit: 4)
        }
        if withCity { text += ", \(hospital.city)" }
        return text
    }

    /// The hospitals named in a list within `budget` words: with their areas if they fit, else
    /// the later ones without, else all without, else with shorter names. `describe` says one
    /// hospital and `conjunction` joins the last, in the call's language.
    static func fitting(
        _ hospitals: [SpokenHospital], budget: Int, describe: (SpokenHospital) -> String = { hospital($0) }, and conjunction: String = "and"
    ) -> String {
        var withAreas = hospitals.count
        while true {
            let parts = hospitals.enumerated().map { position, hospital -> String in
                var copy = hospital
                if position >= withAreas { copy.area = nil }
                return describe(copy)
            }
            let text = list(parts, and: conjunction)
            if wordCount(text) <= budget || withAreas == 0 {
                if wordCount(text) <= budget { return text }
                return list(hospitals.map { short(clean($0.name), limit: 4) }, and: conjunction)
            }
            withAreas -= 1
        }
    }

    /// True when an address already ends with the city, under any of its names ("…, Bangalore").
    static func namesCity(_ address: String, _ city: String) -> Bool {
        guard let last = address.split(separator: ",").last else { return false }
        return City(name: city).isNamed(by: String(last))
    }

    static func wordCount(_ text: String) -> Int {
        text.split(whereSeparator: { $0.isWhitespace }).count
    }
}
