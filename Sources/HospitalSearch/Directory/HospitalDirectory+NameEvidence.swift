/// How strongly the list backs a caller's word as part of a hospital's name, strongest last.
///
/// The understanding stage weighs this against how ordinary the word is in the caller's language:
/// "thinking" is near enough to some listed word to be ``soundsLike``, but an ordinary word with
/// nothing better is the caller's own, never a name.
public enum NameEvidence: Int, Comparable, Sendable {
    /// No listed name has the word or anything like it.
    case none
    /// A listed name has a word that sounds or is spelt like it (a mis-heard name, or chance).
    case soundsLike
    /// Heard in Devanagari, it has the consonants of a listed name word, enough of them (three or
    /// more) to tell names apart: "vokhart" is Wockhardt. Devanagari spells an English name only
    /// as closely as its sounds, so this is as near as such a word gets.
    case consonants
    /// A listed name has the word as a recogniser would spell it: one letter off, or a spelling of
    /// Devanagari that cannot show vowel length, `w`/`v`, doubled letters ("jivan" for Jeevan).
    case spelt
    /// A listed name has exactly this word.
    case exact

    public static func < (lhs: NameEvidence, rhs: NameEvidence) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A caller's word as the list knows it: how close the nearest listed name word is, and how many
/// listed hospitals carry that word in their name ("max": 15, a brand; "soch": one hospital).
public struct NameLink: Sendable, Equatable {
    public let evidence: NameEvidence
    public let hospitals: Int
}

extension HospitalDirectory {
    /// The list's evidence that `word` (tokenised) is part of a hospital's name.
    /// `heardIn`: in any script but Latin the word is ICU's Latin for one said in it.
    public func nameLink(for word: String, heardIn: Script = .latin) -> NameLink {
        if let id = index.vocabulary.id(of: word), !index.namePostings[Int(id)].isEmpty {
            return NameLink(evidence: .exact, hospitals: index.namePostings[Int(id)].count)
        }
        // "SGRH", "BLK": the initials of listed names.
        let initials = index.initialisms[word]
        if !initials.isEmpty { return NameLink(evidence: .spelt, hospitals: initials.count) }
        let spellings =
            heardIn.isTransliterated ? index.vocabulary.heardSpellings(of: word) : index.vocabulary.expansions(of: word).filter { $0.quality >= 0.8 }
        let spelt = spellings.map { index.namePostings[Int($0.word)].count }.filter { $0 > 0 }
        if let most = spelt.max() { return NameLink(evidence: .spelt, hospitals: most) }
        if heardIn.isTransliterated, Skeleton.key(word).utf8.count >= 3 {
            let alike = index.vocabulary.heardAlikes(of: word).map { index.namePostings[Int($0.word)].count }.filter { $0 > 0 }
            if let most = alike.max() { return NameLink(evidence: .consonants, hospitals: most) }
        }
        return NameLink(evidence: knows(word, heardIn: heardIn) ? .soundsLike : .none, hospitals: 0)
    }

    /// True when the two words stand together, in this order, in some listed name: "Rajiv Gandhi"
    /// is a name though both its words are ordinary.
    public func isNamePair(_ first: String, _ second: String) -> Bool {
        namePairs["\(first) \(second)"] != nil
    }

    /// How many listed names hold the two words together, in this order ("eye care": many).
    public func namePairCount(_ first: String, _ second: String) -> Int {
        namePairs["\(first) \(second)"] ?? 0
    }

    /// True when the two words stand together, in this order, in some address ("Pusa Road",
    /// "Vasant Kunj"), whether or not a hospital is also named after them.
    public func isAddressPair(_ first: String, _ second: String) -> Bool {
        addressPairs.contains("\(first) \(second)")
    }

    /// True when the two words stand together in some address and in no listed name: a locality
    /// said as addresses write it ("Malviya Nagar", "Karol Bagh"), even with no "in" before it.
    public func isLocalityPair(_ first: String, _ second: String) -> Bool {
        addressPairs.contains("\(first) \(second)") && namePairs["\(first) \(second)"] == nil
    }

    /// The listed name a city's name begins when the caller's next words go on as it does:
    /// "bombay hospital" is Bombay Hospital & Medical Research Centre's "bombay hospital", "pune
    /// nethralaya" Pune Netralaya's. `words` start with the city's word as said (in any script's
    /// Latin, matched by its consonants); the answer is the listed words matched, two or more.
    public func nameBegunByCity(_ words: ArraySlice<String>) -> [String]? {
        guard let first = words.first, let names = namedAfterCity[Skeleton.key(first)] else { return nil }
        var best: [String]?
        for name in names {
            var matched = 1
            while matched < name.count, words.startIndex + matched < words.endIndex,
                Skeleton.spelling(words[words.startIndex + matched]) == Skeleton.spelling(name[matched])
            {
                matched += 1
            }
            if matched >= 2, matched > (best?.count ?? 1) { best = Array(name.prefix(matched)) }
        }
        return best
    }
}
