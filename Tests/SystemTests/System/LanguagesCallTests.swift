import Foundation
import Testing

@testable import Gateway
@testable import HospitalSearch
@testable import LoopTools
@testable import Shared
@testable import Twilio

/// Whole calls in Marathi and in Kannada through real gateways, brains and Redis, in both voice
/// modes, with all four languages offered (`LANGUAGES=en,hi,mr,kn`): the key chooses the language,
/// answers come in it, an emergency is answered first, a switch to English and back by simply
/// speaking the language works mid-call, and goodbye ends the call.
@Suite("Marathi and Kannada calls", .serialized, .timeLimit(.minutes(4)))
struct LanguagesCallTests {
    struct Call: Sendable, CustomStringConvertible {
        var language: Language
        var writing: HospitalSearch.Script
        var offer: String
        var key: String
        var chosen: String
        var list: String
        var listed: String
        var emergency: String
        var toEnglish: String
        var back: String
        var backSays: String
        var goodbye: String
        var description: String { language.englishName }
    }

    static let marathi = Call(
        language: .marathi, writing: .devanagari, offer: "मराठीत बोलण्यासाठी", key: "3", chosen: "मराठीत बोलूया", list: "पुण्यातील तीन हॉस्पिटल सांगा", listed: "219",
        emergency: "माझ्या वडिलांच्या छातीत दुखत आहे", toEnglish: "इंग्रजीत बोला", back: "मुंबईत किती हॉस्पिटल आहेत", backSays: "708",
        goodbye: "धन्यवाद, एवढंच")
    static let kannada = Call(
        language: .kannada, writing: .kannada, offer: "ಕನ್ನಡದಲ್ಲಿ ಮಾತನಾಡಲು", key: "4", chosen: "ಕನ್ನಡದಲ್ಲಿ ಮಾತನಾಡೋಣ", list: "ಬೆಂಗಳೂರಿನಲ್ಲಿ ಮೂರು ಆಸ್ಪತ್ರೆಗಳನ್ನು ಹೇಳಿ", listed: "306",
        emergency: "ನನ್ನ ತಂದೆಗೆ ಎದೆ ನೋವು ಆಗುತ್ತಿದೆ", toEnglish: "ಇಂಗ್ಲಿಷ್‌ನಲ್ಲಿ ಮಾತನಾಡಿ", back: "ಪುಣೆಯಲ್ಲಿ ಎಷ್ಟು ಆಸ್ಪತ್ರೆಗಳಿವೆ", backSays: "219",
        goodbye: "ಧನ್ಯವಾದಗಳು, ಅಷ್ಟೇ")
    static let all = ["LANGUAGES": "en,hi,mr,kn"]

    @Test("A <Gather> call in the language: key, list, emergency, English and back by speaking it, goodbye", arguments: [marathi, kannada])
    func gatherCall(script: Call) async throws {
        let stack = try await LoopStack(environment: Self.all)
        defer { Task { await stack.shutdown() } }
        let caller = stack.caller()
        let greeting = try await caller.start()
        #expect(greeting.text.contains(script.offer), "the greeting does not offer \(script): \(greeting.text)")
        let chosen = try await caller.press(script.key)
        #expect(chosen.text.contains(script.chosen), "\(chosen.text)\n\(stack.logs)")
        #expect(chosen.documents.last?.xml.contains(#"language="\#(script.language.defaultVoice.language)""#) == true)
        let list = try await caller.say(script.list)
        #expect(list.text.contains(script.listed) && script.writing.writes(list.text), "\(list.text)")
        let emergency = try await caller.say(script.emergency)
        #expect(emergency.text.contains("112") && script.writing.writes(emergency.text), "\(emergency.text)")
        let english = try await caller.say(script.toEnglish)
        #expect(english.text.contains("English"), "\(english.text)")
        let back = try await caller.say(script.back)
        #expect(back.text.contains(script.backSays) && script.writing.writes(back.text), "\(back.text)")
        let bye = try await caller.say(script.goodbye)
        #expect(bye.ended, "\(bye.text)")
    }

    @Test("A ConversationRelay call in the language: key, list, emergency, English and back by speaking it, goodbye", arguments: [marathi, kannada])
    func relayCall(script: Call) async throws {
        let stack = try await LoopStack(environment: Self.all.merging(["VOICE_MODE": "relay"]) { $1 })
        defer { Task { await stack.shutdown() } }
        let caller = RelayCaller(webhooks: stack.caller())
        _ = try await caller.start()
        let chosen = try await caller.press(script.key)
        #expect(chosen.language == script.language.defaultVoice.language, "no language message\n\(stack.logs)")
        #expect(chosen.text.contains(script.chosen), "\(chosen.text)")
        let list = try await caller.say(script.list)
        #expect(list.text.contains(script.listed), "\(list.text)")
        let emergency = try await caller.say(script.emergency)
        #expect(emergency.text.contains("112"), "\(emergency.text)")
        let english = try await caller.say(script.toEnglish)
        #expect(english.text.contains("English") && english.language == "en-IN", "\(english.text)")
        let back = try await caller.say(script.back)
        #expect(back.text.contains(script.backSays) && back.language == script.language.defaultVoice.language, "\(back.text)")
        let bye = try await caller.say(script.goodbye)
        #expect(bye.ending == RelayReply.Ending.goodbye.handoffData, "\(bye.text)")
    }
}
