/// A network hospital the way Loop AI names it to a caller: its name without legal suffixes or
/// history, the area a caller would recognise, its address and city.
///
/// Kept in a call's session for follow-ups ("the address of the second one").
public struct SpokenHospital: Codable, Sendable, Equatable {
    public var name: String
    public var area: String?
    public var address: String
    public var city: String

    public init(name: String, area: String?, address: String, city: String) {
        self.name = name
        self.area = area
        self.address = address
        self.city = city
    }
}
