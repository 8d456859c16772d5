/// Listed names as a caller says one whole: the strongest evidence a run of words is a hospital.
///
/// Word by word, "First Eye Care" is an ordinal and two words of a kind, and "Sankara Nethralaya"
/// in "Sankara Nethralaya में मेडिक्लेम लगेगा क्या" reads as a place; said together, in the order a
/// listed name has them, they are that hospital. A name is said whole as the list writes it
/// without parentheses or legal suffix, or cut short after its own words ("Surana Sethia
/// Hospital" of "Surana Sethia Hospital & Research Centre").
struct WholeNames: Sendable {
    /// A form's words joined by spaces → how many listed hospitals go by it.
    let forms: [String: Int]
    /// Every form's first words, one or more, joined: a caller's run of words stops being read as
    /// a name as soon as no form begins with it, so most words cost one lookup.
    let beginnings: Set<String>

    init(names: [String]) {
        var forms: [String: Int] = [:]
        var beginnings = Set<String>()
        for name in names {
            for form in Set(Self.forms(of: name)) {
                forms[form.joined(separator: " "), default: 0] += 1
                for end in form.indices { beginnings.insert(form[...end].joined(separator: " ")) }
            }
        }
        self.forms = forms
        self.beginnings = beginnings
    }

    /// The ways a caller says `name` whole, each of two words or more with a word of its own: the
    /// spoken name's words, each run from its start that leaves off only words of a kind or a
    /// branch's number, and each that ends at a word of a kind.
    static func forms(of name: String) -> [[String]] {
        let text = name.contains(where: { $0 == "(" || $0 == "[" || $0 == "," }) ? NameParts(name).nameText : name
        let words = TextNormalizer.tokens(text).filter { !TextNormalizer.legalWords.contains($0) }
        // A branch's number ("Narayana Nethralaya 2", "… Unit 4") is left off as words of a kind are.
        let own = { (word: String) in !TextNormalizer.genericWords.contains(word) && !word.allSatisfy(\.isNumber) }
        guard let lastOwn = words.lastIndex(where: own) else { return [] }
        // Up to a word of a kind, too: "Chaudhary Eye Centre" of "Chaudhary Eye Centre And Laser Vision".
        let ends = words.indices.filter { end in end >= 1 && (end >= lastOwn || TextNormalizer.genericWords.contains(words[end])) }
        return ends.map { Array(words[...$0]) }.filter { form in form.contains(where: own) }
    }
}

/// A run of a caller's words that says a listed hospital's name whole.
public struct WholeName: Sendable, Equatable {
    /// Where in the caller's words.
    public let words: Range<Int>
    /// How many listed hospitals go by it.
    public let hospitals: Int
}

extension HospitalDirectory {
    /// The runs of `tokens` that say a listed name whole, left to right, the longest at each
    /// start, none overlapping.
    public func wholeNames(in tokens: [String]) -> [WholeName] {
        var found: [WholeName] = []
        var start = 0
        while start + 1 < tokens.count {
            var matched: WholeName?
            var said = tokens[start]
            var end = start + 1
            while wholeNames.beginnings.contains(said) {
                if end - start >= 2, let count = wholeNames.forms[said] { matched = WholeName(words: start..<end, hospitals: count) }
                guard end < tokens.count else { break }
                said += " " + tokens[end]
                end += 1
            }
            if let matched {
                found.append(matched)
                start = matched.words.upperBound
            } else {
                start += 1
            }
        }
        return found
    }

    /// True when the words name a place as the list writes places: a city, a locality of the CITY
    /// column, or words that stand together in some address other than in its own hospital's name
    /// ("Kalyan Nagar"; not "Sankara Nethralaya", whose address begins with its name).
    public func isPlacePhrase(_ words: [String]) -> Bool {
        let phrase = words.joined(separator: " ")
        if index.places.city(named: phrase) != nil || index.places.isLocality(phrase) { return true }
        return words.count > 1 && zip(words, words.dropFirst()).allSatisfy { placePairs.contains("\($0) \($1)") }
    }
}
