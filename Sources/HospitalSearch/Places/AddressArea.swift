import Foundation

/// Picks the area a caller would recognise out of a full address.
///
/// Indian addresses run from the door to the region: "Survey No 46/2, Ward No 150, Ambalipura
/// Sarjapur Road". The area is the last part that is neither a number, a landmark, the city, a
/// state nor a PIN code: here "Ambalipura Sarjapur Road".
enum AddressArea {
    static func area(of address: String, cityWords: Set<String>) -> String? {
        areas(of: address, cityWords: cityWords).first
    }

    /// Every part of the address that could name the area, most likely first (the last part of an
    /// Indian address is the widest area). The next ones tell apart two branches in one area.
    static func areas(of address: String, cityWords: Set<String>) -> [String] {
        let segments =
            address
            .replacingOccurrences(of: "(W)", with: " West").replacingOccurrences(of: "(w)", with: " West")
            .replacingOccurrences(of: "( W )", with: " West").replacingOccurrences(of: "( E )", with: " East")
            .replacingOccurrences(of: "(E)", with: " East").replacingOccurrences(of: "(e)", with: " East")
            .replacingOccurrences(of: "\n", with: ",")
            .split(separator: ",")
            .map { clean(String($0), cityWords: cityWords) }
        var result: [String] = []
        for segment in segments.reversed() {
            guard let segment, isArea(segment) else { continue }
            let area = spoken(segment)
            if !result.contains(area) { result.append(area) }
        }
        return result
    }

    private static let numberLeads: Set<String> = [
        "no", "number", "plot", "survey", "sy", "sr", "s", "ward", "flat", "shop", "door", "khata", "cts", "house",
        "building", "bldg", "floor", "ground", "first", "second", "third", "unit", "site", "khasra", "gala", "office", "h",
        "wz", "rz", "pocket", "dd", "tower", "wing", "phase", "block", "stage", "main", "cross", "lane", "gate",
    ]
    /// Units of administration, not places a caller names ("Anekal Taluk").
    private static let administrativeWords: Set<String> = ["taluk", "taluka", "hobli", "district", "tehsil", "mandal", "dist"]
    /// Words that make an area only together with a name ("Road" alone is not an area).
    private static let streetWords: Set<String> = [
        "road", "street", "marg", "lane", "main", "cross", "nagar", "colony", "layout", "west", "east", "north", "south", "new", "old",
    ]
    private static let landmarkLeads: Set<String> = [
        "near", "opposite", "behind", "next", "beside", "adjacent", "adj", "in", "front", "above", "below", "off", "besides", "adjoining",
    ]

    /// Removes PIN codes, city and state names and stray punctuation; `nil` when nothing is left.
    private static func clean(_ segment: String, cityWords: Set<String>) -> String? {
        var words = segment.split(whereSeparator: { $0.isWhitespace || $0 == "-" }).map(String.init)
        words = words.filter { word in
            let token = TextNormalizer.phrase(word)
            return !token.isEmpty && !(token.count == 6 && token.allSatisfy(\.isNumber))
        }
        // Drop city and state names at either end, including two-word ones ("New Delhi").
        func isPlaceName(_ slice: ArraySlice<String>) -> Bool {
            let phrase = TextNormalizer.phrase(slice.joined(separator: " "))
            return cityWords.contains(phrase) || CityDirectory.regionWords.contains(phrase)
        }
        var trimmed = true
        while trimmed && !words.isEmpty {
            trimmed = false
            for length in stride(from: min(3, words.count), through: 1, by: -1) {
                if isPlaceName(words.suffix(length)) {
                    words.removeLast(length)
                    trimmed = true
                    break
                }
                if isPlaceName(words.prefix(length)) {
                    words.removeFirst(length)
                    trimmed = true
                    break
                }
            }
        }
        var text = words.joined(separator: " ")
        text = text.trimmedOfPunctuation
        let phrase = TextNormalizer.phrase(text)
        if phrase.isEmpty || cityWords.contains(phrase) || CityDirectory.regionWords.contains(phrase) { return nil }
        return text
    }

    /// Real places have letters and don't start like a door number or a landmark.
    private static func isArea(_ segment: String) -> Bool {
        let tokens = TextNormalizer.tokens(segment)
        guard let first = tokens.first else { return false }
        let alphabetic = tokens.filter { $0.count >= 3 && $0.allSatisfy(\.isLetter) }
        if alphabetic.isEmpty { return false }
        if first == "sector", tokens.count <= 3 { return true }
        if first.first?.isNumber == true || numberLeads.contains(first) { return false }
        if tokens.contains(where: administrativeWords.contains) { return false }
        if tokens.allSatisfy(streetWords.contains) { return false }
        if landmarkLeads.contains(first) { return false }
        if segment.hasPrefix("#") { return false }
        return true
    }

    /// "HSR LAYOUT" → "HSR Layout", "Thane (W)" → "Thane West", "Sec-6" → "Sector 6", at most four words.
    private static func spoken(_ segment: String) -> String {
        var words = Abbreviations.expand(segment, extra: Abbreviations.street).split(whereSeparator: { $0.isWhitespace }).map(String.init)
        if words.count > 4 { words = Array(words.suffix(4)) }
        let shouting = !segment.contains(where: { $0.isLowercase })
        let quiet = !segment.contains(where: { $0.isUppercase })
        if shouting || quiet { words = words.map(NameParts.titleCased) }
        return words.joined(separator: " ").trimmedOfPunctuation
    }
}
