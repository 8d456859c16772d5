import Testing

@testable import Gateway
@testable import Shared

/// The console's banners use docs/operations.md's thresholds.
@Suite("Console alerts")
struct ConsoleAlertsTests {
    @Test("Quiet figures raise nothing; each threshold passed raises its banner, the critical ones first")
    func thresholds() {
        #expect(AdminOverview.banners(brains: 2, queueDepth: 10, p99: 1000, problems: [:]).isEmpty)
        let all = AdminOverview.banners(
            brains: 0, queueDepth: 11, p99: 2000,
            problems: [.held: (recent: 3, quarter: 3), .apologised: (recent: 1, quarter: 1), .textFailed: (recent: 0, quarter: 2), .recordingFailed: (recent: 0, quarter: 1)])
        #expect(all.map(\.level) == ["critical", "critical", "warning", "warning", "warning", "warning", "warning"])
        #expect(all[0].text.hasPrefix("No brain is alive"))
        #expect(all.contains { $0.text.hasPrefix("2 texts failed") } && all.contains { $0.text.hasPrefix("11 turns are waiting") })
        // Held callers count over 5 minutes only; failed texts over 15.
        #expect(AdminOverview.banners(brains: 1, queueDepth: 0, p99: nil, problems: [.held: (recent: 0, quarter: 4)]).isEmpty)
    }
}
