/// Facts about network hospitals that callers ask for and the network list does not hold.
enum MissingInfo: String, Sendable, Equatable, Codable, CaseIterable {
    case phoneNumber = "phone-number"
    case doctors
    case appointments
    case beds
    case claims
    case prices
}
