import Foundation
import Hummingbird
import TestSupport
import Testing

@testable import Shared
@testable import Twilio

/// The gateway's own form-body parser, checked against Hummingbird's `URLEncodedFormDecoder`.
@Suite("Form body")
struct FormBodyTests {
    @Test("Twilio's encoding decodes: + is a space, %XX a byte, UTF-8 kept, order kept")
    func decodesTwilioFields() throws {
        let body = try FormBody("CallSid=CA123&SpeechResult=Manipal+Sarjapur%2C+Bengaluru&From=%2B919876545678&Name=%E0%A4%AE%E0%A4%A3%E0%A4%BF")
        #expect(body.pairs.map(\.0) == ["CallSid", "SpeechResult", "From", "Name"])
        #expect(body.first("SpeechResult") == "Manipal Sarjapur, Bengaluru")
        #expect(body.first("From") == "+919876545678")
        #expect(body.first("Name") == "मणि")
    }

    @Test("A repeated name keeps every pair for the signature and its first value for the turn")
    func repeatedNames() throws {
        let body = try FormBody("a=1&b=2&a=3")
        #expect(body.pairs.count == 3)
        #expect(body.first("a") == "1")
        #expect(body.fields == ["a": "1", "b": "2"])
    }

    @Test("A bad %-escape refuses the whole body", arguments: ["a=%", "a=%4", "a=%zz", "%G1=1", "ok=1&b=%E2%8"])
    func refusesBadEscapes(_ text: String) {
        #expect(throws: FormBody.Invalid.self) { try FormBody(text) }
    }

    @Test("Bytes that are not UTF-8 become U+FFFD instead of failing the call")
    func repairsInvalidUTF8() throws {
        #expect(try FormBody("a=%C3x&%FF=1").fields == ["a": "\u{FFFD}x", "\u{FFFD}": "1"])
    }

    @Test("Parts without '=' and empty parts are skipped, as Hummingbird skips them")
    func skipsPartsWithoutEquals() throws {
        #expect(try FormBody("a=1&&flag&b=").fields == ["a": "1", "b": ""])
    }

    @Test("On random bodies it agrees with Hummingbird's decoder wherever that decoder accepts the body")
    func agreesWithHummingbird() {
        var generator = SeededGenerator(seed: 1405)
        let pieces = [
            "&", "=", "+", "%", "%2", "%2B", "%20", "%3D", "%26", "%E2%82%AC", "%C3", "%c3%a9", "%ZZ", "%0A", "a", "B", "z9", "CallSid", "From",
            "SpeechResult", "é", "€", "हिं", " ", "~", ".", "-", "_", "*",
        ]
        var compared = 0
        var refusedByBoth = 0
        for _ in 0..<20_000 {
            let length = Int.random(in: 0...14, using: &generator)
            let text = (0..<length).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &generator)] }.joined()
            let theirs: Result<[String: String], any Error> = Result { try URLEncodedFormDecoder().decode([String: String].self, from: text) }
            let ours = Result { try FormBody(text) }
            switch (theirs, ours) {
            case (.success(let expected), .success(let decoded)):
                // Hummingbird does not turn + into a space in names; Twilio's names never hold one.
                guard !text.split(separator: "&").contains(where: { $0.split(separator: "=", maxSplits: 1).first?.contains("+") == true }) else { continue }
                #expect(decoded.fields == expected, "body: \(text)")
                compared += 1
            case (.success(let expected), .failure):
                Issue.record("Hummingbird decoded \(expected) but we refused: \(text)")
            case (.failure(let error), .success):
                // Only the shapes Hummingbird refuses by design may differ: repeated or bracketed names.
                let message = "\(error)"
                #expect(message.contains("duplicate") || message.contains("Parsing dictionary key") || message.contains("Adding array"), "\(text): \(message)")
            case (.failure, .failure):
                refusedByBoth += 1
            }
        }
        #expect(compared > 5_000 && refusedByBoth > 500, "compared \(compared), refused by both \(refusedByBoth)")
    }
}
