import HospitalSearch

/// A question about the network, complete enough to answer again or continue.
struct DialogRequest: Codable, Sendable, Equatable {
    enum Kind: String, Codable, Sendable {
        /// "Tell me three hospitals in Bengaluru."
        case list
        /// "How many network hospitals are there in Pune?"
        case count
        /// "Is Manipal Sarjapur in my network?"
        case confirm
    }

    var kind: Kind
    var place: Place?
    /// The words naming a hospital (for `confirm`).
    var name: [String] = []
    /// How many hospitals to name.
    var count: Int = DialogRequest.defaultCount
    /// How many of the list were already named (for "more").
    var offset: Int = 0
    /// True when the name was heard in another script (optional, so sessions saved before it still read).
    var heardIn: Script?
    /// True when the caller asked for the hospital's address with its name (optional, as above).
    var wantsAddress: Bool?
    /// Words of the name never said back: the caller's own words, which no listed name has
    /// (optional, as above).
    var unspoken: [String]?

    /// The name as it may be said back to the caller: without their own words.
    var spokenName: [String] { name.filter { !(unspoken ?? []).contains($0) } }

    static let defaultCount = 3
    /// The most hospitals named in one answer: more would not fit in one breath.
    static let maximumCount = 5

    /// The place a follow-up ("which are they?") may take from this request: a hospital's
    /// confirmation lends none.
    var placeToBorrow: Place? {
        switch kind {
        case .list, .count: return place
        case .confirm: return nil
        }
    }
}
