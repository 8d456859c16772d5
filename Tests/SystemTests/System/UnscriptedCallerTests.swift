import Foundation
import Testing

@testable import LoopTools

/// One call per language through real gateway, Redis and brain processes on the real list, with a
/// turn from every class of the understanding evaluation (Tests/Evaluation/hindi.txt and
/// english.txt): callers nobody wrote a rule for.
@Suite("Callers nobody wrote a rule for", .serialized, .timeLimit(.minutes(3)))
struct UnscriptedCallerTests {
    @Test("A Hindi call: ordinary words, a loosely spelt name, an emergency, a follow-up, the network's size, an address, wording, a switch")
    func hindiCall() async throws {
        try await LoopStack.with { stack in
            let caller = stack.caller()
            _ = try await caller.start()
            _ = try await caller.press("2")
            let story = try await caller.say("मेरे भाई के पैर में चोट लगी है")
            #expect(!story.text.contains("नहीं मिला"), "\(story.text)")
            let wockhardt = try await caller.say("वोखार्ट हॉस्पिटल मुंबई")
            #expect(wockhardt.text.contains("Wockhardt") && !wockhardt.text.contains("नहीं मिला"), "\(wockhardt.text)")
            let chest = try await caller.say("मेरे सीने में बहुत दर्द हो रहा है")
            #expect(chest.text.contains("112") && chest.text.contains("108") && !chest.text.contains("चेन्नई"), "\(chest.text)")
            let count = try await caller.say("कोलकाता में कितने हॉस्पिटल हैं")
            #expect(count.text.contains("160 नेटवर्क हॉस्पिटल"), "\(count.text)")
            let four = try await caller.say("चार के नाम बता दीजिए")
            #expect(four.text.contains("पहले चार हैं"), "\(four.text)")
            let size = try await caller.say("आपका नेटवर्क कितना बड़ा है")
            #expect(size.text.contains("2179"), "\(size.text)")
            let address = try await caller.say("जहांगीर हॉस्पिटल पुणे कहाँ पर है")
            #expect(address.text.contains("Sasson Road"), "\(address.text)")
            let agra = try await caller.say("आगरा के हॉस्पिटल बताइए")
            #expect(agra.text.contains("एक नेटवर्क हॉस्पिटल मिला"), "\(agra.text)")
            let english = try await caller.say("मुझे इंग्लिश में समझाइए")
            #expect(english.text.hasPrefix("Okay, let's continue in English."), "\(english.text)")
        }
    }

    @Test("An English call: a complaint, a brand like a city, a locality's spelling, a follow-up, an emergency, size, address, budget, a switch")
    func englishCall() async throws {
        try await LoopStack.with { stack in
            let caller = stack.caller()
            _ = try await caller.start()
            let complaint = try await caller.say("my reimbursement has been pending for a month")
            #expect(!complaint.text.contains("couldn't find"), "\(complaint.text)")
            let jaipur = try await caller.say("is Jaipur Golden Hospital in my network")
            #expect(jaipur.text.hasPrefix("Yes, Jaipur Golden Hospital"), "\(jaipur.text)")
            let locality = try await caller.say("hospitals near Bommanahally")
            #expect(locality.text.contains("Bommanahalli"), "\(locality.text)")
            _ = try await caller.say("how many hospitals in Pune")
            let which = try await caller.say("which are they")
            #expect(which.text.contains("Here are"), "\(which.text)")
            let water = try await caller.say("my wife's water broke")
            #expect(water.text.contains("112"), "\(water.text)")
            let size = try await caller.say("how big is your network")
            #expect(size.text.contains("2179"), "\(size.text)")
            let address = try await caller.say("where is Jehangir hospital in Pune")
            #expect(address.text.contains("Sasson Road"), "\(address.text)")
            let long = try await caller.say(
                "hi, good morning, my mother who is seventy years old needs a knee replacement and we live in Pune near Kothrud so can you please tell me five hospitals there that are in my network")
            #expect(long.text.split(separator: " ").count <= 60, "\(long.text)")
            let hindi = try await caller.say("I'd prefer to speak in Hindi")
            #expect(hindi.text.hasPrefix("ठीक है, अब हम हिंदी में बात करेंगे।"), "\(hindi.text)")
        }
    }
}
