/// A city, region or locality named in an utterance, and the words it took up.
public struct PlaceMention: Sendable, Equatable {
    public let place: Place
    /// Positions of the words in the utterance's tokens.
    public let words: Range<Int>
    /// True when the words only sound or are spelt like the place's name ("Banglore").
    public var guessed = false
}
