import Config
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

@testable import Gateway
@testable import LoopTools
@testable import Shared
@testable import Twilio

/// The gateway on its own, against a real Redis with no brain running.
@Suite("Gateway webhooks", .timeLimit(.minutes(3)))
struct GatewayWebhookTests {
    @Test("Requests without a valid X-Twilio-Signature are refused with 403 when a token is set")
    func rejectsBadSignatures() async throws {
        let redis = try await RedisServer()
        defer { Task { await redis.stop() } }
        let configuration = try await GatewayHarness.configuration(redis: redis.url, extra: ["TWILIO_AUTH_TOKEN": GatewayHarness.token])
        try await GatewayHarness.app(configuration).test(.live) { (client: any TestClientProtocol) async throws in
            let unsigned = GatewayHarness.request("/twilio/process-speech", fields: GatewayHarness.speech("hi"), token: nil)
            #expect(try await client.post(unsigned).status == .forbidden)
            let wrongToken = GatewayHarness.request("/twilio/process-speech", fields: GatewayHarness.speech("hi"), token: "not-the-token")
            #expect(try await client.post(wrongToken).status == .forbidden)
            var tampered = GatewayHarness.request("/twilio/process-speech", fields: GatewayHarness.speech("hi"))
            tampered.body = ByteBuffer(string: TwilioWebhook(parameters: GatewayHarness.speech("something else")).body)
            #expect(try await client.post(tampered).status == .forbidden)
        }
        let queued = try await redis.execute(Ask("LLEN", RedisKeys().turns)).int
        #expect(queued == 0, "a refused webhook must not queue a turn")
    }

