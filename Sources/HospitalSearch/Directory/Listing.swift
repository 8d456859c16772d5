/// One page of a place's network hospitals, and how many the place has in all.
public struct Listing: Sendable, Equatable {
    public let total: Int
    /// The page, in list order, named as they will be heard together.
    public let hospitals: [SpokenHospital]
}
