import TestSupport
import Testing

@testable import HospitalSearch

/// The real network list, read whole: every row is a hospital, none is skipped.
@Suite("The real network list")
struct RealListLoadingTests {
    @Test("The real network list loads completely")
    func realListLoads() throws {
        let loaded = try NetworkListLoader.load(path: TestPaths.requireNetworkList())
        #expect(loaded.records.count == 2179)
    }

    @Test("The unit tests' fixture list loads whole, with none of the real list's rows")
    func fixtureIsOurOwn() throws {
        let fixture = try NetworkListLoader.load(path: PackagePaths.fixtureList)
        #expect(fixture.records.count >= 200 && fixture.skippedCount == 0)
        let real = Set(try NetworkListLoader.load(path: TestPaths.requireNetworkList()).records.map { $0.name.lowercased() + "|" + $0.address.lowercased() })
        #expect(fixture.records.filter { real.contains($0.name.lowercased() + "|" + $0.address.lowercased()) }.isEmpty)
    }
}
