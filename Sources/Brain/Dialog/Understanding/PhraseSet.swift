import HospitalSearch

/// A list of phrases, normalised once, that can be looked for in an utterance's tokens.
///
/// Phrases are kept by their first word, so looking for them costs a dictionary look-up per token
/// of the utterance rather than a scan of every phrase (this runs for every list on every turn).
struct PhraseSet: Sendable {
    /// First word → the phrases that start with it.
    private let byFirstWord: [String: [[String]]]
    /// Every word of every phrase.
    let words: Set<String>

    init(_ phrases: [String]) {
        let tokenized = phrases.map(TextNormalizer.tokens).filter { !$0.isEmpty }
        self.byFirstWord = Dictionary(grouping: tokenized, by: { $0[0] })
        self.words = Set(tokenized.joined())
    }

    /// The phrases found at `start`, as the ranges they cover.
    private func matches(in tokens: [String], at start: Int) -> [Range<Int>] {
        guard let candidates = byFirstWord[tokens[start]] else { return [] }
        return candidates.compactMap { phrase in
            let end = start + phrase.count
            return end <= tokens.count && tokens[start..<end].elementsEqual(phrase) ? start..<end : nil
        }
    }

    /// The position and length of the first phrase found in `tokens`.
    func firstMatch(in tokens: [String]) -> Range<Int>? {
        for start in tokens.indices {
            if let found = matches(in: tokens, at: start).first { return found }
        }
        return nil
    }

    func matches(_ tokens: [String]) -> Bool { firstMatch(in: tokens) != nil }

    /// The position and length of the phrase that ends last in `tokens`.
    func lastMatch(in tokens: [String]) -> Range<Int>? {
        var best: Range<Int>?
        for start in tokens.indices {
            for found in matches(in: tokens, at: start) where best.map({ found.upperBound > $0.upperBound }) ?? true { best = found }
        }
        return best
    }

    /// True when the tokens are nothing but phrases of this set (and filler).
    func coversAll(_ tokens: [String], ignoring filler: Set<String> = []) -> Bool {
        var covered = Array(repeating: false, count: tokens.count)
        for start in tokens.indices {
            for found in matches(in: tokens, at: start) {
                for index in found { covered[index] = true }
            }
        }
        return !tokens.isEmpty && tokens.indices.allSatisfy { covered[$0] || filler.contains(tokens[$0]) }
    }
}
