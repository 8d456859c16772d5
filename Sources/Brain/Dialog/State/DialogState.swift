/// Everything the dialog remembers about one call between turns.
///
/// Stored as JSON in the call's Redis session, never in a worker's memory, so the next turn can
/// land on any brain. Places and hospitals are kept by name, not by index position, so a
/// session survives a network-list reload.
struct DialogState: Codable, Sendable, Equatable {
    var greeted = false
    var turns = 0
    /// Consecutive turns with no speech.
    var silences = 0
    /// Consecutive turns Loop AI did not understand.
    var misunderstood = 0
    /// The last question answered, for "more", "what about Mumbai?" and "how many are there?".
    var lastRequest: DialogRequest?
    /// The hospitals named in the last answer, in order, for "the second one".
    var mentioned: [SpokenHospital] = []
    /// The question Loop AI just asked, which a short reply ("Kolkata", "yes") answers.
    var pending: Pending?
    /// Set once the call is over (goodbye or hand-off); later turns only say goodbye again.
    var ended = false
}

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
    var place: PlaceReference?
    /// The words naming a hospital (for `confirm`).
    var name: [String] = []
    /// How many hospitals to name.
    var count: Int = DialogRequest.defaultCount
    /// How many of the list were already named (for "more").
    var offset: Int = 0

    static let defaultCount = 3
    /// The most hospitals named in one answer: more would not fit in one breath.
    static let maximumCount = 5
}

/// A place as the caller meant it, by name.
enum PlaceReference: Codable, Sendable, Equatable {
    case city(String)
    case region(name: String, cities: [String])
    /// An area within a city ("Whitefield"), optionally pinned to the city.
    case area(words: [String], city: String?)
}

/// A hospital as Loop AI named it to the caller.
struct SpokenHospital: Codable, Sendable, Equatable {
    var name: String
    var area: String?
    var address: String
    var city: String
}

/// What Loop AI just asked the caller.
enum Pending: Codable, Sendable, Equatable {
    /// "Which city are you looking in?" — the request waits for a city.
    case whichCity(DialogRequest)
    /// "Which area?" — the request waits for an area.
    case whichArea(DialogRequest)
    /// "Would you like to hear more?"
    case moreResults
    /// "Would you like me to name a few?" — yes runs this request.
    case suggestion(DialogRequest)
    /// "I heard '…'. Is that right?" — yes acts on the words.
    case heard(String)
    /// "Anything else I can help with?"
    case anythingElse
}