    @Test("The example file's placeholder or a token of the wrong length stops the gateway; without a token webhooks are refused unless ALLOW_UNSIGNED_WEBHOOKS=true, and /health says which")
    func tokenRules() async throws {
        let redis = try await RedisServer()
        defer { Task { await redis.stop() } }
        for token in ["your_32_character_auth_token_here", "short-token", String(repeating: "a", count: 33)] {
            await #expect(throws: ConfigurationError.self) {
                try await GatewayHarness.configuration(redis: redis.url, extra: ["TWILIO_AUTH_TOKEN": token, "ALLOW_UNSIGNED_WEBHOOKS": "false"])
            }
        }
        let refusing = try await GatewayHarness.configuration(redis: redis.url, extra: ["ALLOW_UNSIGNED_WEBHOOKS": "false", "ADMIN_TOKEN": GatewayHarness.adminToken])
        try await GatewayHarness.app(refusing).test(.live) { (client: any TestClientProtocol) async throws in
            let unsigned = try await client.post(GatewayHarness.request("/twilio/voice", fields: GatewayHarness.speech(""), token: nil))
            #expect(unsigned.status == .forbidden && String(buffer: unsigned.body).contains("ALLOW_UNSIGNED_WEBHOOKS"))
            let health = try await client.executeRequest(uri: "/health", method: .get, headers: GatewayHarness.adminBearer, body: nil)
            #expect(String(buffer: health.body).contains(#""webhook_signatures":"refused: no TWILIO_AUTH_TOKEN""#), "\(String(buffer: health.body))")
        }
        let developing = try await GatewayHarness.configuration(redis: redis.url, extra: ["ADMIN_TOKEN": GatewayHarness.adminToken])
        try await GatewayHarness.app(developing).test(.live) { (client: any TestClientProtocol) async throws in
            #expect(try await client.post(GatewayHarness.request("/twilio/voice", fields: GatewayHarness.speech(""), token: nil)).status == .ok)
            let health = try await client.executeRequest(uri: "/health", method: .get, headers: GatewayHarness.adminBearer, body: nil)
            #expect(String(buffer: health.body).contains("ALLOW_UNSIGNED_WEBHOOKS=true"))
        }
        let signed = try await GatewayHarness.configuration(
            redis: redis.url, extra: ["TWILIO_AUTH_TOKEN": GatewayHarness.token, "ADMIN_TOKEN": GatewayHarness.adminToken])
        try await GatewayHarness.app(signed).test(.live) { (client: any TestClientProtocol) async throws in
            let health = try await client.executeRequest(uri: "/health", method: .get, headers: GatewayHarness.adminBearer, body: nil)
            #expect(String(buffer: health.body).contains(#""webhook_signatures":"checked""#))
        }
    }

    @Test("A correctly signed webhook is accepted, also behind a proxy (X-Forwarded-*) and with PUBLIC_URL")
    func acceptsSignedRequests() async throws {
        let redis = try await RedisServer()
        defer { Task { await redis.stop() } }
        let plain = try await GatewayHarness.configuration(redis: redis.url, extra: ["TWILIO_AUTH_TOKEN": GatewayHarness.token])
        try await GatewayHarness.app(plain).test(.live) { (client: any TestClientProtocol) async throws in
            let direct = GatewayHarness.request(
                "/twilio/process-speech", fields: GatewayHarness.speech("hi"),
                signedURL: "http://localhost/twilio/process-speech")
            #expect(try await client.post(direct).status == .ok)
            let proxied = GatewayHarness.request(
                "/twilio/process-speech", fields: GatewayHarness.speech("hi"),
                signedURL: "https://loop.example.com/twilio/process-speech",
                headers: [HTTPField.Name("X-Forwarded-Proto")!: "https", HTTPField.Name("X-Forwarded-Host")!: "loop.example.com"])
            #expect(try await client.post(proxied).status == .ok)
        }
        let behindTunnel = try await GatewayHarness.configuration(
            redis: redis.url,
            extra: [
                "TWILIO_AUTH_TOKEN": GatewayHarness.token, "PUBLIC_URL": "https://abc123.ngrok.io/",
            ])
        try await GatewayHarness.app(behindTunnel).test(.live) { (client: any TestClientProtocol) async throws in
            let tunnelled = GatewayHarness.request("/twilio/voice", fields: GatewayHarness.speech(""), signedURL: "https://abc123.ngrok.io/twilio/voice")
            #expect(try await client.post(tunnelled).status == .ok)
            let signedForLocal = GatewayHarness.request("/twilio/voice", fields: GatewayHarness.speech(""), signedURL: "http://localhost/twilio/voice")
            #expect(try await client.post(signedForLocal).status == .forbidden)
        }
    }

    @Test(
        "With an auth token set, a missing or malformed CallSid gets 400 with a message saying what is wrong",
        arguments: [
            ("", "missing"), ("test-call-123", "expected 'CA' followed by 32 hexadecimal digits"), ("CA123", "expected"),
            ("CA" + String(repeating: "g", count: 32), "expected"),
        ])
    func rejectsBadCallSid(callSid: String, message: String) async throws {
        let redis = try await RedisServer()
        defer { Task { await redis.stop() } }
        let configuration = try await GatewayHarness.configuration(redis: redis.url, extra: ["TWILIO_AUTH_TOKEN": GatewayHarness.token])
        try await GatewayHarness.app(configuration).test(.live) { (client: any TestClientProtocol) async throws in
            let fields = callSid.isEmpty ? [("SpeechResult", "hi")] : [("CallSid", callSid), ("SpeechResult", "hi")]
            let response = try await client.post(GatewayHarness.request("/twilio/process-speech", fields: fields))
            #expect(response.status == .badRequest)
            #expect(String(buffer: response.body).contains(message))
        }
    }

    @Test("Oversized bodies get 413, non-form bodies 415, unknown routes 404 and wrong methods a plain error")
    func refusesOtherInput() async throws {
        let redis = try await RedisServer()
        defer { Task { await redis.stop() } }
        let configuration = try await GatewayHarness.configuration(redis: redis.url)
        try await GatewayHarness.app(configuration).test(.live) { (client: any TestClientProtocol) async throws in
            let huge = GatewayHarness.request("/twilio/process-speech", fields: GatewayHarness.speech(String(repeating: "a", count: 70_000)), token: nil)
            #expect(try await client.post(huge).status == .contentTooLarge)
            let json = try await client.executeRequest(
                uri: "/twilio/process-speech", method: .post, headers: [.contentType: "application/json"], body: ByteBuffer(string: "{}"))
            #expect(json.status == .unsupportedMediaType)
            let unknown = try await client.executeRequest(uri: "/admin", method: .get, headers: [:], body: nil)
            #expect(unknown.status == .notFound)
            let wrongMethod = try await client.executeRequest(uri: "/twilio/voice", method: .delete, headers: [:], body: nil)
            #expect([.notFound, .methodNotAllowed].contains(wrongMethod.status))
            #expect(!String(buffer: wrongMethod.body).contains("Error Domain"))
        }
    }

    @Test("/admin is off (404) without ADMIN_TOKEN, and needs the exact bearer token with it; a short token is refused at start")
    func adminNeedsItsToken() async throws {
        let redis = try await RedisServer()
        defer { Task { await redis.stop() } }
        let off = try await GatewayHarness.configuration(redis: redis.url)
        try await GatewayHarness.app(off).test(.live) { (client: any TestClientProtocol) async throws in
            for path in ["/admin/calls", "/admin/summary", "/admin/voicemails"] {
                #expect(try await client.executeRequest(uri: path, method: .get, headers: [:], body: nil).status == .notFound)
                #expect(try await client.executeRequest(uri: path, method: .get, headers: [.authorization: "Bearer x"], body: nil).status == .notFound)
            }
        }
        let token = "a-long-enough-admin-token"
        let on = try await GatewayHarness.configuration(redis: redis.url, extra: ["ADMIN_TOKEN": token])
        try await GatewayHarness.app(on).test(.live) { (client: any TestClientProtocol) async throws in
            for header in ["", "Bearer", "Bearer a-long-enough-admin-toke", "Bearer a-long-enough-admin-tokenX", "Basic \(token)", "bearer \(token)"] {
                let headers: HTTPFields = header.isEmpty ? [:] : [.authorization: header]
                #expect(try await client.executeRequest(uri: "/admin/calls", method: .get, headers: headers, body: nil).status == .unauthorized, "\(header)")
            }
            let allowed = try await client.executeRequest(uri: "/admin/calls", method: .get, headers: [.authorization: "Bearer \(token)"], body: nil)
            #expect(allowed.status == .ok)
            #expect(String(buffer: allowed.body).hasPrefix(#"{"calls":[],"#), "\(String(buffer: allowed.body))")
        }
        await #expect(throws: ConfigurationError.self) { try await GatewayHarness.configuration(redis: redis.url, extra: ["ADMIN_TOKEN": "short"]) }
    }

    @Test("/twilio/status reports the configuration with the Account SID masked")
    func statusMasksAccountSid() async throws {
        let redis = try await RedisServer()
        defer { Task { await redis.stop() } }
        let configuration = try await GatewayHarness.configuration(
            redis: redis.url,
            extra: [
                "TWILIO_ACCOUNT_SID": "AC1234567890abcdef1234567890abcdef", "TWILIO_AUTH_TOKEN": "secret-token-0123456789abcdef012", "TWILIO_PHONE_NUMBER": "+12025551234",
            ])
        try await GatewayHarness.app(configuration).test(.live) { (client: any TestClientProtocol) async throws in
            let response = try await client.executeRequest(uri: "/twilio/status", method: .get, headers: [:], body: nil)
            let json = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
            #expect(json?["twilio_configured"] as? Bool == true)
            #expect(json?["phone_number"] as? String == "+12025551234")
            #expect(json?["account_sid"] as? String == "AC123456...")
            #expect(!String(buffer: response.body).contains("secret-token"))
        }
    }

    @Test("With no brain answering, the caller is put on hold with a redirect, then asked again — never left in a loop")
    func holdsThenAsksAgain() async throws {
        let redis = try await RedisServer()
        defer { Task { await redis.stop() } }
        let configuration = try await GatewayHarness.configuration(redis: redis.url)
        try await GatewayHarness.app(configuration).test(.live) { (client: any TestClientProtocol) async throws in
            let first = try await client.post(GatewayHarness.request("/twilio/process-speech", fields: GatewayHarness.speech("hello"), token: nil))
            let document = try TwiMLDocument(xml: String(buffer: first.body))
            #expect(first.status == .ok)
            #expect(document.text.contains("One moment"))
            guard case .redirect(let url) = document.next else {
                Issue.record("expected a redirect, got \(document.next)")
                return
            }
            #expect(url.hasPrefix("/twilio/reply?turn="))
            var next = url
            var rounds = 0
            while rounds < 5 {
                let response = try await client.post(GatewayHarness.request(next, fields: GatewayHarness.speech(""), token: nil))
                let held = try TwiMLDocument(xml: String(buffer: response.body))
                rounds += 1
                if case .redirect(let again) = held.next {
                    next = again
                    continue
                }
                #expect(held.text.contains("ask me again"))
                if case .gather = held.next {} else { Issue.record("the caller must be listened to again, got \(held.next)") }
                break
            }
            #expect(rounds == configuration.maxRedirects)
        }
    }

    @Test("A Hindi call's holds and apologies are said in Hindi by the Hindi voice, and send the caller on in Hindi")
    func gatewayWordsInTheCallsLanguage() async throws {
        let redis = try await RedisServer()
        defer { Task { await redis.stop() } }
        let configuration = try await GatewayHarness.configuration(redis: redis.url)
        let hindiSay = #"<Say voice="Polly.Aditi" language="hi-IN">"#
        try await GatewayHarness.app(configuration).test(.live) { (client: any TestClientProtocol) async throws in
            // The brain wrote ?lang=hi into the Gather's action; no brain answers now.
            let first = try await client.post(
                GatewayHarness.request("/twilio/process-speech?lang=hi", fields: GatewayHarness.speech("पुणे के अस्पताल"), token: nil))
            let held = String(buffer: first.body)
            #expect(held.contains(hindiSay + "एक क्षण रुकिए।</Say>"), "\(held)")
            let redirect = try #require(held.components(separatedBy: "<Redirect method=\"POST\">").last?.components(separatedBy: "</Redirect>").first)
            #expect(redirect.hasSuffix("&amp;lang=hi"), "\(redirect)")
            var next = redirect.replacingOccurrences(of: "&amp;", with: "&")
            var last = ""
            for _ in 0..<5 {
                last = String(buffer: try await client.post(GatewayHarness.request(next, fields: GatewayHarness.speech(""), token: nil)).body)
                guard let url = last.components(separatedBy: "<Redirect method=\"POST\">").last?.components(separatedBy: "</Redirect>").first,
                    url.hasPrefix("/twilio/reply")
                else { break }
                #expect(last.contains(hindiSay), "\(last)")
                next = url.replacingOccurrences(of: "&amp;", with: "&")
            }
            #expect(last.contains("क्या आप फिर से पूछ सकते हैं?"), "\(last)")
            #expect(last.contains(#"action="/twilio/process-speech?lang=hi""#) && last.contains(#"language="hi-IN""#), "\(last)")
            // English calls (no lang) and an unknown lang stay English.
            for path in ["/twilio/process-speech", "/twilio/process-speech?lang=xx"] {
                let english = String(buffer: try await client.post(GatewayHarness.request(path, fields: GatewayHarness.speech("hi"), token: nil)).body)
                #expect(english.contains("One moment, please.") && !english.contains("lang="), "\(english)")
            }
        }
        let down = try await GatewayHarness.configuration(redis: "redis://127.0.0.1:\(freePort())/0", extra: ["DEFAULT_LANGUAGE": "hi"])
        try await GatewayHarness.app(down).test(.live) { (client: any TestClientProtocol) async throws in
            let greeting = String(buffer: try await client.post(GatewayHarness.request("/twilio/voice", fields: GatewayHarness.speech(""), token: nil)).body)
            #expect(greeting.contains(hindiSay + "नमस्ते!"), "DEFAULT_LANGUAGE=hi: a new call's apology is Hindi: \(greeting)")
            let midCall = String(
                buffer: try await client.post(GatewayHarness.request("/twilio/process-speech?lang=hi", fields: GatewayHarness.speech("x"), token: nil)).body)
            #expect(midCall.contains(hindiSay + "माफ़ कीजिए") && midCall.contains(#"language="hi-IN""#), "\(midCall)")
        }
    }

    @Test("Less exposure: /health and /ready tell a load balancer only a status; recording links must be Twilio's; /converse takes only JSON")
    func lessExposure() async throws {
        let redis = try await RedisServer()
        defer { Task { await redis.stop() } }
        let configuration = try await GatewayHarness.configuration(redis: redis.url, extra: ["ADMIN_TOKEN": GatewayHarness.adminToken])
        try await GatewayHarness.app(configuration).test(.live) { (client: any TestClientProtocol) async throws in
            for path in ["/health", "/ready"] {
                let anonymous = String(buffer: try await client.executeRequest(uri: path, method: .get, headers: [:], body: nil).body)
                #expect(anonymous == #"{"status":"degraded"}"#, "\(path): \(anonymous)")
                let wrong: HTTPFields = [.authorization: "Bearer not-the-admin-token"]
                #expect(!String(buffer: try await client.executeRequest(uri: path, method: .get, headers: wrong, body: nil).body).contains("redis"))
                let operator_ = String(buffer: try await client.executeRequest(uri: path, method: .get, headers: GatewayHarness.adminBearer, body: nil).body)
                #expect(operator_.contains(#""reachable":true"#) && operator_.contains("gateway"), "\(operator_)")
            }
            // A callback naming a recording anywhere but Twilio keeps the event, never the link.
            let sid = "CA" + String(repeating: "ab", count: 16)
            for (url, kept) in [("https://evil.example/r.mp3", false), ("https://api.twilio.com.evil.example/r", false), ("https://api.twilio.com/2010-04-01/Recordings/RE1", true)] {
                let fields = [("CallSid", sid), ("RecordingSid", "RE1"), ("RecordingUrl", url), ("RecordingStatus", "completed")]
                #expect(try await client.post(GatewayHarness.request("/twilio/recording-status", fields: fields, token: nil)).status.code < 300)
                let events = try await redis.execute(Ask("LRANGE", RedisKeys().callEvents(call: CallSid(sid)!), "-1", "-1")).array?.first?.string ?? ""
                #expect(events.contains(url.replacingOccurrences(of: "/", with: "\\/")) == kept, "\(url): \(events)")
            }
            // A page elsewhere may post text/plain without asking: not a question.
            let plain = try await client.executeRequest(
                uri: "/converse", method: .post, headers: [.contentType: "text/plain"], body: ByteBuffer(string: #"{"text":"hospitals in Pune"}"#))
            #expect(plain.status == .unsupportedMediaType && String(buffer: plain.body).contains("Content-Type"))
        }
    }

    @Test("When Redis is unreachable every webhook still gets valid TwiML that apologises and listens")
    func apologisesWhenRedisIsDown() async throws {
        let configuration = try await GatewayHarness.configuration(
            redis: "redis://127.0.0.1:\(freePort())/0", extra: ["ADMIN_TOKEN": GatewayHarness.adminToken])
        try await GatewayHarness.app(configuration).test(.live) { (client: any TestClientProtocol) async throws in
            for path in ["/twilio/voice", "/twilio/process-speech"] {
                let response = try await client.post(GatewayHarness.request(path, fields: GatewayHarness.speech("hi"), token: nil))
                #expect(response.status == .ok)
                let document = try TwiMLDocument(xml: String(buffer: response.body))
                #expect(document.text.contains("trouble"))
                if case .gather = document.next {} else { Issue.record("expected a Gather after the apology") }
            }
            let ready = try await client.executeRequest(uri: "/ready", method: .get, headers: [:], body: nil)
            #expect(ready.status == .serviceUnavailable)
            let health = try await client.executeRequest(uri: "/health", method: .get, headers: GatewayHarness.adminBearer, body: nil)
            #expect(String(buffer: health.body).contains("\"reachable\":false"))
        }
    }
}
