/// Hospitals by the initials callers use for them: "BLK" for B L Kapur Memorial Hospital, "RGCI"
/// for Rajiv Gandhi Cancer Institute, "SGRH" for Sir Ganga Ram Hospital.
///
/// A name's initials are the first letters of its words, leaving out "and", "of", "the" and legal
/// words; every run of the first two to five of them is a key. Only a said word that is not a word
/// of the list is tried as initials, so "Max" or "Ruby" never turn into letters; other words said
/// with it ("BL Kapur") must be in the name too.
enum Initialisms {
    static let skipped: Set<String> = ["and", "of", "the", "a", "an"]

    static func table(names: [String]) -> HashedPostings {
        var table: [(key: String, id: UInt32)] = []
        for (hospital, name) in names.enumerated() {
            // Initials end at a bracket: "(A Unit Of …)" is not part of what callers say.
            let said = name.split(separator: "(").first.map(String.init) ?? name
            // "B L Kapur": single letters are initials here, even those that are legal words elsewhere.
            let words = TextNormalizer.tokens(said).filter { !skipped.contains($0) && ($0.count == 1 || !TextNormalizer.legalWords.contains($0)) }
            let letters = words.compactMap(\.first).filter(\.isLetter)
            guard letters.count >= 2 else { continue }
            for length in 2...min(5, letters.count) { table.append((String(letters.prefix(length)), UInt32(hospital))) }
        }
        return HashedPostings(table)
    }
}
