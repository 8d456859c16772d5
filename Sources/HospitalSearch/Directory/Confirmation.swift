/// The directory's answer to "is this hospital in my network": the only source of a yes.
public enum Confirmation: Sendable, Equatable {
    /// Exactly one listed hospital is the one named.
    case one(SpokenHospital)
    /// Several listed hospitals in one city answer the name; `named` are the first few, as they
    /// would be named together.
    case several(city: City, total: Int, named: [SpokenHospital])
    /// Listed hospitals in several cities answer the name, largest group first.
    case inCities([City])
    /// No listed hospital answers the name. `nearMisses` are other branches of the name in the
    /// place asked about (never to be called a match); `elsewhere` are other cities where the
    /// name is in the network.
    case notFound(nearMisses: [SpokenHospital], elsewhere: [City])
}
