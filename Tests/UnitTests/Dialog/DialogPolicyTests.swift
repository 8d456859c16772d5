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

    @Test("A hospital in the network gets a clear yes with which one; one that is not gets a clear no")
    func confirmation() throws {
        var call = try Call()
        guard case .confirmed(let hospital) = call.say("Can you confirm if Manipal Sarjapur in Bangalore is in my network?").acts.first else {
            Issue.record("expected a yes")
            return
        }
        #expect(hospital.area?.contains("Sarjapur") == true)
        guard case .notFound(_, let place, _, let otherCities) = call.say("Is Apollo in Chennai covered?").acts.first else {
            Issue.record("expected a no")
            return
        }
        #expect(place == .city("Chennai"))
        #expect(otherCities.contains("Bengaluru"))
        guard case .notFound = call.say("Is Breach Candy Hospital in my network?").acts.first else {
            Issue.record("expected a no")
            return
        }
    }

    @Test("A chain in several cities gets one question, and the short answer completes the request")
    func clarifyCityThenArea() throws {
        var call = try Call()
        let question = call.say("Is Narayana in my network?")
        guard case .whichCity(let name, let cities, let total) = question.prompt else {
            Issue.record("expected a city question")
            return
        }
        #expect(Phrasing.label(name) == "Narayana" && total >= 2 && cities.contains("Bengaluru"))
        let answer = call.say("Kolkata")
        guard case .confirmedSeveral(_, let place, let count, _) = answer.acts.first else {
            Issue.record("expected several in Kolkata")
            return
        }
        #expect(place == .city("Kolkata") && count >= 2)
        let area = call.say("the one in Salt Lake")
        #expect(area.acts.first.map { if case .confirmed = $0 { true } else if case .confirmedSeveral = $0 { true } else { false } } == true)
    }

    @Test("When every branch in the city has been named there is no area question; a silence repeats the question asked")
    func noNeedlessQuestions() throws {
        var call = try Call()
        _ = call.say("Is Narayana in my network?")
        let kolkata = call.say("Kolkata")
        guard case .confirmedSeveral(_, _, let total, let examples) = kolkata.acts.first else {
            Issue.record("expected several")
            return
        }
        #expect(total == examples.count)
        #expect(kolkata.prompt == .anythingElse)
        _ = call.say("How many network hospitals are there in Pune?")
        #expect(call.say("").prompt == .nameAFew)
    }

    @Test("A name found in one place only needs no question")
    func noQuestionForUniqueName() throws {
        var call = try Call()
        guard case .confirmed(let hospital) = call.say("Is Fortis Mulund in my network?").acts.first else {
            Issue.record("expected a yes")
            return
        }
        #expect(hospital.city == "Mumbai")
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

    @Test("An area in several cities gets a question, and the city completes the request")
    func areaInSeveralCities() throws {
        var call = try Call()
        let question = call.say("hospitals in Sector 62")
        guard case .whichCityForArea(let area, let cities) = question.prompt else {
            Issue.record("expected a city question")
            return
        }
        #expect(area == ["sector", "62"] && cities.contains("Noida"))
        guard case .listing(let place, _, let hospitals, _, _) = call.say("Noida").acts.first else {
            Issue.record("expected a listing")
            return
        }
        #expect(place == .area(words: ["sector", "62"], city: "Noida") && !hospitals.isEmpty)
        #expect(hospitals.allSatisfy { $0.city == "Noida" })
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

    @Test("Unsure recogniser and a sound-alike place: 'Did you say …?', and 'haan' confirms it")
    func didYouSay() throws {
        var call = try Call()
        let check = call.say("hospitals in Bangaloor", confidence: 0.5)
        #expect(check.prompt == .didYouSayPlace(.city("Bengaluru")) && check.acts.isEmpty)
        guard case .listing(let place, _, _, _, _) = call.say("haan").acts.first else {
            Issue.record("haan should confirm")
            return
        }
        #expect(place == .city("Bengaluru"))
        var sure = try Call()
        guard case .listing = sure.say("hospitals in Bangaloor", confidence: 0.9).acts.first else {
            Issue.record("a confident guess is acted on")
            return
        }
    }
}
