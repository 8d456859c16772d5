import HospitalSearch

/// A hospital said by its whole listed name: evidence that outweighs what its words are one by one.
extension Interpreter {
    /// The run of `tokens` that says a listed hospital's name whole ("Sankara Nethralaya", "First
    /// Eye Care"), when the list's evidence is enough: a word of its own beside the words of a
    /// kind, and three words or more when each such word is a common word of a language as well
    /// ("Family Care Hospitals", not "Good Hospital"); never a place the list writes, unless the
    /// caller says what kind of place it is ("Kalyan Nagar Hospital"). The longest, if several;
    /// its words are marked `used`, so that nothing else takes them.
    func wholeName(in tokens: [String], marking used: inout [Bool]) -> Range<Int>? {
        let whole = directory.wholeNames(in: tokens).map(\.words).filter { [used] span in
            guard !span.contains(where: { used[$0] }) else { return false }
            let words = Array(tokens[span])
            let own = words.filter { !TextNormalizer.genericWords.contains($0) }
            guard !own.isEmpty, words.count >= 3 || !own.allSatisfy(Self.commonWords.contains) else { return false }
            return words.contains(where: TextNormalizer.genericWords.contains) || !directory.isPlacePhrase(words)
        }.max { $0.count < $1.count }.map { extended($0, in: tokens, besides: used) }
        for position in whole ?? 0..<0 { used[position] = true }
        return whole
    }

    /// The whole name gone on with "and" and words of a kind ("… Hospital and Research"), as
    /// names do: no second ask.
    private func extended(_ span: Range<Int>, in tokens: [String], besides used: [Bool]) -> Range<Int> {
        var end = span.upperBound
        guard end + 1 < tokens.count, tokens[end] == "and", Self.kindWord(tokens[end + 1]) else { return span }
        end += 1
        while end < tokens.count, !used[end], Self.kindWord(tokens[end]) { end += 1 }
        return span.lowerBound..<end
    }

    private static func kindWord(_ word: String) -> Bool {
        TextNormalizer.genericWords.contains(word) && !joiningWords.contains(word)
    }

    private static let joiningWords: Set<String> = ["and", "of", "the", "a", "an", "for"]

    /// The name looked up and said of a whole name: its words without the noun that frames it
    /// ("Jehangir" of "Jehangir Hospital", as when the rules take it word by word), keeping the
    /// words of a kind it needs ("First Eye Care").
    func wholeNamePositions(_ span: Range<Int>, in tokens: [String]) -> [Int] {
        var end = span.upperBound
        while end - 1 > span.lowerBound, Self.framingNouns.contains(tokens[end - 1]) { end -= 1 }
        return Array(span.lowerBound..<end)
    }

    static let framingNouns: Set<String> = ["hospital", "clinic", "polyclinic", "nursing", "home"]

    /// The tokens with a whole name's words blanked: "First Eye Care" holds no ordinal.
    static func blanking(_ whole: Range<Int>?, in tokens: [String]) -> [String] {
        guard let whole else { return tokens }
        return tokens.indices.map { whole.contains($0) ? "" : tokens[$0] }
    }
}
