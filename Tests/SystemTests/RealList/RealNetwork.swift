import Foundation
import Logging

@testable import Brain
@testable import HospitalSearch

/// The real network list, loaded once for all tests that read it.
enum RealNetwork {
    static let loaded: HospitalDirectory? = {
        guard FileManager.default.fileExists(atPath: TestPaths.networkList) else { return nil }
        return try? HospitalDirectory.load(path: TestPaths.networkList, logger: Logger(label: "test")).get()
    }()

    static func network() throws -> HospitalDirectory {
        _ = try TestPaths.requireNetworkList()
        guard let loaded else { throw RedisServerError(message: "the real network list did not load") }
        return loaded
    }

    static func index() throws -> HospitalIndex { try network().index }

    static func city(_ name: String) throws -> Int {
        guard let city = try index().places.city(named: TextNormalizer.phrase(name)) else {
            throw RedisServerError(message: "no city \(name)")
        }
        return city
    }
}
