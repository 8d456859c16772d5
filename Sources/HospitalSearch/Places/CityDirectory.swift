/// The one table of place names Loop AI knows: every city the network list may use, how people
/// and speech recognisers say it, and which localities belong to it.
///
/// Lookups are by normalised phrase (lowercase words joined by single spaces, see
/// ``TextNormalizer/phrase(_:)``). To teach Loop AI a new city, spelling or locality, edit this
/// table only; nothing else in the code names a city.
struct CityDirectory: Sendable {
    /// One canonical city.
    struct Entry: Sendable {
        /// How Loop AI says it, e.g. "Bengaluru".
        let name: String
        /// Other names, old names, abbreviations and common mis-hearings.
        let aliases: [String]
        /// Localities that appear in a network list's CITY column but belong to this city,
        /// e.g. Dwarka and Rohini for New Delhi. A hospital listed under one is a hospital of this
        /// city, and stays findable by the locality's name.
        let localities: [String]
    }

    /// Cities with network hospitals, or that commonly appear in a network list.
    static let entries: [Entry] = [
        Entry(
            name: "New Delhi",
            aliases: ["delhi", "new delhi", "newdelhi", "dilli", "deli", "delhi ncr", "new deli", "nd"],
            localities: [
                "west delhi", "east delhi", "north delhi", "south delhi", "dwarka", "rohini", "shahdara",
                "janakpuri", "pitampura", "saket", "najafgarh", "narela",
            ]),
        Entry(
            name: "Gurugram",
            aliases: ["gurugram", "gurgaon", "ggn", "gurgoan", "gurugaon", "gudgaon", "gurgram"],
            localities: []),
        Entry(
            name: "Faridabad",
            aliases: ["faridabad", "fbd", "faridabaad"],
            localities: ["ballabgarh", "ballabhgarh", "greater faridabad"]),
        Entry(
            name: "Ghaziabad",
            aliases: ["ghaziabad", "gzb", "gaziabad", "ghaziabaad"],
            localities: ["indirapuram", "vaishali", "vasundhara", "kaushambi", "raj nagar"]),
        Entry(
            name: "Noida",
            aliases: ["noida", "noyda"],
            localities: []),
        Entry(
            name: "Greater Noida",
            aliases: ["greater noida", "gr noida", "greater noida ext", "greater noida extension", "greater noida west", "noida extension"],
            localities: []),
        Entry(
            name: "Mumbai",
            aliases: ["mumbai", "bombay", "mumbay", "bumbai", "mum"],
            localities: ["navi mumbai", "new bombay"]),
        Entry(
            name: "Bengaluru",
            aliases: [
                "bengaluru", "bangalore", "banglore", "bengalooru", "bangaluru", "bengalore", "bangalor", "bengaluru rural",
                "bangalore rural", "bangalore urban", "blr", "bengluru", "bangalure",
            ],
            localities: []),
        Entry(
            name: "Pune",
            aliases: ["pune", "poona", "puna", "punay"],
            localities: ["pimpri chinchwad", "pimpri", "chinchwad"]),
        Entry(
            name: "Kolkata",
            aliases: ["kolkata", "calcutta", "kolkatta", "culcutta", "kolkotta"],
            localities: ["salt lake", "new town"]),
        Entry(name: "Bhiwani", aliases: ["bhiwani"], localities: []),
        Entry(name: "Rewari", aliases: ["rewari"], localities: []),
        Entry(name: "Palwal", aliases: ["palwal"], localities: []),
        Entry(name: "Moradabad", aliases: ["moradabad"], localities: []),
        Entry(name: "Agra", aliases: ["agra"], localities: []),
        Entry(name: "Prayagraj", aliases: ["prayagraj", "allahabad"], localities: []),
        Entry(name: "Gorakhpur", aliases: ["gorakhpur"], localities: []),
        Entry(name: "Bahadurgarh", aliases: ["bahadurgarh"], localities: []),
        Entry(name: "Sonipat", aliases: ["sonipat", "sonepat"], localities: []),
        Entry(name: "Panipat", aliases: ["panipat"], localities: []),
        Entry(name: "Meerut", aliases: ["meerut"], localities: []),
    ]

