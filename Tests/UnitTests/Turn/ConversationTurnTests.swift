import Foundation
import Testing

@testable import Brain
@testable import Redis
@testable import Shared

/// Texts, web questions and searches through the whole turn path, on Redis in memory.
@Suite("Texts, web questions and searches, committed")
struct ConversationTurnTests {
    static let thread = ConversationID.textThread(CallSid.standIn(for: TurnHarness.caller.replyNumber))

    @Test("A text is answered with a text, counted in the texts' summary and against the number's allowance; no call record")
    func sms() async throws {
        let harness = try TurnHarness()
        let turn = try await harness.send(.sms(text: "hospitals in Pune", TurnHarness.caller), in: Self.thread)
        #expect(harness.reply(to: turn).contains("<Message>"))
        #expect(try harness.session(Self.thread).version == 1)
        let day = harness.records.days.name(turn.receivedAt)
        let counters = harness.redis.read { $0.hash(harness.keys.summaryKeys(.sms, day: day).counters) }
        #expect(counters[CallTally.Counter.turns] == "1" && counters[CallTally.Counter.calls] == "1")
        #expect(harness.events(CallSid.standIn(for: TurnHarness.caller.replyNumber)).isEmpty)
    }

    @Test("STOP is remembered and answered with nothing; the number's next text is left unanswered, its session untouched")
    func stop() async throws {
        let harness = try TurnHarness()
        let stop = try await harness.send(.sms(text: "STOP", TurnHarness.caller), in: Self.thread)
        #expect(harness.reply(to: stop) == TurnEffects.emptyTwiML)
        #expect(harness.redis.read { $0.hash(harness.keys.smsOptOuts) }[TextQuota.hash(TurnHarness.caller.replyNumber ?? "")] != nil)
        let version = try harness.session(Self.thread).version
        let next = try await harness.send(.sms(text: "hospitals in Pune", TurnHarness.caller), in: Self.thread)
        #expect(harness.reply(to: next) == TurnEffects.emptyTwiML)
        #expect(try harness.session(Self.thread).version == version)
        try await harness.send(.sms(text: "START", TurnHarness.caller), in: Self.thread)
        #expect(harness.redis.read { $0.hash(harness.keys.smsOptOuts) }.isEmpty)
    }

    @Test("A text from a country Loop AI does not text is left unanswered")
    func foreignSender() async throws {
        let harness = try TurnHarness()
        let foreign = Turn.Caller(masked: "+44******0000", replyNumber: "+447700900000")
        let turn = try await harness.send(.sms(text: "hospitals in Pune", foreign), in: .textThread(CallSid.standIn(for: foreign.replyNumber)))
        #expect(harness.reply(to: turn) == TurnEffects.emptyTwiML)
        #expect(try harness.session(.textThread(CallSid.standIn(for: foreign.replyNumber))).state == nil)
    }

    @Test("A web question on a new conversation is greeted and answered in one JSON reply, counted in the web's summary")
    func web() async throws {
        let harness = try TurnHarness()
        let session = try #require(WebSessionID("web_" + String(repeating: "a", count: 48)))
        let turn = try await harness.send(.web(text: "hospitals in Pune"), in: .webSession(session))
        let reply = try JSONDecoder().decode(ConverseReply.self, from: Data(harness.reply(to: turn).utf8))
        #expect(reply.sessionID == session.value && !reply.items.isEmpty)
        #expect(try harness.session(.webSession(session)).state?.greeted == true)
        let counters = harness.redis.read { $0.hash(harness.keys.summaryKeys(.web, day: harness.records.days.name(turn.receivedAt)).counters) }
        #expect(counters[CallTally.Counter.turns] == "1")
    }

    @Test("A search is answered from the list and keeps no session")
    func search() async throws {
        let harness = try TurnHarness()
        let id = TurnID.random()
        let turn = try await harness.send(.search(Turn.SearchRequest(city: "Pune", limit: 2)), in: .search(id))
        let reply = try JSONDecoder().decode(SearchReply.self, from: Data(harness.reply(to: turn).utf8))
        #expect(!reply.items.isEmpty)
        #expect(try harness.session(.search(id)).state == nil)
        #expect(harness.processingList.isEmpty)
    }
}
