import Testing

@testable import HospitalSearch

/// Every hospital of the real list, said in Kannada (as the `kn-IN` recogniser writes an English
/// name), finds itself (``ScriptNames``). Marathi is written in Devanagari and read as Hindi is,
/// so ``DevanagariNamesTests``' figure is Marathi's too.
@Suite("Kannada names on the real list")
struct KannadaNamesTests {
    /// The share found when this was written, less a little for a changed list.
    static let floor = 0.95

    @Test("Every listed hospital, said in Kannada, is found in its city or offered as a close name")
    func everyHospitalFindsItself() async throws {
        try await ScriptNames.expectEveryHospitalFindsItself(in: .kannada, floor: Self.floor)
    }
}