    /// Major Indian cities a caller may ask about that a network list may not cover, so that Loop AI
    /// can say "no network hospitals in Chennai" rather than not understanding.
    static let otherKnownCities: [Entry] = [
        Entry(name: "Chennai", aliases: ["chennai", "madras"], localities: []),
        Entry(name: "Hyderabad", aliases: ["hyderabad", "secunderabad"], localities: []),
        Entry(name: "Ahmedabad", aliases: ["ahmedabad", "amdavad"], localities: []),
        Entry(name: "Jaipur", aliases: ["jaipur"], localities: []),
        Entry(name: "Lucknow", aliases: ["lucknow"], localities: []),
        Entry(name: "Kochi", aliases: ["kochi", "cochin"], localities: []),
        Entry(name: "Chandigarh", aliases: ["chandigarh"], localities: []),
        Entry(name: "Indore", aliases: ["indore"], localities: []),
        Entry(name: "Bhopal", aliases: ["bhopal"], localities: []),
        Entry(name: "Nagpur", aliases: ["nagpur"], localities: []),
        Entry(name: "Surat", aliases: ["surat"], localities: []),
        Entry(name: "Patna", aliases: ["patna"], localities: []),
        Entry(name: "Visakhapatnam", aliases: ["visakhapatnam", "vizag"], localities: []),
        Entry(name: "Coimbatore", aliases: ["coimbatore"], localities: []),
        Entry(name: "Mysuru", aliases: ["mysuru", "mysore"], localities: []),
        Entry(name: "Mangaluru", aliases: ["mangaluru", "mangalore"], localities: []),
        Entry(name: "Goa", aliases: ["goa", "panaji", "panjim"], localities: []),
        Entry(name: "Bhubaneswar", aliases: ["bhubaneswar"], localities: []),
        Entry(name: "Guwahati", aliases: ["guwahati"], localities: []),
        Entry(name: "Thiruvananthapuram", aliases: ["thiruvananthapuram", "trivandrum"], localities: []),
        Entry(name: "Varanasi", aliases: ["varanasi", "banaras", "benares"], localities: []),
        Entry(name: "Kanpur", aliases: ["kanpur"], localities: []),
        Entry(name: "Nashik", aliases: ["nashik", "nasik"], localities: []),
        Entry(name: "Dehradun", aliases: ["dehradun"], localities: []),
        Entry(name: "Ludhiana", aliases: ["ludhiana"], localities: []),
        Entry(name: "Amritsar", aliases: ["amritsar"], localities: []),
        Entry(name: "Raipur", aliases: ["raipur"], localities: []),
        Entry(name: "Ranchi", aliases: ["ranchi"], localities: []),
        Entry(name: "Vadodara", aliases: ["vadodara", "baroda"], localities: []),
        Entry(name: "Madurai", aliases: ["madurai"], localities: []),
    ]

    /// Canonical name → the phrases of its name and aliases, worked out once (addresses are
    /// checked against them whenever one is read out).
    static let namePhrases: [String: Set<String>] = Dictionary(
        entries.map { entry in (entry.name, Set(([entry.name] + entry.aliases).map(TextNormalizer.phrase))) },
        uniquingKeysWith: { first, _ in first })

    /// A group a caller may name that spans several cities ("Delhi NCR").
    static let regions: [(phrase: String, cities: [String])] = [
        ("ncr", ["New Delhi", "Gurugram", "Noida", "Greater Noida", "Ghaziabad", "Faridabad"]),
        ("delhi ncr", ["New Delhi", "Gurugram", "Noida", "Greater Noida", "Ghaziabad", "Faridabad"]),
        ("national capital region", ["New Delhi", "Gurugram", "Noida", "Greater Noida", "Ghaziabad", "Faridabad"]),
    ]

    /// Words in an address that name a state or country rather than a locality.
    static let regionWords: Set<String> = [
        "india", "karnataka", "maharashtra", "haryana", "uttar pradesh", "up", "west bengal", "wb", "delhi ncr", "ncr", "mh", "ka",
    ]
}
