import Foundation
import Testing

@testable import LoopTools
@testable import Shared
@testable import Twilio

/// The gateway's answers to someone probing it, through real processes: guesses of the admin
/// token wherever it is accepted, and what the console's answers let caches keep.
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
