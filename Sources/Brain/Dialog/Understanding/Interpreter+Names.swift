import HospitalSearch
import Shared

/// Whether words are a hospital's name: list evidence, or the caller framing them as one.
extension Interpreter {
    /// Words after a name that say it is a hospital's: "Lilavati hospital", "Saifee clinic".
    static let hospitalNouns: Set<String> = [
        "hospital", "clinic", "nursing", "polyclinic", "medical", "healthcare", "institute", "maternity", "eye", "hospitality",
        "nethralaya", "memorial", "multispeciality", "superspeciality", "centre", "center",
    ]
    /// Words that may stand between a name and "in my network": a place, "in", "my", "mere".
    static let beforeNetworkPhrase: Set<String> = prepositions.union(["my", "our", "the", "mere", "mera", "meri", "hamare", "apne", "hai", "ki", "ke"])

    /// True when the unknown word at `position` is framed as a hospital's name: the run of name
    /// words it is in is followed by a word like "hospital", or (past a place) by "in my network",
    /// "covered", "network mein".
    func isFramedAsName(_ position: Int, in tokens: [String], candidates: [Int], places: [Bool]) -> Bool {
        var end = position + 1
        while candidates.contains(end), isNameCandidate(tokens[end]), !Self.hospitalNouns.contains(tokens[end]) { end += 1 }
        guard end < tokens.count else { return false }
        if Self.hospitalNouns.contains(tokens[end]) { return true }
        while end < tokens.count {
            if Self.networkQuestion.firstMatch(in: Array(tokens[end...]))?.lowerBound == 0 { return true }
            guard places[end] || Self.beforeNetworkPhrase.contains(tokens[end]) else { return false }
            end += 1
        }
        return false
    }

    /// A word that may be part of a hospital's name: not a request word, stop word, ordinal or
    /// digits. Number words the count did not take stay ("Cloud Nine"); the count's is already used.
    func isNameCandidate(_ word: String) -> Bool {
        !Self.requestWords.contains(word) && !TextNormalizer.stopWords.contains(word) && Self.ordinalWords[word] == nil && Int(word) == nil
    }

    /// A word the list knows, or could be a mis-heard or unknown hospital name (not a common English word).
    func isKnownOrNamelike(_ word: String) -> Bool {
        word.count >= 3 || (word.count == 2 && directory.hasExactly(word))
    }
}
