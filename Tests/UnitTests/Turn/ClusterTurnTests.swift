import Foundation
import Testing

@testable import Brain
@testable import Redis
@testable import Shared

/// The turn path on cluster keys, over a Redis that refuses, as a cluster node does, any script
/// whose keys are in more than one slot: a turn's commit must be one script on one node.
@Suite("A turn's commit in a cluster")
struct ClusterTurnTests {
    static func harness(canText: Bool = false) throws -> TurnHarness {
        var settings = TurnHarness.plain
        settings.canText = canText
        return try TurnHarness(settings: settings, keys: .cluster())
    }

    @Test("A whole call commits in its shard's slot: greeted, answered, recorded, the reply delivered after the commit")
    func call() async throws {
        let harness = try Self.harness()
        try await harness.send(.callStarted(TurnHarness.caller))
        let turn = try await harness.send(.speech(Turn.Utterance(speech: "Tell me 3 hospitals in Pune", confidence: 0.9), TurnHarness.caller))
        #expect(harness.reply(to: turn).contains("Pune"))
        #expect(harness.delivered().map(\.turn).last == turn.id)
        #expect(try harness.session().version == 2)
        #expect(harness.events().count == 2)
        #expect(harness.processingList.isEmpty)
    }

    @Test("'Text me that' claims the allowance on the global keys first, then queues the SMS in the call's shard, once")
    func text() async throws {
        let harness = try Self.harness(canText: true)
        try await harness.send(.callStarted(TurnHarness.caller))
        try await harness.send(.speech(Turn.Utterance(speech: "Tell me 3 hospitals in Pune", confidence: 0.9), TurnHarness.caller))
        let turn = try await harness.send(.speech(Turn.Utterance(speech: "text me that", confidence: 0.9), TurnHarness.caller))
        let shard = harness.keys.of(turn.conversation)
        #expect(harness.redis.read { $0.hash(shard.outboxJobs) }.keys.sorted() == [turn.id.value])
        let day = Date.utcDay(turn.receivedAt)
        #expect(harness.redis.read { $0.string(harness.keys.global.textQuota(.day, day: day)) } != nil)
    }

    @Test("A message left is listed on the global keys, where the agents read it, once however often its listing runs")
    func voicemail() async throws {
        let harness = try Self.harness()
        try await harness.send(.callStarted(TurnHarness.caller))
        let turn = try await harness.send(.voicemail(Turn.Recording(sid: "RE1", url: "https://api.twilio.test/RE1", duration: 12), TurnHarness.caller))
        #expect(harness.redis.read { $0.stream(harness.keys.voicemails) }.count == 1)
        #expect(harness.events().last?.kind == .voicemail)
        // A commit that conflicted would run the listing again for the same turn.
        let voicemail = Voicemail(call: TurnHarness.call.value, caller: nil, at: turn.receivedAt, recordingSid: "RE1", recordingURL: nil, duration: 12, context: nil)
        let again = harness.records.global.voicemailOncePart(voicemail, call: TurnHarness.call, callbackNumber: nil, turn: turn.id)
        try await harness.redis.run(RedisPartsCall<TurnCommit.Outcome>([again], returning: TurnCommit.Outcome.committed.rawValue))
        #expect(harness.redis.read { $0.stream(harness.keys.voicemails) }.count == 1)
    }

    @Test("A web question is counted in its shard's tally, and a search answered in its own shard")
    func otherConversations() async throws {
        let harness = try Self.harness()
        let session = try #require(WebSessionID("web_" + String(repeating: "a", count: 48)))
        let web = try await harness.send(.web(text: "hospitals in Pune"), in: .webSession(session))
        #expect(!harness.reply(to: web).isEmpty)
        let day = harness.records.days.name(web.receivedAt)
        let counters = harness.redis.read { $0.hash(harness.keys.of(.webSession(session)).summaryKeys(.web, day: day).counters) }
        #expect(counters[CallTally.Counter.turns] == "1")
        let search = try await harness.send(.search(Turn.SearchRequest(city: "Pune", limit: 2)), in: .search(.random()))
        #expect(harness.redis.read { $0.string(harness.keys.of(.search(search.id)).reply(turn: search.id)) } != nil)
    }

    @Test("STOP by text is written to the global opt-outs before the commit, and read from there on the number's next turn; START clears it")
    func optOut() async throws {
        let harness = try Self.harness(canText: true)
        let thread = ConversationTurnTests.thread
        let optOuts = harness.keys.global.smsOptOuts
        let stop = try await harness.send(.sms(text: "STOP", TurnHarness.caller), in: thread)
        #expect(harness.reply(to: stop) == TurnEffects.emptyTwiML)
        #expect(harness.redis.read { $0.hash(optOuts) }[TextQuota.hash(TurnHarness.caller.replyNumber ?? "")] != nil)
        let next = try await harness.send(.sms(text: "hospitals in Pune", TurnHarness.caller), in: thread)
        #expect(harness.reply(to: next) == TurnEffects.emptyTwiML)
        try await harness.send(.sms(text: "START", TurnHarness.caller), in: thread)
        #expect(harness.redis.read { $0.hash(optOuts) }.isEmpty)
    }
}
