import Foundation
import Testing

@testable import Brain
@testable import Shared

/// The handlers alone: a turn and what the session held in, effects out, with nothing read or
/// written.
@Suite("Turn handlers")
struct TurnHandlersTests {
    static func handlers(_ settings: TurnSettings = TurnHarness.plain) throws -> TurnHandlers {
        TurnHandlers(engine: DialogEngine(directory: try Fixture.network()), settings: settings)
    }

    static func turn(_ payload: Turn.Payload, in conversation: ConversationID = .phoneCall(TurnHarness.call)) -> Turn {
        Turn(id: .random(), conversation: conversation, payload: payload, receivedAt: 0, replyTo: TurnHarness.gateway.text)
    }

    static func situation(_ state: DialogState? = nil) -> TurnSituation {
        TurnSituation(snapshot: SessionStore.Snapshot(state: state), now: 1_000, refusedText: nil)
    }

    @Test("A recorded <Gather> call asked not to record: the answer stops it in its own TwiML, noted in the record, no REST job")
    func stopRecordingInTwiML() throws {
        var settings = TurnHarness.plain
        settings.recordCalls = true
        let handlers = try Self.handlers(settings)
        let greeted = handlers.effects(for: Self.turn(.callStarted(TurnHarness.caller)), in: Self.situation())
        let effects = handlers.effects(
            for: Self.turn(.speech(Turn.Utterance(speech: "please don't record this call", confidence: 0.9), TurnHarness.caller)),
            in: Self.situation(greeted.session))
        #expect(effects.reply.text.contains("<Stop><Recording"))
        #expect(effects.laterEvent?.status == .stoppedByCaller)
        #expect(effects.job == nil)
    }

    @Test("A search keeps no session and claims nothing; a voicemail lists itself for the agents")
    func sessionlessAndListed() throws {
        let handlers = try Self.handlers()
        let search = handlers.effects(for: Self.turn(.search(Turn.SearchRequest(city: "Pune")), in: .search(.random())), in: Self.situation())
        #expect(search.session == nil && search.event == nil && search.tally == nil && search.textClaim == nil)
        let left = handlers.effects(for: Self.turn(.voicemail(Turn.Recording(sid: "RE1"), TurnHarness.caller)), in: Self.situation(DialogState(greeted: true)))
        #expect(left.voicemail?.callbackNumber == TurnHarness.caller.replyNumber && left.event?.kind == .voicemail)
    }

    @Test("A text whose cap was reached on an earlier try is left unanswered, its session untouched")
    func refusedTextLeftUnanswered() throws {
        let handlers = try Self.handlers()
        var situation = Self.situation()
        situation.refusedText = .globalDaily
        let thread = ConversationID.textThread(CallSid.standIn(for: TurnHarness.caller.replyNumber))
        let effects = handlers.effects(for: Self.turn(.sms(text: "hospitals in Pune", TurnHarness.caller), in: thread), in: situation)
        #expect(effects.session == nil && effects.reply.text == TurnEffects.emptyTwiML && effects.textClaim == nil)
    }
}
