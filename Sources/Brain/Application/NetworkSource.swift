import Config
import Foundation
import HospitalSearch
import Logging
import Shared

/// Where the network list comes from: `HOSPITALS_CSV`, or the demo list bundled with the brain.
enum NetworkSource {
    static func path(settings: Settings) -> String {
        if let configured = settings.string(.hospitalsCSV) { return configured }
        return bundledDemoList
    }

    /// The list a command-line tool works on (`--hospitals-csv`, else `HOSPITALS_CSV`, else the
    /// demo list), loaded quietly: a list that cannot be used is an error naming the file.
    static func directory(hospitalsCSV: String?) async throws -> HospitalDirectory {
        var overrides: [Setting: String] = [:]
        overrides[.hospitalsCSV] = hospitalsCSV
        let settings = try await Settings.load(overrides: overrides)
        var logger = Logger(label: "loopai.tool")
        logger.logLevel = .warning
        return try HospitalDirectory.load(path: path(settings: settings), logger: logger).get()
    }

    /// The project's own demo list, so a fresh checkout answers calls without any data.
    static var bundledDemoList: String {
        Bundle.module.path(forResource: "demo-hospitals", ofType: "csv") ?? "Sources/Brain/Resources/demo-hospitals.csv"
    }
}
