extension StringProtocol {
    /// The text without leading and trailing characters matching `predicate`: a cheap
    /// replacement for Foundation's `trimmingCharacters(in:)` on hot paths.
    public func trimmingEdges(where predicate: (Character) -> Bool) -> String {
        guard let first = firstIndex(where: { !predicate($0) }), let last = lastIndex(where: { !predicate($0) }) else { return "" }
        return String(self[first...last])
    }

    /// Without surrounding whitespace and punctuation.
    public var trimmedOfPunctuation: String {
        trimmingEdges { $0.isWhitespace || $0.isPunctuation || $0.isSymbol }
    }
}
