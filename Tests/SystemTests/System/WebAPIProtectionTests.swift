import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import Testing

@testable import LoopTools
@testable import Shared

/// The JSON API through real processes: `/converse`, the two searches, the OpenAPI document
/// The JSON API's defences through real processes: bad input, private conversations, per-client
/// rate limits across gateways, CORS.
@Suite("The JSON API's defences", .serialized, .timeLimit(.minutes(3)))
struct WebAPIProtectionTests {
    @Test("Bad input gets a clear JSON error: not JSON, a huge body, text too long, a forged session id")
    func badInput() async throws {
        try await LoopStack.with { stack in
            for (json, status) in [
                ("not json", 400), (#"{"text":"\#(String(repeating: "a", count: 600))"}"#, 400), (#"{"text":"\#(String(repeating: "ab ", count: 170))"}"#, 400),
                (#"{"text":"hi","session_id":"CA123"}"#, 400),
                (#"{"text":"\#(String(repeating: "a", count: 20_000))"}"#, 413),
            ] {
                let answer = try await WebAPITests.request(stack, .POST, "/converse", json: json)
                #expect(answer.status == status, "\(json.prefix(40)) → \(answer.status) \(answer.body)")
                #expect((try? WebAPITests.object(answer.body))?["error"] is String, "\(answer.body)")
            }
            let script = try JSONDecoder().decode(
                ConverseReply.self,
                from: Data(try await WebAPITests.request(stack, .POST, "/converse", json: #"{"text":"<script>alert(1)</script> hospitals in Pune"}"#).body.utf8))
            #expect(!script.items.isEmpty)
        }
    }

    @Test("Nobody who knows a member's number can read or steer their texts, and no forged or foreign id reaches a conversation")
    func conversationsArePrivate() async throws {
        try await LoopStack.with { stack in
            let member = stack.caller()
            let texted = try await member.text("hospitals in Pune").joined()
            #expect(texted.contains("Pune"), "\(texted)")
            // Every id an attacker can compute: the old unkeyed hash of the number, shaped as a web
            // id with any signature; the member's CallSid-shaped key; a real web id altered by one digit.
            let oldKey = CallSid.standIn(for: "sms:" + member.from).value.dropFirst(2).lowercased()
            let issued = try JSONDecoder().decode(ConverseReply.self, from: Data(try await WebAPITests.request(stack, .POST, "/converse", json: "{}").body.utf8))
            let altered = String(issued.sessionID.dropLast()) + (issued.sessionID.last == "0" ? "1" : "0")
            for forged in ["web_" + oldKey + "0123456789abcdef", "web_" + oldKey + "ffffffffffffffff", altered] {
                let answer = try await WebAPITests.request(stack, .POST, "/converse", json: #"{"text":"repeat that","session_id":"\#(forged)"}"#)
                #expect(answer.status == 200, "\(answer.body)")
                let reply = try JSONDecoder().decode(ConverseReply.self, from: Data(answer.body.utf8))
                #expect(reply.speech.hasPrefix("Hello! I am Loop AI"), "a forged id must start a new conversation: \(reply.speech)")
                #expect(!reply.speech.contains("Pune") && reply.sessionID != forged)
            }
            // The member's conversation is untouched: their next text follows on from Pune.
            let followUp = try await member.text("more").joined()
            #expect(followUp.contains("next"), "\(followUp)")
            // The text conversation's key is a keyed hash in its own key space, never the plain one.
            let keys = try await stack.redis.execute(Ask("KEYS", "loopai:session:*"))
            let names = (keys.array ?? []).compactMap(\.string)
            #expect(names.contains { $0.hasPrefix("loopai:session:sms:") } && !names.contains { $0.contains(String(oldKey)) }, "\(names)")
        }
    }

    @Test("Per-client rate limits hold across gateways and answer 429 with Retry-After; CORS only for listed origins")
    func limitsAndCORS() async throws {
        let stack = try await LoopStack(gateways: 2, environment: ["RATE_LIMIT_PER_MINUTE": "4", "CORS_ORIGINS": "https://insurer.example"])
        defer { Task { await stack.shutdown() } }
        let urls = stack.gatewayPorts.map { "http://127.0.0.1:\($0)" }
        var statuses: [Int] = []
        var retryAfter: String?
        for index in 0..<6 {
            let response = try await HTTPClient.shared.execute(
                HTTPClientRequest(url: urls[index % 2] + "/search-by-city?city=Pune&limit=1"), timeout: .seconds(10))
            statuses.append(Int(response.status.code))
            if response.status.code == 429 { retryAfter = response.headers.first(name: "Retry-After") }
        }
        #expect(statuses.prefix(4).allSatisfy { $0 == 200 }, "\(statuses)")
        #expect(statuses.suffix(2).allSatisfy { $0 == 429 }, "\(statuses)")
        #expect(Int(retryAfter ?? "") ?? 0 >= 1)

        var preflight = HTTPClientRequest(url: urls[0] + "/converse")
        preflight.method = .OPTIONS
        preflight.headers.add(name: "Origin", value: "https://insurer.example")
        preflight.headers.add(name: "Access-Control-Request-Method", value: "POST")
        let allowed = try await HTTPClient.shared.execute(preflight, timeout: .seconds(10))
        #expect(allowed.headers.first(name: "Access-Control-Allow-Origin") == "https://insurer.example")
        preflight.headers.replaceOrAdd(name: "Origin", value: "https://evil.example")
        let refused = try await HTTPClient.shared.execute(preflight, timeout: .seconds(10))
        #expect(refused.headers.first(name: "Access-Control-Allow-Origin") == nil)
    }
}
