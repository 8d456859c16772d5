/// Rewrites the abbreviations and symbols of names and addresses as spoken words, word by word
/// (no regular expressions: this runs for every hospital Loop AI names).
public enum Abbreviations {
    /// Lower-cased abbreviation (without its dot) → the spoken word; an empty string drops it.
    static let spoken: [String: String] = [
        "dr": "Doctor", "hosp": "Hospital", "rd": "Road", "opp": "opposite", "nr": "near", "sec": "Sector",
        "pvt": "", "ltd": "", "mg": "MG",
    ]

    /// In addresses "St" is a street; in names ("St. John's") a saint.
    static let street = ["st": "Street"]
    public static let saint = ["st": "Saint"]

    /// `&` → "and", `#12` and `No. 12` → "number 12", `Sec-44` → "Sector 44", `Rd` → "Road";
    /// hyphens, brackets and quotes become spaces.
    public static func expand(_ text: String, extra: [String: String] = saint) -> String {
        var spaced = ""
        spaced.reserveCapacity(text.utf8.count + 8)
        for character in text {
            switch character {
            case "&": spaced += " and "
            case "#": spaced += " number "
            case "-", "–", "(", ")", "[", "]", "\"", "_": spaced += " "
            default: spaced.append(character)
            }
        }
        let words = spaced.split(whereSeparator: \.isWhitespace)
        var result: [String] = []
        result.reserveCapacity(words.count)
        for (index, word) in words.enumerated() {
            var core = Substring(word)
            var trailing = ""
            while let last = core.last, last == "," || last == ";" || last == ":" {
                trailing = String(last) + trailing
                core = core.dropLast()
            }
            let hadDot = core.hasSuffix(".")
            let bare = hadDot ? core.dropLast() : core
            let key = bare.lowercased()
            let nextIsNumber = index + 1 < words.count && words[index + 1].first?.isNumber == true
            if key == "no", hadDot, nextIsNumber {
                result.append("number" + trailing)
            } else if key.hasPrefix("no."), key.dropFirst(3).first?.isNumber == true {
                result.append("number " + core.dropFirst(3) + trailing)
            } else if let replacement = extra[key] ?? spoken[key], bare.count <= 4 {
                if !replacement.isEmpty {
                    result.append(replacement + trailing)
                } else if !trailing.isEmpty, !result.isEmpty {
                    result[result.count - 1] += trailing
                }
            } else {
                result.append(String(core) + trailing)
            }
        }
        return result.joined(separator: " ")
    }
}
