import Foundation
import Logging
import TestSupport

@testable import HospitalSearch

/// The unit tests' network list (`Tests/Fixtures/network-fixture.csv`), loaded once.
enum Fixture {
    struct Missing: Error, CustomStringConvertible {
        let description: String
    }

    static let loaded: Result<HospitalDirectory, any Error> = Result {
        try HospitalDirectory.load(path: PackagePaths.fixtureList, logger: Logger(label: "test")).get()
    }

    static func network() throws -> HospitalDirectory { try loaded.get() }

    static func index() throws -> HospitalIndex { try network().index }

    static func city(_ name: String) throws -> Int {
        guard let city = try index().places.city(named: TextNormalizer.phrase(name)) else { throw Missing(description: "no city \(name)") }
        return city
    }
}
