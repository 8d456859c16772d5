/// One row of a network list, exactly as the file gives it (trimmed).
struct HospitalRecord: Sendable, Equatable {
    var name: String
    var address: String
    var city: String
}
