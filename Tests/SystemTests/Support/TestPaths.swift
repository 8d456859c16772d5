import Foundation
import TestSupport
import Testing

/// Where the tests find the built executables and the shared data.
enum TestPaths {
    /// The package root.
    static let packageRoot: URL = PackagePaths.root

    /// The real network list, kept outside the project (it is not ours to redistribute).
    static let networkList: String = PackagePaths.networkList

    /// The folder holding `gateway` and `brain`: the one the test runner was built into.
    static let binaries: URL = {
        if let override = ProcessInfo.processInfo.environment["LOOPAI_BIN_DIR"] { return URL(fileURLWithPath: override) }
        var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        // swift-testing on Linux runs `<build>/<pkg>PackageTests.xctest`; on macOS a bundle's inner binary.
        while url.pathComponents.count > 1 {
            url.deleteLastPathComponent()
            if FileManager.default.isExecutableFile(atPath: url.appendingPathComponent("gateway").path) { return url }
        }
        return packageRoot.appendingPathComponent(".build/debug")
    }()

    static func binary(_ name: String) -> String { binaries.appendingPathComponent(name).path }

    /// Fails the test with a clear message when the real network list is missing.
    static func requireNetworkList() throws -> String {
        guard FileManager.default.fileExists(atPath: networkList) else {
            Issue.record("The real network list is missing at \(networkList) (set LOOPAI_NETWORK_CSV to its path).")
            throw CancellationError()
        }
        return networkList
    }

    /// A fresh temporary directory for one test.
    static func temporaryDirectory(_ name: String) throws -> URL { try PackagePaths.temporaryDirectory(name) }
}
