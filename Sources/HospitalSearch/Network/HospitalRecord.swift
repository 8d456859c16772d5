/// One row of a network list, exactly as the file gives it (trimmed).
public struct HospitalRecord: Sendable, Equatable {
    public var name: String
    public var address: String
    public var city: String

    public init(name: String, address: String, city: String) {
        self.name = name
        self.address = address
        self.city = city
    }
}
