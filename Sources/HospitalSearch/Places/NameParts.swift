import Foundation

/// What a network list's `HOSPITAL NAME` says, taken apart.
///
/// Real names carry history and paperwork: "Manipal Hospitals (originally incorporated with the
/// name of Columbia Asia Hospital group)", "ASG HOSPITAL PVT LTD (KOLKATA)", "Cloudnine Hospital,
/// Kids Clinic". The spoken name keeps only what a caller would say; former names and operators
/// stay searchable as aliases; places in the name count as locality words.
struct NameParts: Sendable, Equatable {
    /// The name as Loop AI says it: no legal suffix, no parentheses, sensible capitals.
    var spoken: String
    /// The words of the spoken name, for matching.
    var nameText: String
    /// Former names, operators and brands from parentheses ("Columbia Asia Hospital group").
    var aliases: [String]
    /// Places named inside the name ("Rohini", "Punjabi Bagh").
    var places: [String]
    /// Everything in parentheses that is not a place, word for word ("originally incorporated
    /// with the name of Columbia Asia Hospital group"): searchable, never spoken.
    var searchableAliases: [String]

    init(_ raw: String) {
        var main = ""
        var groups: [String] = []
        var depth = 0
        var group = ""
        for character in raw {
            switch character {
            case "(", "[":
                if depth == 0 { group = "" } else { group.append(" ") }
                depth += 1
            case ")", "]":
                if depth > 0 {
                    depth -= 1
                    if depth == 0 { groups.append(group) }
                } else {
                    main.append(" ")
                }
            default:
                if depth > 0 { group.append(character) } else { main.append(character) }
            }
        }
        if depth > 0 { groups.append(group) }

        var aliases: [String] = []
        var places: [String] = []
        var searchable: [String] = []
        for group in groups {
            switch Self.classify(group) {
            case .alias(let text):
                aliases.append(text)
                searchable.append(group)
            case .place(let text):
                places.append(text)
            case .note:
                searchable.append(group)
            }
        }

        // "CLOUDNINE HOSPITAL, PUNJABI BAGH, DELHI": the first segment is the name, the rest place words.
        var segments = main.split(whereSeparator: { $0 == "," }).map { $0.trimmingEdges(where: \.isWhitespace) }.filter { !$0.isEmpty }
        while let first = segments.first, segments.count > 1, first.allSatisfy({ $0.isNumber || $0.isWhitespace }) {
            segments.removeFirst()
        }
        let head = segments.first ?? raw
        places.append(contentsOf: segments.dropFirst())

        self.spoken = Self.speakable(head)
        self.nameText = head
        self.aliases = aliases
        self.places = places
        self.searchableAliases = searchable
    }

    /// Notes ("No cashless for Deluxe Wards") are never spoken but stay findable like aliases.
    private enum GroupKind { case alias(String), place(String), note(String) }

    private static let aliasLeads = [
        "originally incorporated with the name of", "originally incorporated as", "previously incorporated as",
        "formerly known as", "formerly", "earlier known as", "earlier", "previously", "old name", "erstwhile",
        "operated and managed by", "operated & managed by", "operated by", "managed by", "run by", "a unit of", "unit of",
    ]

    private static func classify(_ group: String) -> GroupKind {
        let text = group.trimmedOfPunctuation
        let lower = text.lowercased()
        if lower.contains("cashless") || lower.contains("only for") { return .note(text) }
        for lead in aliasLeads where lower.hasPrefix(lead) {
            let rest = text.dropFirst(lead.count).trimmedOfPunctuation
            return .alias(rest)
        }
        let words = TextNormalizer.tokens(text)
        let generic = words.contains { TextNormalizer.genericWords.contains($0) || TextNormalizer.legalWords.contains($0) }
        if words.count <= 3 && !generic && words.count > 0 && !(words.count == 1 && words[0].count <= 4 && text == text.uppercased()) {
            // "(Rohini)", "(KOLKATA)", "(Hebbal)": a place. Short all-capital words ("HCG") are brands.
            return .place(text)
        }
        return .alias(text)
    }

    /// Legal suffixes removed, capitals made speakable, abbreviations kept as letters.
    static func speakable(_ text: String) -> String {
        var words = text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        while let last = words.last {
            let token = TextNormalizer.tokens(last)
            if token.isEmpty || token.allSatisfy({ TextNormalizer.legalWords.contains($0) }) { words.removeLast() } else { break }
        }
        // "Kids Clinic India Pvt Ltd" → drop the legal words wherever they stand.
        words = words.filter { word in
            let token = TextNormalizer.tokens(word)
            return token.isEmpty ? word != "." : !token.allSatisfy({ TextNormalizer.legalWords.contains($0) })
        }
        let shouting = !text.contains(where: { $0.isLowercase })
        let cased = words.map { shouting ? titleCased($0) : $0 }
        var result = cased.joined(separator: " ")
        while let last = result.last, ".,-:;&".contains(last) || last == " " { result.removeLast() }
        return result.isEmpty ? text.trimmingEdges(where: \.isWhitespace) : result
    }

    /// "MANIPAL" → "Manipal", "SAI" → "Sai"; abbreviations such as "HCG", "ASG" and "BMRI" stay
    /// in capitals so the voice spells them.
    static func titleCased(_ word: String) -> String {
        let letters = Array(word.lowercased().filter(\.isLetter))
        let isVowel: (Character) -> Bool = { "aeiou".contains($0) }
        let vowels = letters.filter(isVowel).count
        let syllableStart = letters.count >= 2 && !isVowel(letters[0]) && isVowel(letters[1])
        if letters.count <= 4 && vowels <= 1 && !syllableStart && !shortWords.contains(String(letters)) { return word }
        guard let first = word.first else { return word }
        return String(first).uppercased() + word.dropFirst().lowercased()
    }

    /// Short words that are words, not abbreviations.
    static let shortWords: Set<String> = ["om", "and", "eye", "of", "the", "st", "dr", "new", "old", "east", "west", "road", "an", "at"]
}
