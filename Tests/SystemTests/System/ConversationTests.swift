import Foundation
import Testing

@testable import Brain
@testable import Gateway
@testable import HospitalSearch
@testable import LoopTools
@testable import Shared

/// Scripted calls through real gateway, Redis and brain processes on the real network list:
/// one per behaviour a caller expects, each checking the facts spoken.
@Suite("Conversations", .serialized, .timeLimit(.minutes(3)))
struct ConversationTests {
    func withStack(environment: [String: String] = [:], _ body: (LoopStack) async throws -> Void) async throws {
        try await LoopStack.with(environment: environment, body)
    }

    func isListening(_ exchange: CallSimulator.Exchange) -> Bool {
        if case .gather = exchange.next { return true }
        return false
    }

    @Test("1. The call opens with Loop AI introducing itself, once")
    func introduction() async throws {
        try await withStack { stack in
            let caller = stack.caller()
            let greeting = try await caller.start()
            #expect(greeting.text.hasPrefix("Hello! I am Loop AI, your hospital network assistant."))
            #expect(greeting.text.contains("for example"))
            #expect(isListening(greeting))
            let again = try await caller.start()
            #expect(!again.text.contains("I am Loop AI"))
        }
    }

    @Test("2. Hospitals in a city: exactly the number asked, named, in that city, with the total")
    func hospitalsInACity() async throws {
        let index = try RealNetwork.index()
        let bengaluru = index.hospitals(inCity: try RealNetwork.city("Bengaluru"))
        try await withStack { stack in
            let caller = stack.caller()
            _ = try await caller.start()
            let three = try await caller.say("Tell me 3 hospitals around Bangalore.")
            #expect(three.text.contains("I found 306 network hospitals in Bengaluru"))
            for hospital in bengaluru.prefix(3) { #expect(three.text.contains(index.spokenName(hospital)), "\(three.text)") }
            #expect(!three.text.contains(index.spokenName(bengaluru[bengaluru.startIndex + 3])))
            let five = try await caller.say("give me five hospitals in Pune")
            #expect(five.text.contains("Here are the first five"))
            #expect(five.text.contains("Would you like to hear more?"))
        }
    }

    @Test("3. Counting gives the true number from the list")
    func counting() async throws {
        try await withStack { stack in
            let caller = stack.caller()
            _ = try await caller.start()
            let count = try await caller.say("How many network hospitals are there in Pune?")
            #expect(count.text.contains("There are 219 network hospitals in Pune."))
        }
    }

    @Test("4. 'Is X in my network?': yes with which one; a clear no with real alternatives")
    func confirmation() async throws {
        try await withStack { stack in
            let caller = stack.caller()
            _ = try await caller.start()
            let yes = try await caller.say("Can you confirm if Manipal Sarjapur in Bangalore is in my network?")
            #expect(yes.text.hasPrefix("Yes, Manipal Hospitals on Ambalipura Sarjapur Road, Bengaluru, is in your network."))
            // "Breach" and "Candy" are ordinary English words the list does not have: a clear no,
            // without saying them back as a name.
            let no = try await caller.say("Is Breach Candy Hospital in my network?")
            #expect(no.text.hasPrefix("No, I couldn't find that hospital in your network"), "\(no.text)")
            let elsewhere = try await caller.say("Is Apollo in Chennai covered?")
            #expect(elsewhere.text.hasPrefix("No, I couldn't find Apollo in your network in Chennai."))
            #expect(elsewhere.text.contains("You'll find Apollo in") && !elsewhere.text.contains("is in your network"))
            let otherBranch = try await caller.say("Is Fortis Sarjapur in Bangalore in my network?")
            #expect(otherBranch.text.hasPrefix("No"))
            #expect(otherBranch.text.contains("Fortis Hospitals"))
        }
    }

    @Test("5. A chain in several cities gets one short question; the reply completes the request")
    func clarification() async throws {
        try await withStack { stack in
            let caller = stack.caller()
            _ = try await caller.start()
            let question = try await caller.say("Is Narayana in my network?")
            #expect(question.text.contains("Which city are you looking in?"))
            #expect(question.text.contains("Narayana hospitals in"))
            let answer = try await caller.say("Kolkata")
            #expect(answer.text.hasPrefix("Yes, I found 3 Narayana hospitals in your network in Kolkata."))
            let unique = try await caller.say("Is Fortis Mulund in my network?")
            #expect(unique.text.hasPrefix("Yes, Fortis Hospitals"))
            #expect(!unique.text.contains("Which city"))
        }
    }

    @Test("6. Follow-ups: more, another city, the second one's address, how many, yes")
    func followUps() async throws {
        let index = try RealNetwork.index()
        let pune = Array(index.hospitals(inCity: try RealNetwork.city("Pune")))
        try await withStack { stack in
            let caller = stack.caller()
            _ = try await caller.start()
            _ = try await caller.say("Tell me 3 hospitals in Pune")
            let more = try await caller.say("next ones")
            for hospital in pune[3..<6] { #expect(more.text.contains(index.spokenName(hospital)), "\(more.text)") }
            let address = try await caller.say("What's the address of the second one?")
            #expect(address.text.contains(index.spokenName(pune[4])))
            #expect(address.text.contains("Pune"))
            let mumbai = try await caller.say("what about Mumbai?")
            #expect(mumbai.text.contains("708 network hospitals in Mumbai"))
            let howMany = try await caller.say("how many are there?")
            #expect(howMany.text.contains("There are 708 network hospitals in Mumbai."))
            let yes = try await caller.say("yes")
            #expect(yes.text.contains("Here are three"))
            let no = try await caller.say("no")
            #expect(no.text.contains("anything else"))
            let done = try await caller.say("no")
            #expect(done.ended)
        }
    }

    @Test("7. Out of scope: the exact hand-off sentence, then a transfer or a polite hang-up")
    func outOfScope() async throws {
        try await withStack { stack in
            let caller = stack.caller()
            _ = try await caller.start()
            let weather = try await caller.say("What's the weather in Bangalore?")
            #expect(weather.text == "I'm sorry, I can't help with that. I am forwarding this to a human agent.")
            #expect(weather.next == .hangup)
        }
        try await withStack(environment: ["HUMAN_AGENT_NUMBER": "+911234567890", "HUMAN_AGENT_CALLER_ID": "+15550009999"]) { stack in
            let caller = stack.caller()
            _ = try await caller.start()
            let poem = try await caller.say("Write me a poem about Mumbai hospitals")
            #expect(poem.text == "I'm sorry, I can't help with that. I am forwarding this to a human agent.")
            #expect(poem.next == .dial("+911234567890"))
        }
    }

    @Test("8. An emergency is told to call 112 first, then offered hospitals in the city")
    func emergency() async throws {
        try await withStack { stack in
            let caller = stack.caller()
            _ = try await caller.start()
            let advice = try await caller.say("My father is having chest pain")
            #expect(advice.text.hasPrefix("If this is a medical emergency, please call 112"))
            #expect(advice.text.contains("Which city"))
            let hospitals = try await caller.say("Bangalore")
            #expect(hospitals.text.contains("network hospitals in Bengaluru"))
        }
    }

    @Test("9. Goodbye hangs up; silence is reprompted twice then ended; low confidence is confirmed")
    func endings() async throws {
        try await withStack { stack in
            let caller = stack.caller()
            _ = try await caller.start()
            let bye = try await caller.say("That's all, thanks, bye")
            #expect(bye.next == .hangup)
            #expect(bye.text.contains("Goodbye"))

            let quiet = stack.caller()
            _ = try await quiet.start()
            #expect(try await quiet.say(nil).text.contains("didn't hear"))
            #expect(try await quiet.say(nil).text.contains("still there"))
            let ended = try await quiet.say(nil)
            #expect(ended.next == .hangup)

            let unsure = stack.caller()
            _ = try await unsure.start()
            let heard = try await unsure.say("hospitals in Noida", confidence: 0.21)
            #expect(heard.text.contains("I think you said: hospitals in Noida. Is that right?"))
            let confirmed = try await unsure.say("yes")
            #expect(confirmed.text.contains("49 network hospitals in Noida"))
        }
    }

    @Test("10. Any input survives: markup, other scripts, very long speech, empty strings, numbers as words")
    func anyInputSurvives() async throws {
        try await withStack { stack in
            let caller = stack.caller()
            _ = try await caller.start()
            let inputs: [(said: String, expect: String)] = [
                ("<b>hospitals</b> in Pune & </Response>", "network hospitals in Pune"),
                ("ಆಸ್ಪತ್ರೆ ಬೇಕು", "can't understand that language yet"),
                (String(repeating: "hospital ", count: 400), "Which city"),
                ("   ", "didn't hear"),
                ("%00%01", "Sorry, I"),
                ("\"'<>&", "Sorry, I"),
            ]
            for input in inputs {
                let reply = try await caller.say(input.said)
                #expect(reply.text.contains(input.expect), "\(input.said.prefix(20)) → \(reply.text)")
                #expect(isListening(reply), "\(input.said.prefix(20)) → \(reply.next)")
            }
            let words = try await caller.say("tell me four hospitals in Kolkata")
            #expect(words.text.contains("Here are four"))
            // Hindi in an English call is answered in Hindi, and the call goes on in it.
            let hindi = try await caller.say("मुझे बेंगलुरु में अस्पताल चाहिए")
            #expect(hindi.text.contains("बेंगलुरु में 306 नेटवर्क हॉस्पिटल"), "\(hindi.text)")
            #expect(isListening(hindi))
        }
    }
}
