import Foundation
import TestSupport
import Testing

@testable import LoopTools
@testable import Shared
@testable import Twilio

/// Our X-Twilio-Signature against Twilio's own helper library (the `twilio` package on PyPI).
@Suite("Twilio request signatures")
struct TwilioSignatureTests {
    /// Signatures computed by Twilio's Python `RequestValidator` for the same inputs.
    func referenceSignatures(_ cases: [(token: String, url: String, params: [(String, String)])]) throws -> [String] {
        let payload = cases.map { ["token": $0.token, "url": $0.url, "params": $0.params.map { [$0.0, $0.1] }] as [String: Any] }
        let input = try JSONSerialization.data(withJSONObject: payload)
        let script = """
            import json, sys
            from twilio.request_validator import RequestValidator
            out = []
            for case in json.load(sys.stdin):
                params = {}
                for name, value in case["params"]:
                    params[name] = value
                out.append(RequestValidator(case["token"]).compute_signature(case["url"], params))
            print(json.dumps(out))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(input)
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw SignatureReferenceError(message: "Twilio's Python library is needed (pip install twilio): \(errors)")
        }
        return try JSONDecoder().decode([String].self, from: output)
    }

    @Test("Signatures match Twilio's RequestValidator for real webhook fields, unicode, empty values and query strings")
    func matchesTwilioHelperLibrary() throws {
        var generator = SeededGenerator(seed: 42)
        var cases: [(token: String, url: String, params: [(String, String)])] = [
            (
                "12345", "https://mycompany.com/myapp.php?foo=1&bar=2",
                [("CallSid", "CA1234567890ABCDE"), ("Caller", "+12349013030"), ("Digits", "1234"), ("From", "+12349013030"), ("To", "+18005551212")]
            ),
            (
                "test-token", "https://loop.example.com/twilio/process-speech",
                TwilioWebhook.speech(
                    "Tell me 3 hospitals around Bangalore.", confidence: 0.93, callSid: "CA" + String(repeating: "a", count: 32),
                    from: "+919876545678", to: "+15551234567", accountSid: "AC" + String(repeating: "1", count: 32)
                ).parameters
            ),
            ("tøken", "http://localhost:8000/twilio/reply?turn=abc&hold=1", [("SpeechResult", "नमस्ते & <b>"), ("Empty", "")]),
            ("t", "https://x.ngrok.io/twilio/voice", []),
        ]
        let alphabet = Array("abcXYZ019 +&=?%é漢🙂<>\"'")
        for _ in 0..<40 {
            let params = (0..<Int.random(in: 0...6, using: &generator)).map { index in
                (
                    "P\(index)" + String((0..<3).map { _ in alphabet.randomElement(using: &generator)! }),
                    String((0..<Int.random(in: 0...20, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
                )
            }
            cases.append(
                (
                    "token\(Int.random(in: 0...999, using: &generator))",
                    "https://example.com/twilio/process-speech?x=\(Int.random(in: 0...9, using: &generator))", params
                ))
        }
        let expected = try referenceSignatures(cases)
        for (index, testCase) in cases.enumerated() {
            let ours = TwilioSignature(authToken: testCase.token).signature(url: testCase.url, parameters: testCase.params)
            #expect(ours == expected[index], "case \(index): \(testCase.url) \(testCase.params)")
        }
    }

    @Test("A fixed vector computed by Twilio's helper library validates")
    func documentedExample() {
        let signature = TwilioSignature(authToken: "12345")
        let params = [("CallSid", "CA1234567890ABCDE"), ("Caller", "+12349013030"), ("Digits", "1234"), ("From", "+12349013030"), ("To", "+18005551212")]
        #expect(signature.isValid(signature: "0/KCTR6DLpKmkAf8muzZqo1nDgQ=", url: "https://mycompany.com/myapp.php?foo=1&bar=2", parameters: params))
    }

    @Test("A signature is accepted with or without the default port, and rejected when anything changes")
    func portVariantsAndTampering() {
        let signer = TwilioSignature(authToken: "secret")
        let params = [("CallSid", "CA" + String(repeating: "0", count: 32)), ("SpeechResult", "hello")]
        let signed = signer.signature(url: "https://loop.example.com/twilio/voice", parameters: params)
        #expect(signer.isValid(signature: signed, url: "https://loop.example.com:443/twilio/voice", parameters: params))
        #expect(signer.isValid(signature: signed, url: "https://loop.example.com/twilio/voice", parameters: params))
        #expect(
            !signer.isValid(
                signature: signed, url: "https://loop.example.com/twilio/voice", parameters: [("CallSid", params[0].1), ("SpeechResult", "hello!")]))
        #expect(!signer.isValid(signature: signed, url: "http://loop.example.com/twilio/voice", parameters: params))
        #expect(!TwilioSignature(authToken: "other").isValid(signature: signed, url: "https://loop.example.com/twilio/voice", parameters: params))
        #expect(!signer.isValid(signature: "", url: "https://loop.example.com/twilio/voice", parameters: params))
    }

    @Test(
        "The URL variants add or drop only a default port, wherever the path, query or IPv6 host puts colons",
        arguments: [
            ("https://loop.example.com/twilio/voice?x=1", ["https://loop.example.com/twilio/voice?x=1", "https://loop.example.com:443/twilio/voice?x=1"]),
            ("https://loop.example.com:443/a:b", ["https://loop.example.com:443/a:b", "https://loop.example.com/a:b"]),
            ("http://127.0.0.1:8201/twilio/voice", ["http://127.0.0.1:8201/twilio/voice"]),
            ("http://[::1]/p", ["http://[::1]/p", "http://[::1]:80/p"]),
            ("HTTP://Host:80?q=1", ["HTTP://Host:80?q=1", "HTTP://Host?q=1"]),
            ("ftp://host/p", ["ftp://host/p"]),
        ])
    func urlVariants(url: String, expected: [String]) {
        #expect(TwilioSignature.urlVariants(url) == expected)
    }
}

struct SignatureReferenceError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
