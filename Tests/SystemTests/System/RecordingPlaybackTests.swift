import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import Testing

@testable import Shared

/// Recordings played in the console: fetched from Twilio (here the local fake, which enforces
/// HTTP auth on media as Twilio can) with the account's credentials, streamed with ranges.
@Suite("Recordings played through the console", .serialized, .timeLimit(.minutes(3)))
struct RecordingPlaybackTests {
    struct Answer {
        var status: Int
        var headers: HTTPHeaders
        var body: [UInt8]
    }

    static func get(_ url: String, range: String? = nil, token: String? = NextStepsTests.adminToken) async throws -> Answer {
        var request = HTTPClientRequest(url: url)
        if let token { request.headers.add(name: "Authorization", value: "Bearer \(token)") }
        if let range { request.headers.add(name: "Range", value: range) }
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(10))
        let body = try await response.body.collect(upTo: 1 << 22)
        return Answer(status: Int(response.status.code), headers: response.headers, body: Array(buffer: body))
    }

    @Test("A recording streams through /admin/recordings with the account's credentials, seeks with Range, is never cached, and needs the login")
    func recordingThroughGateway() async throws {
        let twilio = try await NextStepsTests.fakeTwilio()
        defer { Task { await twilio.stop() } }
        let sid = "RE" + String(repeating: "b", count: 32)
        let audio = twilio.addRecording(sid: sid)
        try await LoopStack.with(environment: NextStepsTests.environment(twilio)) { stack in
            let url = stack.gatewayURL + "/admin/recordings/" + sid
            let whole = try await Self.get(url)
            #expect(whole.status == 200 && whole.body == audio, "\(whole.status) \(String(decoding: whole.body.prefix(300), as: UTF8.self))")
            #expect(whole.headers.first(name: "Content-Type") == "audio/mpeg" && whole.headers.first(name: "Accept-Ranges") == "bytes")
            #expect(whole.headers.first(name: "Cache-Control") == "no-store")
            let part = try await Self.get(url, range: "bytes=100-199")
            #expect(part.status == 206 && part.body == Array(audio[100...199]))
            #expect(part.headers.first(name: "Content-Range") == "bytes 100-199/\(audio.count)")
            let tail = try await Self.get(url, range: "bytes=\(audio.count - 10)-")
            #expect(tail.status == 206 && tail.body == Array(audio.suffix(10)))
            let fetched = twilio.received.filter { $0.path.hasSuffix("/Recordings/\(sid).mp3") }
            #expect(fetched.count == 3 && fetched.allSatisfy(\.authorized) && fetched[1].fields["Range"] == "bytes=100-199")
            #expect(try await Self.get(url, token: nil).status == 401)
            #expect(try await Self.get(stack.gatewayURL + "/admin/recordings/RE1234").status == 400)
            #expect(try await Self.get(stack.gatewayURL + "/admin/recordings/RE" + String(repeating: "c", count: 32)).status == 404)
            #expect(try await Self.get(url, range: "bytes=0-1,5-9").status == 416)
            #expect(try await Self.get(url, range: "bytes=\(audio.count + 5)-").status == 416)
            #expect(twilio.received.count == fetched.count + 2, "besides those, only the unknown recording and the range past the end reached Twilio: a malformed sid or range never does")
        }
    }

    @Test("Credentials Twilio refuses answer 502 saying what to check; no credentials answer 503 saying what to set")
    func recordingWithoutGoodCredentials() async throws {
        let twilio = try await NextStepsTests.fakeTwilio()
        defer { Task { await twilio.stop() } }
        let sid = "RE" + String(repeating: "d", count: 32)
        twilio.addRecording(sid: sid)
        let environment = NextStepsTests.environment(twilio, ["TWILIO_API_KEY": "SK" + String(repeating: "e", count: 32), "TWILIO_API_SECRET": "not-the-secret"])
        try await LoopStack.with(environment: environment) { stack in
            let refused = try await Self.get(stack.gatewayURL + "/admin/recordings/" + sid)
            #expect(refused.status == 502 && String(decoding: refused.body, as: UTF8.self).contains("TWILIO_AUTH_TOKEN"))
            #expect(twilio.received.last?.authorized == false)
            let port = try await stack.startGateway(environment: ["TWILIO_ACCOUNT_SID": "", "TWILIO_API_KEY": "", "TWILIO_API_SECRET": ""])
            let unset = try await Self.get("http://127.0.0.1:\(port)/admin/recordings/" + sid)
            #expect(unset.status == 503 && String(decoding: unset.body, as: UTF8.self).contains("TWILIO_ACCOUNT_SID"))
        }
    }
}
