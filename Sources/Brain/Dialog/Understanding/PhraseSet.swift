import HospitalSearch

/// A list of phrases, normalised once, that can be looked for in an utterance's tokens.
struct PhraseSet: Sendable {
    private let phrases: [[String]]
    /// Every word of every phrase.
    let words: Set<String>

    init(_ phrases: [String]) {
        self.phrases = phrases.map(TextNormalizer.tokens).filter { !$0.isEmpty }
        self.words = Set(self.phrases.joined())
    }

    /// The position and length of the first phrase found in `tokens`.
    func firstMatch(in tokens: [String]) -> Range<Int>? {
        var best: Range<Int>?
        for phrase in phrases where phrase.count <= tokens.count {
            for start in 0...(tokens.count - phrase.count) where tokens[start] == phrase[0] {
                if Array(tokens[start..<(start + phrase.count)]) == phrase {
                    let range = start..<(start + phrase.count)
                    if best == nil || range.lowerBound < best!.lowerBound { best = range }
                    break
                }
            }
        }
        return best
    }

    func matches(_ tokens: [String]) -> Bool { firstMatch(in: tokens) != nil }

    /// The position and length of the phrase found last in `tokens` (the longest where several end there).
    func lastMatch(in tokens: [String]) -> Range<Int>? {
        var best: Range<Int>?
        for phrase in phrases where phrase.count <= tokens.count {
            for start in stride(from: tokens.count - phrase.count, through: 0, by: -1) where tokens[start] == phrase[0] {
                if Array(tokens[start..<(start + phrase.count)]) == phrase {
                    let range = start..<(start + phrase.count)
                    if best == nil || range.upperBound > best!.upperBound { best = range }
                    break
                }
            }
        }
        return best
    }

    /// True when the tokens are nothing but phrases of this set (and filler).
    func coversAll(_ tokens: [String], ignoring filler: Set<String> = []) -> Bool {
        var covered = Array(repeating: false, count: tokens.count)
        for phrase in phrases where phrase.count <= tokens.count {
            for start in 0...(tokens.count - phrase.count) where Array(tokens[start..<(start + phrase.count)]) == phrase {
                for index in start..<(start + phrase.count) { covered[index] = true }
            }
        }
        return !tokens.isEmpty && tokens.indices.allSatisfy { covered[$0] || filler.contains(tokens[$0]) }
    }
}
