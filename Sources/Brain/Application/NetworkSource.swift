import Foundation
import Shared

/// Where the network list comes from: `HOSPITALS_CSV`, or the demo list bundled with the brain.
enum NetworkSource {
    static func path(settings: Settings) -> String {
        if let configured = settings.string(.hospitalsCSV) { return configured }
        return bundledDemoList
    }

    /// The project's own demo list, so a fresh checkout answers calls without any data.
    static var bundledDemoList: String {
        Bundle.module.path(forResource: "demo-hospitals", ofType: "csv") ?? "Sources/Brain/Resources/demo-hospitals.csv"
    }
}
