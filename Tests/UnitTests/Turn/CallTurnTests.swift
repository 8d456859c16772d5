import Foundation
import Testing

@testable import Brain
@testable import Redis
@testable import Shared

/// A phone call's turns through the whole turn path, on Redis in memory: the reply delivered and
/// kept, the session written, the call's record, the turn off the processing list.
@Suite("A phone call's turns, committed")
struct CallTurnTests {
    @Test("A call that connects is greeted: the reply is delivered and kept, the session starts, the record opens, the turn leaves the processing list")
    func callStarted() async throws {
        let harness = try TurnHarness()
        let turn = try await harness.send(.callStarted(TurnHarness.caller))
        #expect(harness.reply(to: turn).contains("<Gather"))
        #expect(harness.delivered().map(\.turn) == [turn.id])
        let session = try harness.session()
        #expect(session.version == 1 && session.state?.greeted == true)
        #expect(harness.events().map(\.kind) == [.turn])
        #expect(harness.events().first?.intent == .greeting)
        #expect(harness.redis.read { $0.sortedSet(harness.keys.closingCalls) }[TurnHarness.call.value] != nil)
        #expect(harness.processingList.isEmpty)
        #expect(harness.redis.read { $0.hash(harness.keys.stats(minute: TurnStats.minute(turn.receivedAt))) }["turns"] != nil)
    }

    @Test("Words spoken are answered from the list and recorded with what was said and answered; the session's version counts the turns")
    func speech() async throws {
        let harness = try TurnHarness()
        try await harness.send(.callStarted(TurnHarness.caller))
        let turn = try await harness.send(.speech(Turn.Utterance(speech: "Tell me 3 hospitals in Pune", confidence: 0.9), TurnHarness.caller))
        #expect(harness.reply(to: turn).contains("Pune"))
        #expect(try harness.session().version == 2)
        let event = try #require(harness.events().last)
        #expect(event.intent == .list && event.said == "Tell me 3 hospitals in Pune" && event.places == ["Pune"])
        #expect(event.answer?.isEmpty == false)
    }

    @Test("Twilio's fallback on a call never greeted greets it")
    func fallback() async throws {
        let harness = try TurnHarness()
        let turn = try await harness.send(.fallback(TurnHarness.caller))
        #expect(harness.reply(to: turn).contains("<Gather"))
        #expect(harness.events().first?.intent == .fallback)
    }

    @Test("A hand-off that ended is recorded as the dial's status, and the call goes on")
    func dialEnded() async throws {
        let harness = try TurnHarness(humanAgentNumber: "+15550001111")
        try await harness.send(.callStarted(TurnHarness.caller))
        try await harness.send(.speech(Turn.Utterance(speech: "I want to talk to a person", confidence: 0.9), TurnHarness.caller))
        let turn = try await harness.send(.dialEnded(Turn.DialResult(status: "no-answer", duration: 0), TurnHarness.caller))
        #expect(!harness.reply(to: turn).isEmpty)
        let event = try #require(harness.events().last)
        #expect(event.kind == .dial && event.status == .noAnswer)
    }

    @Test("A message left is listed for the agents at once, with the callback number kept apart from it")
    func voicemail() async throws {
        let harness = try TurnHarness()
        try await harness.send(.callStarted(TurnHarness.caller))
        try await harness.send(.voicemail(Turn.Recording(sid: "RE1", url: "https://api.twilio.test/RE1", duration: 12), TurnHarness.caller))
        #expect(harness.events().last?.kind == .voicemail)
        let listed = harness.redis.read { $0.stream(harness.keys.voicemails) }
        #expect(listed.count == 1 && listed.first?.first == "voicemail")
        let number = harness.redis.read { $0.string(harness.keys.voicemailNumber(call: TurnHarness.call)) }
        #expect(number.map { String(decoding: $0, as: UTF8.self) } == TurnHarness.caller.replyNumber)
    }

