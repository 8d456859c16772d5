/// A place as a caller means it, resolved to the directory's cities: what listings, counts and
/// confirmations are asked about.
public enum Place: Hashable, Sendable, Codable {
    case city(City)
    /// A group of cities a caller names together ("Delhi NCR"); `name` is how it was said.
    case region(name: String, cities: [City])
    /// An area within a city ("Whitefield"), by the caller's words, optionally pinned to a city.
    case area(words: [String], city: City?)
}
