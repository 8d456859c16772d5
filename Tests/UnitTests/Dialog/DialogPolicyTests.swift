import Testing

@testable import Brain
@testable import HospitalSearch
@testable import Shared
@testable import Twilio

/// The conversation's rules turn by turn, without Redis (the state is carried as a session would be).
@Suite("Dialog policy")
struct DialogPolicyTests {
    /// Plays turns through the policy, carrying the state like the Redis session does.
    struct Call {
        let engine: DialogEngine
        var state: DialogState?

        init() throws {
            engine = DialogEngine(directory: try Fixture.network())
            state = engine.answer(.callStarted(), state: nil).decision.state
        }

        mutating func say(_ speech: String, confidence: Double? = 0.9) -> DialogDecision {
            let outcome = engine.answer(.said(Turn.Utterance(speech: speech, confidence: confidence)), state: state).decision
            state = outcome.state
            return outcome
        }
    }

    @Test("The greeting is said once per call")
    func greetingOnce() throws {
        let engine = DialogEngine(directory: try Fixture.network())
        let first = engine.answer(.callStarted(), state: nil).decision
        #expect(first.acts == [.greeting])
        let again = engine.answer(.callStarted(), state: first.state).decision
        #expect(again.acts == [.greetedAlready])
    }

    @Test("A list names exactly the number asked, in the city, with the total; the default is three, the cap five")
    func listing() throws {
        var call = try Call()
        guard case .listing(let place, let total, let hospitals, _, _) = call.say("Tell me 3 hospitals around Bangalore").acts.first else {
            Issue.record("expected a listing")
            return
        }
        #expect(place == .city("Bengaluru") && total == 48 && hospitals.count == 3)
        #expect(hospitals.allSatisfy { $0.city == "Bengaluru" })
        guard case .listing(_, _, let defaulted, _, _) = call.say("hospitals in Pune").acts.first else {
            Issue.record("expected a listing")
            return
        }
        #expect(defaulted.count == 3)
        let capped = call.say("tell me twenty hospitals in Mumbai")
        guard case .listing(_, _, let five, _, _) = capped.acts.first else {
            Issue.record("expected a listing")
            return
        }
        #expect(five.count == 5)
        #expect(capped.prompt == .hearMore)
    }

    @Test("'More' continues the list without repeating, and the address of 'the second one' refers to it")
    func moreAndDetails() throws {
        var call = try Call()
        guard case .listing(_, _, let first, _, _) = call.say("Tell me 3 hospitals in Pune").acts.first,
            case .listing(_, _, let next, let offset, _) = call.say("more").acts.first
        else {
            Issue.record("expected listings")
            return
        }
        #expect(offset == 3)
        #expect(Set(first.map(\.name)).isDisjoint(with: next.map(\.name)))
        guard case .details(let hospital) = call.say("what's the address of the second one?").acts.first else {
            Issue.record("expected details")
            return
        }
        #expect(hospital == next[1])
    }

    @Test("Follow-ups: another city repeats the request; 'how many are there' counts the last city")
    func followUps() throws {
        var call = try Call()
        _ = call.say("Tell me 3 hospitals in Pune")
        guard case .listing(let place, _, _, _, _) = call.say("What about Mumbai?").acts.first else {
            Issue.record("expected a listing")
            return
        }
        #expect(place == .city("Mumbai"))
        guard case .count(let counted, let total) = call.say("how many are there?").acts.first else {
            Issue.record("expected a count")
            return
        }
        #expect(counted == .city("Mumbai") && total == 56)
        guard case .listing(_, _, let few, _, _) = call.say("yes").acts.first else {
            Issue.record("yes should name a few")
            return
        }
        #expect(few.count == 3)
    }

    @Test("A correction on the next turn redoes the request for the new place")
    func correctionNextTurn() throws {
        var call = try Call()
        _ = call.say("how many hospitals in Noida")
        guard case .count(let place, let total) = call.say("not Noida, Greater Noida").acts.first else {
            Issue.record("expected a count")
            return
        }
        #expect(place == .city("Greater Noida") && total == 4)
    }
}
