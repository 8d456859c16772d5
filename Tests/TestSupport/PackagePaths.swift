import Foundation

/// Where both test tiers find the package, its fixtures and the real network list.
public enum PackagePaths {
    /// The package root (two levels above this file's folder).
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The unit tests' network list: a few hundred made-up hospitals in the real list's shape and
    /// mess, checked in, so unit tests run on a fresh clone (`Tests/Fixtures/make-network-fixture.py`).
    public static let fixtureList: String = root.appendingPathComponent("Tests/Fixtures/network-fixture.csv").path

    /// The real network list, kept outside the project (it is not ours to redistribute).
    public static let networkList: String = {
        if let override = ProcessInfo.processInfo.environment["LOOPAI_NETWORK_CSV"] { return override }
        return root.deletingLastPathComponent().appendingPathComponent("shared/data/network-hospitals.csv").path
    }()

    /// A fresh temporary directory for one test.
    public static func temporaryDirectory(_ name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("loopai-\(name)-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
