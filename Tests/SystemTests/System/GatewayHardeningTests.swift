import Foundation
import Testing

@testable import LoopTools
@testable import Shared
@testable import Twilio

/// The gateway's answers to someone probing it, through real processes: guesses of the admin
/// token wherever it is accepted (an IPv6 client counted by its /64), what the console's answers
/// let caches keep, and what clients can make the log say.
@Suite("Gateway hardening", .serialized, .timeLimit(.minutes(3)))
struct GatewayHardeningTests {
    static let token = AdminDashboardTests.token
    static let bearer = [("Authorization", "Bearer \(token)")]

    @Test("Wrong bearer tokens on /health and /ready count toward the /admin lockout: after ten, the right one shows nothing more there or under /admin")
    func healthGuessesCounted() async throws {
        try await LoopStack.with(environment: ["ADMIN_TOKEN": Self.token]) { stack in
            let client = AdminDashboardTests.Browser(base: stack.gatewayURL)
            for attempt in 0..<10 {
                let answer = try await client.send(.GET, attempt % 2 == 0 ? "/health" : "/ready", headers: [("Authorization", "Bearer wrong-\(attempt)")])
                #expect(!answer.body.contains("redis"), "a wrong token saw the details")
            }
            let health = try await client.send(.GET, "/health", headers: Self.bearer)
            #expect(health.status == 429 && !health.body.contains("redis"), "the right token confirmed after ten guesses: \(health.status) \(health.body)")
            #expect(try await client.send(.GET, "/admin/calls", headers: Self.bearer).status == 429)
            // A load balancer sends no token and is never locked out.
            #expect(try await client.send(.GET, "/health").status == 200)
        }
    }

    @Test("Every /admin answer says Cache-Control: no-store: JSON, CSV, pages, reveals, refusals and errors")
    func consoleNeverCached() async throws {
        try await LoopStack.with(environment: ["ADMIN_TOKEN": Self.token]) { stack in
            let operator_ = AdminDashboardTests.Browser(base: stack.gatewayURL)
            let call = TwilioWebhook.randomCallSid()
            var answers: [(String, Int, String?)] = []
            for path in ["/admin/calls", "/admin/calls/\(call)", "/admin/voicemails", "/admin/live", "/admin/calls.csv", "/admin/overview", "/admin/network"] {
                let answer = try await operator_.send(.GET, path, headers: Self.bearer)
                answers.append((path, answer.status, answer.headers.first(name: "Cache-Control")))
            }
            let reveal = try await operator_.send(.POST, "/admin/voicemails/\(call)/reveal", headers: Self.bearer)
            answers.append(("reveal", reveal.status, reveal.headers.first(name: "Cache-Control")))
            let stranger = AdminDashboardTests.Browser(base: stack.gatewayURL)
            for path in ["/admin", "/admin/calls", "/admin/login"] {
                let answer = try await stranger.send(.GET, path)
                answers.append((path + " (no login)", answer.status, answer.headers.first(name: "Cache-Control")))
            }
            for (path, status, cache) in answers {
                #expect(cache == "no-store", "\(path) answered \(status) with Cache-Control \(cache ?? "none")")
            }
            #expect(answers.contains { $0.0 == "/admin/calls" && $0.1 == 200 })
        }
    }

    @Test("Logs cannot be flooded or forged: idle connections cut by the first-request timer are notices, a refused webhook's 60 KB URL is logged capped, a setup's callSid with a newline writes no line of its own")
    func logHygiene() async throws {
        try await LoopStack.with(environment: ["VOICE_MODE": "relay", "HEADER_TIMEOUT_SECONDS": "1"]) { stack in
            let port = stack.gatewayPorts[0]
            // Three connections that never send a request, cut by the first-request deadline.
            let idle = Process()
            idle.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
            idle.arguments = ["-c", "import socket, time; s = [socket.create_connection(('127.0.0.1', \(port))) for _ in range(3)]; time.sleep(2.5)"]
            try idle.run()
            idle.waitUntilExit()

            let probe = stack.caller()
            let flood = try await probe.send(
                path: TwilioRoutes.voice + "?q=" + String(repeating: "A", count: 60_000),
                webhook: TwilioWebhook.callStarted(callSid: probe.callSid, from: probe.from, to: probe.to, accountSid: probe.accountSid),
                headers: [("X-Twilio-Signature", "forged")])
            #expect(flood.status == 403)

            let caller = RelayCaller(webhooks: stack.caller())
            guard case .relay(let connect) = try await caller.webhooks.start().next else { throw TwiMLError(message: "no <ConversationRelay>", xml: "") }
            let target = caller.socketTarget(connect)
            let socket = RelaySocket(url: target.url, signature: target.signature)
            socket.send(["type": "setup", "sessionId": "VX1", "callSid": "X\nFORGED critical gateway: [Gateway] Forged", "customParameters": [:]])
            #expect(await socket.closed.next(timeout: .seconds(5)) != nil)
            try await Task.sleep(for: .milliseconds(300))

            let lines = stack.gatewayProcesses[0].log.split(separator: "\n")
            #expect(!lines.contains { $0.contains(" error ") || $0.contains("Error handling upgrade result") }, "\(lines.filter { $0.contains("error") })")
            #expect(lines.filter { $0.contains("A connection ended before its first request was in") }.count >= 3)
            let rejected = lines.filter { $0.contains("Rejected webhook with a bad or missing X-Twilio-Signature") }
            #expect(rejected.count == 1 && rejected.allSatisfy { $0.utf8.count < 2000 }, "\(rejected.map(\.utf8.count))")
            #expect(!lines.contains { $0.hasPrefix("FORGED") }, "a callSid wrote a line of its own")
            #expect(lines.contains { $0.contains(#"X\nFORGED"#) })
        }
    }

    @Test("IPv6 clients are counted by their /64: wrong tokens from ten addresses of one /64 lock all of it out, another /64 still gets in")
    func ipv6ByPrefix() async throws {
        try await LoopStack.with(environment: ["ADMIN_TOKEN": Self.token, "TRUSTED_PROXIES": "127.0.0.1/32, ::1"]) { stack in
            let client = AdminDashboardTests.Browser(base: stack.gatewayURL)
            func from(_ address: String) -> [(String, String)] { [("X-Forwarded-For", address)] }
            for attempt in 1...10 {
                _ = try await client.send(.GET, "/admin/calls", headers: [("Authorization", "Bearer wrong-\(attempt)")] + from("2001:db8:1:2::\(attempt)"))
            }
            let same = try await client.send(.GET, "/admin/calls", headers: Self.bearer + from("2001:db8:1:2:ffff:ffff:ffff:9"))
            #expect(same.status == 429, "a fresh address in the same /64 got a fresh allowance: \(same.status)")
            #expect(try await client.send(.GET, "/admin/calls", headers: Self.bearer + from("2001:db8:1:3::1")).status == 200)
        }
    }
}
