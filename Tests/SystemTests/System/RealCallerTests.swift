import Foundation
import Testing

@testable import Brain
@testable import Gateway
@testable import HospitalSearch
@testable import LoopTools
@testable import Shared

/// Calls through real gateway, Redis and brain processes on the real list, spoken the way callers
/// in India really talk: one call per behaviour, each checking the facts heard.
@Suite("How callers really talk", .serialized, .timeLimit(.minutes(3)))
struct RealCallerTests {
    /// A call that has been greeted, on a stack of its own.
    func call(environment: [String: String] = [:], _ body: (CallSimulator) async throws -> Void) async throws {
        try await LoopStack.with(environment: environment) { stack in
            let caller = stack.caller()
            _ = try await caller.start()
            try await body(caller)
        }
    }

    func isListening(_ exchange: CallSimulator.Exchange) -> Bool {
        if case .gather = exchange.next { return true }
        return false
    }

    @Test("Corrections: the last place said wins, in the same breath or the next turn")
    func corrections() async throws {
        try await call { caller in
            let same = try await caller.say("hospitals in Kolkata, actually make that Noida")
            #expect(same.text.contains("I found 49 network hospitals in Noida."), "\(same.text)")
            #expect(!same.text.contains("Kolkata") && !same.text.contains("couldn't find"))
            let next = try await caller.say("not Noida, Greater Noida")
            #expect(next.text.contains("I found 23 network hospitals in Greater Noida."), "\(next.text)")
        }
    }

    @Test("Repeat and pace: the same answer again, then slowly, and the call goes on")
    func repeatAndPace() async throws {
        try await call { caller in
            let list = try await caller.say("Tell me 3 hospitals in Pune")
            let again = try await caller.say("Can you say that again?")
            #expect(again.text == "Sure. " + list.text)
            let slow = try await caller.say("a bit slower please")
            #expect(slow.documents.last?.xml.contains(#"<prosody rate="slow">"#) == true)
            #expect(slow.text.contains("219 network hospitals in Pune") && isListening(slow))
            let more = try await caller.say("yes")
            #expect(more.text.hasPrefix("The next three are"), "\(more.text)")
        }
    }

    @Test("Hinglish: Hindi words in Latin script in a list, a confirmation and a goodbye")
    func hinglish() async throws {
        try await call { caller in
            let list = try await caller.say("Mumbai mein teen hospital bataiye")
            #expect(list.text.hasPrefix("I found 708 network hospitals in Mumbai. Here are three:"), "\(list.text)")
            let confirm = try await caller.say("Medanta Gurgaon network mein aata hai kya?")
            #expect(confirm.text.hasPrefix("Yes, Medanta The Medicity"), "\(confirm.text)")
            let bye = try await caller.say("bas, dhanyavaad")
            #expect(bye.ended && bye.text.contains("Goodbye"))
        }
    }

    @Test("Localities: a suburb is its own place within its city; an area in several cities is asked about")
    func localities() async throws {
        try await call { caller in
            let andheri = try await caller.say("hospitals in Andheri")
            #expect(andheri.text.hasPrefix("I found 17 network hospitals in Andheri, Mumbai."), "\(andheri.text)")
            let sector = try await caller.say("hospitals in Sector 62")
            #expect(sector.text.contains("Which city are you looking in?"), "\(sector.text)")
            let noida = try await caller.say("Noida")
            #expect(noida.text.contains("in Sector 62, Noida") && noida.text.contains("Fortis Hospital Noida"), "\(noida.text)")
        }
    }

    @Test("Honest limits: no phone numbers, the call goes on; asking for a person transfers at once")
    func honestLimits() async throws {
        try await call(environment: ["HUMAN_AGENT_NUMBER": "+911234567890", "HUMAN_AGENT_CALLER_ID": "+15550009999"]) { caller in
            let phone = try await caller.say("what is the phone number of Manipal hospital")
            #expect(phone.text.contains("I don't have hospitals' phone numbers") && isListening(phone), "\(phone.text)")
            let person = try await caller.say("insaan se baat karao")
            #expect(person.text.contains("connecting you to a person"))
            guard case .dial(let number) = person.next else {
                Issue.record("expected a transfer")
                return
            }
            #expect(number == "+911234567890")
        }
    }

    @Test("Small talk: who Loop AI is, 'can you hear me', a lone 'ok'")
    func smallTalk() async throws {
        try await call { caller in
            let who = try await caller.say("who are you")
            #expect(who.text.hasPrefix("I'm Loop AI") && isListening(who))
            let hear = try await caller.say("hello? can you hear me?")
            #expect(hear.text.hasPrefix("Yes, I can hear you."))
            let ok = try await caller.say("ok")
            #expect(ok.text.hasPrefix("Okay.") && isListening(ok))
        }
    }

