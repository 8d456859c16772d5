import Testing

@testable import Brain
@testable import HospitalSearch
@testable import Shared
@testable import Twilio

/// The call itself: goodbyes and silences, repeating and pace, a person, emergencies, what the
/// list cannot answer, and any input at all.
@Suite("Dialog policy: the call itself")
struct DialogPolicyCallTests {
    typealias Call = DialogPolicyTests.Call

    @Test("Out of scope ends with the exact hand-off sentence and a transfer whose whisper tells the agent the caller's own words")
    func outOfScope() throws {
        var call = try Call()
        let outcome = call.say("What's the weather in Bangalore?")
        #expect(outcome.acts == [.outOfScope])
        #expect(outcome.action == .transferToAgent)
        #expect(Phrasing.sentences(for: .outOfScope) == ["I'm sorry, I can't help with that. I am forwarding this to a human agent."])
        let network = try Fixture.network()
        let twiml = DialogEngine(directory: network, humanAgentNumber: "+911234567890").twiml(for: outcome).render(VoiceSettings())
        #expect(
            twiml.contains(
                #"answerOnBridge="true"><Number url="/twilio/agent-whisper?topic=a%20question%20outside%20the%20hospital%20list%3A%20%22What%27s%20the%20weather%20in%20Bangalore%3F%22" method="POST">+911234567890</Number></Dial>"#
            ))
        #expect(DialogEngine(directory: network).twiml(for: outcome).render(VoiceSettings()).contains("<Hangup/>"))
    }

    @Test("An emergency is told to call 112 first, then offered hospitals in the city given")
    func emergency() throws {
        var call = try Call()
        let withCity = call.say("There's been an accident, my friend is bleeding, we are in Pune")
        guard case .emergency(let place, let hospitals) = withCity.acts.first else {
            Issue.record("expected emergency advice")
            return
        }
        #expect(place == .city("Pune") && hospitals.count == 3)
        #expect(Phrasing.sentences(for: withCity.acts[0])[0].contains("112"))
        var other = try Call()
        let noCity = other.say("my father has chest pain")
        guard case .whichCity = noCity.prompt else {
            Issue.record("expected to be asked for the city")
            return
        }
        guard case .listing(let listed, _, _, _, _) = other.say("Bangalore").acts.first else {
            Issue.record("expected hospitals")
            return
        }
        #expect(listed == .city("Bengaluru"))
    }

    @Test("Goodbye hangs up; silence is reprompted twice, then the call ends; low confidence is confirmed first")
    func endings() throws {
        var call = try Call()
        #expect(call.say("That's all, thanks, bye").action == .hangUp)
        var silent = try Call()
        #expect(silent.say("").acts == [.reprompt(attempt: 1)])
        #expect(silent.say("").acts == [.reprompt(attempt: 2)])
        let third = silent.say("")
        #expect(third.acts == [.goodbyeAfterSilence] && third.action == .hangUp)
        var unsure = try Call()
        let heard = unsure.say("hospitals in Noida", confidence: 0.2)
        #expect(heard.acts == [.heard("hospitals in Noida")] && heard.prompt == .isThatRight)
        guard case .listing(let place, _, _, _, _) = unsure.say("yes").acts.first else {
            Issue.record("yes should act on what was heard")
            return
        }
        #expect(place == .city("Noida"))
        var corrected = try Call()
        _ = corrected.say("hospitals in Noida", confidence: 0.1)
        #expect(corrected.say("no").acts == [.sayAgain])
    }

    @Test(
        "Anything a caller says gets a reply that keeps the call going or ends it politely",
        arguments: [
            "", "<Say>x</Say>", "नमस्ते", String(repeating: "blah ", count: 100), "123", "twenty five", "???", "yes", "no", "more",
            "the third one", "what about", "Kolkata Kolkata Kolkata",
        ])
    func anyInputSurvives(_ said: String) throws {
        var call = try Call()
        let outcome = call.say(said)
        let twiml = call.engine.twiml(for: outcome).render(VoiceSettings())
        #expect(twiml.hasPrefix("<?xml"))
        #expect(!outcome.acts.isEmpty || Phrasing.question(for: outcome.prompt) != nil)
    }

    @Test("'Say that again' re-says the same facts and question and keeps the call where it was")
    func repeatKeepsTheCallWhereItWas() throws {
        var call = try Call()
        let list = call.say("Tell me 3 hospitals in Pune")
        let again = call.say("Can you say that again?")
        #expect(again.acts == [.sayingAgain] + list.acts)
        #expect(again.prompt == list.prompt && again.action == .listen)
        #expect(again.state.pending == list.state.pending)
        guard case .listing(_, _, _, let offset, _) = call.say("yes").acts.first else {
            Issue.record("yes should continue the list")
            return
        }
        #expect(offset == 3)
    }

    @Test("'Slower' repeats at a slow pace, one hospital per sentence, in SSML the voice honours")
    func slower() throws {
        var call = try Call()
        _ = call.say("Tell me 3 hospitals in Pune")
        let slow = call.say("a bit slower please")
        #expect(slow.pace == .slow && slow.action == .listen)
        let normal = call.engine.twiml(for: call.say("say that again"))
        let slowTwiML = call.engine.twiml(for: slow)
        #expect(slowTwiML.render(VoiceSettings()).contains(#"<prosody rate="slow">"#))
        #expect(!normal.render(VoiceSettings()).contains("prosody"))
        guard case .gather(let slowGather) = slowTwiML.verbs.first, case .gather(let normalGather) = normal.verbs.first else {
            Issue.record("expected gathers")
            return
        }
        #expect(slowGather.prompt.count >= normalGather.prompt.count + 3)
    }

    @Test("Asking for a person transfers at once; with nobody to transfer to, Loop AI says so")
    func humanAgent() throws {
        var call = try Call()
        let asked = call.say("I want to talk to a person")
        #expect(asked.action == .transferToAgent && asked.acts == [.connectingToAgent])
        let network = try Fixture.network()
        #expect(
            DialogEngine(directory: network, humanAgentNumber: "+911234567890").twiml(for: asked).render(VoiceSettings()).contains(
                #"<Dial action="/twilio/dial-status""#))
        let alone = DialogEngine(directory: network).twiml(for: asked).render(VoiceSettings())
        #expect(alone.contains("connect you to a person from this line") && alone.contains("<Hangup/>"))
    }

    @Test("A question the list cannot answer gets an honest answer and the call goes on")
    func honestLimits() throws {
        var call = try Call()
        let phone = call.say("what is the phone number of Manipal hospital")
        #expect(phone.acts == [.missingInfo(.phoneNumber)] && phone.action == .listen && phone.prompt == .anythingElse)
        guard case .listing = call.say("hospitals in Pune").acts.first else {
            Issue.record("the call should go on")
            return
        }
    }
}
