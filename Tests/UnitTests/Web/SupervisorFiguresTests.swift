import Foundation
import Testing

@testable import Brain
@testable import Gateway
@testable import HospitalSearch
@testable import Shared

/// The figures supervisors read: names not in the list, hand-offs, conversations, counts said right.
@Suite("Supervisors' figures")
struct SupervisorFiguresUnitTests {
    static func counts(_ pairs: [(String, Int)]) -> [(name: String, count: Int)] { pairs.map { (name: $0.0, count: $0.1) } }

    @Test("Spellings of one name in one city are one entry, named by the spelling most asked; another city is another entry; channels are said")
    func notInListMerged() {
        let merged = NotInList.merged(
            labels: [
                ("calls", Self.counts([("Zyxwv Galactic (Pune)", 3), ("Apollo Cradel (Mumbai)", 1)])),
                ("web", Self.counts([("Zyxwv Galactik (Pune)", 1), ("Zyxwv Galactic (Mumbai)", 1)])),
                ("SMS", Self.counts([("Zyxwv  galactic (Pune)", 1), ("Old Name", 2)])),
            ], limit: 12)
        #expect(merged.first == NotInList(name: "Zyxwv Galactic", city: "Pune", count: 5, channels: ["calls", "web", "SMS"]), "\(merged)")
        #expect(merged.contains(NotInList(name: "Zyxwv Galactic", city: "Mumbai", count: 1, channels: ["web"])))
        #expect(merged.contains(NotInList(name: "Old Name", city: nil, count: 2, channels: ["SMS"])), "a name noted before cities were has none")
        #expect(NotInList.parse("Care (Whitefield, Bengaluru)") == ("Care", "Whitefield, Bengaluru"))
        #expect(NotInList.spellingKey("Manipaal Hospitals") == NotInList.spellingKey("Manipal Hospital"))
        #expect(NotInList.spellingKey("Zyxwv") != NotInList.spellingKey("Galactic"))
    }

    @Test("A name noted on a turn carries the city asked for; one the list holds in another city, or has other branches of here, is not noted")
    func notedOnlyWhenTheListLacksIt() {
        let pune = City(name: "Pune")
        #expect(NotInListLabel.label(words: ["zyxwv", "galactic"], asked: .city(pune), sameNameHere: [], otherCities: []) == "Zyxwv Galactic (Pune)")
        #expect(NotInListLabel.label(words: ["zyxwv"], asked: nil, sameNameHere: [], otherCities: []) == "Zyxwv")
        #expect(NotInListLabel.label(words: ["ruby", "hall"], asked: .city(pune), sameNameHere: [], otherCities: [pune]) == nil)
        let branch = SpokenHospital(name: "Ruby Hall Clinic", area: nil, address: "40 Sassoon Road", city: "Pune")
        #expect(NotInListLabel.label(words: ["ruby", "hall", "baner"], asked: .city(pune), sameNameHere: [branch], otherCities: []) == nil)
    }

    @Test("One hand-off definition: calls put through (answered or not), apart from callers who asked with nobody to put through")
    func handoffs() {
        let counters = [
            "calls": 10, "handoff:completed": 2, "handoff:no-answer": 1, "handoff:busy": 1, "outcome:hand-off": 4, "outcome:voicemail": 1, "outcome:found": 5,
        ]
        let summary = CallSummary(counters: counters, places: [:], notFound: [:], from: 0, to: 0)
        let handoffs = Handoffs(summary)
        #expect(handoffs.total == 4 && handoffs.answered == 2 && handoffs.unanswered == 2 && handoffs.askedWithoutAgent == 1)
        #expect(handoffs.withoutPerson(calls: summary.calls) == 5)
    }

    @Test("A page load's greeting starts no web conversation; its first question does, the next ones do not; a text starts one when none is open")
    func conversationsCounted() {
        let engine = try? DialogEngine(directory: Fixture.network())
        guard let engine else { Issue.record("no fixture"); return }
        func web(_ text: String) -> Turn {
            Turn(id: .random(), conversation: .search(.random()), payload: .web(text: text), receivedAt: 0, replyTo: "r")
        }
        let loaded = engine.answer(.typed("", language: nil), state: nil).decision.state
        #expect(!ConversationCount.starts(web(""), previous: nil))
        #expect(ConversationCount.starts(web("hospitals in Pune"), previous: loaded))
        let asked = engine.answer(.typed("hospitals in Pune", language: nil), state: loaded).decision.state
        #expect(!ConversationCount.starts(web("more"), previous: asked))
        #expect(ConversationCount.starts(web("hospitals in Pune"), previous: nil), "a question without a page load (the API) starts one")
    }

    @Test("Counts are said right: '1 text failed', '2 texts failed', '1 caller was put on hold'")
    func plurals() {
        let one = AdminOverview.banners(brains: 1, queueDepth: 0, p99: nil, problems: [.textFailed: (recent: 1, quarter: 1), .held: (recent: 1, quarter: 1), .recordingFailed: (recent: 0, quarter: 1)])
        #expect(one.contains { $0.text.hasPrefix("1 text failed") } && one.contains { $0.text.hasPrefix("1 caller was put on hold") })
        #expect(one.contains { $0.text.hasPrefix("1 recording failed") })
        let two = AdminOverview.banners(brains: 1, queueDepth: 0, p99: nil, problems: [.textFailed: (recent: 0, quarter: 2)])
        #expect(two.contains { $0.text.hasPrefix("2 texts failed") })
    }
}
