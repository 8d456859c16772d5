import Foundation
import TestSupport
import Testing

@testable import Brain
@testable import Gateway
@testable import HospitalSearch
@testable import LoopTools
@testable import Shared
@testable import Twilio

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Seeded random input, a fixed number of rounds, every run the same: form bodies, signatures,
/// caller speech and TwiML must never crash and must always produce well-formed XML.
@Suite("Fuzzing")
struct FuzzTests {
    static let rounds = 3000

    static func randomText(_ generator: inout SeededGenerator, maxLength: Int = 200) -> String {
        let pools: [[Character]] = [
            Array("abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
            Array("<>&\"';=%+[]{}()/\\#?!\t\n\r"),
            Array("नमस्तेಬೆಂಗಳೂರುঅ漢字🙂é"),
            ["\u{0}", "\u{1}", "\u{8}", "\u{B}", "\u{1F}", "\u{7F}", "\u{85}", "\u{FFFE}", "\u{FFFF}", "\u{200B}"],
        ]
        let length = Int.random(in: 0...maxLength, using: &generator)
        return String(
            (0..<length).map { _ in
                let pool = pools[Int.random(in: 0..<pools.count, using: &generator)]
                return pool[Int.random(in: 0..<pool.count, using: &generator)]
            })
    }

    static func isWellFormed(_ xml: String) -> Bool {
        XMLParser(data: Data(xml.utf8)).parse()
    }

    @Test("Random form bodies decode or are refused cleanly, and cleaned speech is safe to queue")
    func formDecoding() {
        var generator = SeededGenerator(seed: 2026)
        for _ in 0..<Self.rounds {
            var body = Self.randomText(&generator, maxLength: 300)
            if Bool.random(using: &generator) {
                body = "CallSid=CA\(String(repeating: "a", count: 32))&SpeechResult=" + body
            }
            guard let decoded = try? FormBody(body) else { continue }
            let form = TwilioForm(body: decoded)
            let speech = form.speech
            #expect(speech.count <= Turn.maximumSpeechLength)
            #expect(!speech.unicodeScalars.contains { $0.value < 0x20 })
            _ = form.confidence
            _ = form.callSid
        }
    }

    @Test("Random URLs, parameters and signatures never crash validation and never validate by accident")
    func signatures() {
        var generator = SeededGenerator(seed: 7)
        let signer = TwilioSignature(authToken: "fuzz-token")
        for _ in 0..<Self.rounds {
            let url = "https://example.com/" + Self.randomText(&generator, maxLength: 40)
            let parameters = (0..<Int.random(in: 0...5, using: &generator)).map { _ in
                (Self.randomText(&generator, maxLength: 10), Self.randomText(&generator, maxLength: 30))
            }
            let forged = Self.randomText(&generator, maxLength: 40)
            #expect(!signer.isValid(signature: forged, url: url, parameters: parameters))
            #expect(signer.isValid(signature: signer.signature(url: url, parameters: parameters), url: url, parameters: parameters))
        }
    }

    @Test("Random text in every TwiML verb always renders well-formed XML")
    func twimlRendering() {
        var generator = SeededGenerator(seed: 99)
        for _ in 0..<Self.rounds {
            let text = Self.randomText(&generator)
            let voice = VoiceSettings(voice: Self.randomText(&generator, maxLength: 10), language: Self.randomText(&generator, maxLength: 5))
            let twiml = TwiML([.say(text), .gather(.init(prompt: [text], action: text, hints: [text, text])), .redirect(text), .message(text), .hangup])
            #expect(Self.isWellFormed(twiml.render(voice)), "\(text.debugDescription)")
        }
    }

    @Test("Random caller speech always gets a well-formed reply from the dialog")
    func dialogReplies() async throws {
        // A thousand turns of the real list's search: off the shared pool, so the process-based
        // tests running beside this one keep their sockets served (a pool thread held for 45 s
        // once left a relay socket's setup unsent past the gateway's deadline).
        let malformed = try await onOwnThread { () throws -> [String] in
            let engine = DialogEngine(directory: try RealNetwork.network())
            var generator = SeededGenerator(seed: 5)
            var state: DialogState?
            var malformed: [String] = []
            let words = ["hospitals", "in", "Bangalore", "more", "yes", "Manipal", "the", "second", "one", "how", "many", "Pune", "no", "what", "about"]
            for round in 0..<(Self.rounds / 3) {
                var speech = Self.randomText(&generator, maxLength: 60)
                if round % 2 == 0 {
                    speech = (0..<Int.random(in: 1...6, using: &generator)).map { _ in words.randomElement(using: &generator)! }.joined(separator: " ")
                }
                let answer = engine.answer(.said(Turn.Utterance(speech: TwilioForm.clean(speech), confidence: Double.random(in: 0...1, using: &generator))), state: state)
                state = answer.decision.state.ended ? nil : answer.decision.state
                if !Self.isWellFormed(engine.reply(to: answer, on: .gather).body.text) { malformed.append(speech.debugDescription) }
            }
            return malformed
        }
        #expect(malformed.isEmpty, "\(malformed.count) replies not well-formed XML, for: \(malformed.prefix(5))")
    }
}