    @Test("A relay prompt is answered as sentences for the socket, recorded like a spoken turn")
    func relayPrompt() async throws {
        let harness = try TurnHarness()
        try await harness.send(.callStarted(TurnHarness.caller, relay: "wss://loop.example.test/twilio/relay"))
        let turn = try await harness.send(.relayPrompt(Turn.Utterance(speech: "hospitals in Pune"), interrupted: nil, TurnHarness.caller))
        let reply = try JSONDecoder().decode(RelayReply.self, from: Data(harness.reply(to: turn).utf8))
        #expect(!reply.sentences.isEmpty)
        #expect(try harness.session().state?.relay == "wss://loop.example.test/twilio/relay")
        #expect(harness.events().last?.mode == .relay)
    }

    @Test("A relay session that ended asking for a goodbye hangs up in TwiML")
    func relayEnded() async throws {
        let harness = try TurnHarness()
        try await harness.send(.callStarted(TurnHarness.caller, relay: "wss://loop.example.test/twilio/relay"))
        let ending = Turn.RelayEnding(status: "completed", handoff: RelayReply.Ending.goodbye.handoffData, relay: "wss://loop.example.test/twilio/relay")
        let turn = try await harness.send(.relayEnded(ending, TurnHarness.caller))
        #expect(harness.reply(to: turn).contains("<Hangup/>"))
    }

    @Test("'Text me that' queues the SMS once, counted against the caller's allowance")
    func textMeThat() async throws {
        var settings = TurnHarness.plain
        settings.canText = true
        let harness = try TurnHarness(settings: settings)
        try await harness.send(.callStarted(TurnHarness.caller))
        try await harness.send(.speech(Turn.Utterance(speech: "Tell me 3 hospitals in Pune", confidence: 0.9), TurnHarness.caller))
        let turn = try await harness.send(.speech(Turn.Utterance(speech: "text me that", confidence: 0.9), TurnHarness.caller))
        let jobs = harness.redis.read { $0.hash(harness.keys.outboxJobs) }
        #expect(jobs.keys.sorted() == [turn.id.value])
        #expect(harness.redis.read { $0.sortedSet(harness.keys.outboxDue) }[turn.id.value] != nil)
        let day = Date.utcDay(turn.receivedAt)
        let counters = [harness.keys.textQuota(.day, day: day), harness.keys.textQuota(.hour(Int(turn.receivedAt / 3_600_000 % 24)), day: day)]
        #expect(counters.allSatisfy { key in harness.redis.read { $0.string(key) } != nil }, "the day's and the hour's counters")
    }

    @Test("A cap reached refuses the text inside the commit: the turn is decided again, the caller hears why, and nothing is queued")
    func textRefused() async throws {
        var settings = TurnHarness.plain
        settings.canText = true
        settings.sms.globalHourly = 0
        let harness = try TurnHarness(settings: settings)
        try await harness.send(.callStarted(TurnHarness.caller))
        try await harness.send(.speech(Turn.Utterance(speech: "Tell me 3 hospitals in Pune", confidence: 0.9), TurnHarness.caller))
        let turn = try await harness.send(.speech(Turn.Utterance(speech: "text me that", confidence: 0.9), TurnHarness.caller))
        #expect(harness.redis.read { $0.hash(harness.keys.outboxJobs) }.isEmpty)
        #expect(!harness.reply(to: turn).isEmpty)
        #expect(try harness.session().version == 3)
    }

    @Test("A turn answered before (recovered from a dead worker) is only delivered again: nothing is committed twice")
    func redelivered() async throws {
        let harness = try TurnHarness()
        let turn = try await harness.send(.callStarted(TurnHarness.caller))
        let raw = turn.encoded()
        try await harness.redis.execute(LPUSH(harness.processing, raw))
        try await harness.processor.process(raw, from: harness.processing, on: harness.redis)
        #expect(harness.delivered().map(\.turn) == [turn.id, turn.id])
        #expect(try harness.session().version == 1)
        #expect(harness.events().count == 1)
        #expect(harness.processingList.isEmpty)
    }
}
