/// A city or region named in an utterance, and the words it took up.
public struct PlaceMention: Sendable, Equatable {
    public let place: Place
    /// Positions of the words in the utterance's tokens.
    public let words: Range<Int>
}