    @Test("Grammar and numbers: 'here is one', and five at a time when twenty are asked for")
    func grammar() async throws {
        try await call { caller in
            let one = try await caller.say("Tell me one hospital in Pune")
            #expect(one.text.contains("Here is one:"), "\(one.text)")
            let twenty = try await caller.say("tell me twenty hospitals in Mumbai")
            #expect(twenty.text.contains("Here are the first five") && twenty.text.contains("I name five at a time."))
        }
    }

    @Test("Low confidence on a sound-alike: 'Did you say Bengaluru?', and 'haan' confirms")
    func lowConfidence() async throws {
        try await call { caller in
            let check = try await caller.say("hospitals in Bangaloor", confidence: 0.5)
            #expect(check.text == "Did you say Bengaluru?", "\(check.text)")
            let yes = try await caller.say("haan")
            #expect(yes.text.hasPrefix("I found 306 network hospitals in Bengaluru."), "\(yes.text)")
        }
    }
}

/// A whole call in Hindi through real gateway, Redis and brain processes on the real list.
@Suite("A call in Hindi", .serialized, .timeLimit(.minutes(3)))
struct HindiCallTests {
    @Test("Hindi by key and by voice: Bengaluru's hospitals, Manipal Sarjapur, an address, back to English, goodbye")
    func hindiCall() async throws {
        try await LoopStack.with { stack in
            let caller = stack.caller()
            let greeting = try await caller.start()
            let greetingXML = greeting.documents.last?.xml ?? ""
            #expect(greetingXML.contains(#"<Gather input="dtmf speech" numDigits="1""#))
            #expect(greetingXML.contains(#"<Say voice="Polly.Aditi" language="hi-IN">हिंदी में बात करने के लिए"#))
            let chosen = try await caller.press("2")
            #expect(chosen.text.hasPrefix("ठीक है, अब हम हिंदी में बात करेंगे।"), "\(chosen.text)")
            let chosenXML = chosen.documents.last?.xml ?? ""
            #expect(chosenXML.contains(#"language="hi-IN""#) && chosenXML.contains(#"voice="Polly.Aditi""#))
            let list = try await caller.say("बेंगलुरु के तीन हॉस्पिटल बताइए")
            #expect(list.text.hasPrefix("मुझे बेंगलुरु में 306 नेटवर्क हॉस्पिटल मिले। पहले तीन हैं:"), "\(list.text)")
            #expect(
                list.documents.last?.xml.contains(
                    #"<Gather input="speech" action="/twilio/process-speech?lang=hi" method="POST" speechModel="googlev2_telephony" speechTimeout="2" timeout="6" language="hi-IN""#)
                    == true, "the caller's next words come back marked Hindi, so a gateway holding them speaks Hindi")
            let confirm = try await caller.say("क्या मणिपाल सरजापुर बैंगलोर में मेरे नेटवर्क में है?")
            #expect(confirm.text.hasPrefix("हाँ, बेंगलुरु के Ambalipura Sarjapur Road पर Manipal Hospitals आपके नेटवर्क में है।"), "\(confirm.text)")
            let address = try await caller.say("उसका पता बताइए")
            #expect(address.text.contains("का पता है:"), "\(address.text)")
            let english = try await caller.say("English")
            #expect(english.text.hasPrefix("Okay, let's continue in English."))
            #expect(english.documents.last?.xml.contains(#"language="en-IN""#) == true)
            let hindiAgain = try await caller.say("हिंदी")
            #expect(hindiAgain.text.hasPrefix("ठीक है, अब हम हिंदी में बात करेंगे।"))
            let bye = try await caller.say("बस धन्यवाद")
            #expect(bye.ended && bye.text.contains("धन्यवाद"))
        }
    }

    @Test("DEFAULT_LANGUAGE=hi: the call starts in Hindi and offers English")
    func hindiByDefault() async throws {
        try await LoopStack.with(environment: ["DEFAULT_LANGUAGE": "hi"]) { stack in
            let caller = stack.caller()
            let greeting = try await caller.start()
            #expect(greeting.text.hasPrefix("नमस्ते! मैं लूप एआई हूँ"), "\(greeting.text)")
            #expect(greeting.documents.last?.xml.contains(#"<Say voice="Polly.Raveena" language="en-IN">For English, say English, or press 1.</Say>"#) == true)
            let english = try await caller.press("1")
            #expect(english.text.hasPrefix("Okay, let's continue in English."))
        }
    }
}
