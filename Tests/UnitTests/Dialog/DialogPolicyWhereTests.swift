import Testing

@testable import Brain
@testable import HospitalSearch
@testable import Shared
@testable import Twilio

/// Which hospital and which place: confirmations, chains in several cities, areas, and a place
/// heard unsurely — the questions Loop AI asks before it answers.
@Suite("Dialog policy: which hospital, which place")
struct DialogPolicyWhereTests {
    typealias Call = DialogPolicyTests.Call

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
