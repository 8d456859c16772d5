import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import PasswordHashing
import Testing

@testable import LoopTools
@testable import Shared
@testable import Twilio

/// The operators' side over HTTP, through real processes: logging in, CSRF, the overview's live
/// figures, and a list uploaded and served by the brains without a restart.
@Suite("Dashboard, login and list uploads", .serialized, .timeLimit(.minutes(3)))
struct AdminDashboardTests {
    static let token = "admin-token-0123456789abcdef"

    /// A browser-like client: keeps cookies, never follows redirects.
    final class Browser {
        var cookies: [String: String] = [:]
        let base: String

        init(base: String) { self.base = base }

        /// Redirects are for the test to see, not to follow; shared by the suite and never shut down.
        static let client: HTTPClient = {
            var configuration = HTTPClient.Configuration()
            configuration.redirectConfiguration = .disallow
            return HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        }()

        func send(
            _ method: HTTPMethod, _ path: String, form: String? = nil, body: String? = nil, headers: [(String, String)] = []
        ) async throws -> (
            status: Int, headers: HTTPHeaders, body: String
        ) {
            var request = HTTPClientRequest(url: base + path)
            request.method = method
            if !cookies.isEmpty { request.headers.add(name: "Cookie", value: cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")) }
            if let form {
                request.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
                request.body = .bytes(ByteBuffer(string: form))
            } else if let body {
                request.body = .bytes(ByteBuffer(string: body))
            }
            for (name, value) in headers { request.headers.replaceOrAdd(name: name, value: value) }
            let response = try await Self.client.execute(request, timeout: .seconds(15))
            for header in response.headers[canonicalForm: "Set-Cookie"] {
                let pair = header.split(separator: ";").first?.split(separator: "=", maxSplits: 1) ?? []
                if pair.count == 2 { cookies[String(pair[0])] = String(pair[1]) } else if pair.count == 1 { cookies[String(pair[0])] = nil }
            }
            return (Int(response.status.code), response.headers, String(buffer: try await response.body.collect(upTo: 1 << 22)))
        }

        func logIn(token: String, headers: [(String, String)] = []) async throws -> (status: Int, headers: HTTPHeaders, body: String) {
            let form = try await send(.GET, "/admin/login", headers: headers)
            let csrf = form.body.components(separatedBy: #"name="csrf" value=""#).last?.prefix(64) ?? ""
            return try await send(.POST, "/admin/login", form: "csrf=\(csrf)&token=\(token)", headers: headers)
        }

        func pageCSRF() async throws -> String {
            let page = try await send(.GET, "/admin")
            return String(page.body.components(separatedBy: #"<meta name="csrf-token" content=""#).last?.prefix(64) ?? "")
        }
    }

    @Test("Logging in: a wrong token is refused, a login without its form's CSRF is refused, a good one sets a strict HttpOnly cookie")
    func login() async throws {
        try await LoopStack.with(environment: ["ADMIN_TOKEN": Self.token]) { stack in
            let browser = Browser(base: stack.gatewayURL)
            let redirected = try await browser.send(.GET, "/admin")
            #expect(redirected.status == 303 && redirected.headers.first(name: "Location") == "/admin/login")
            #expect(try await browser.send(.GET, "/admin/overview").status == 401)
            #expect(try await browser.logIn(token: "not-the-token").status == 401)
            let forged = try await browser.send(.POST, "/admin/login", form: "csrf=\(String(repeating: "0", count: 64))&token=\(Self.token)")
            #expect(forged.status == 403)
            let good = try await browser.logIn(token: Self.token)
            #expect(good.status == 303 && good.headers.first(name: "Location") == "/admin")
            let cookie = good.headers[canonicalForm: "Set-Cookie"].first { $0.hasPrefix("loopai_admin=") } ?? ""
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), "\(cookie)")
            let page = try await browser.send(.GET, "/admin")
            #expect(page.status == 200 && page.body.contains("Loop AI operations"))
            #expect(page.headers.first(name: "Content-Security-Policy")?.contains("script-src 'self'") == true)
            // Changes need the page's CSRF token even with the cookie.
            #expect(try await browser.send(.POST, "/admin/logout").status == 403)
            #expect(try await browser.send(.POST, "/admin/logout", headers: [("X-CSRF-Token", try await browser.pageCSRF())]).status == 204)
            #expect(try await browser.send(.GET, "/admin/overview").status == 401)
        }
    }

    @Test("Sessions end with the credential that made them: a rotated ADMIN_TOKEN, and 'log out everywhere', end every login")
    func sessionsFollowTheCredential() async throws {
        try await LoopStack.with(environment: ["ADMIN_TOKEN": Self.token]) { stack in
            let first = Browser(base: stack.gatewayURL), second = Browser(base: stack.gatewayURL)
            #expect(try await first.logIn(token: Self.token).status == 303)
            #expect(try await second.logIn(token: Self.token).status == 303)
            #expect(try await first.send(.GET, "/admin/overview").status == 200)
            // Another gateway of the same deployment, after the token was rotated: the old logins are over.
            let rotatedToken = "rotated-admin-token-0123456789ab"
            let rotatedPort = try await stack.startGateway(environment: ["ADMIN_TOKEN": rotatedToken])
            let rotated = Browser(base: "http://127.0.0.1:\(rotatedPort)")
            rotated.cookies = first.cookies
            #expect(try await rotated.send(.GET, "/admin/overview").status == 401, "a session outlived the token that made it")
            // Log out everywhere from one browser: the other's session ends too, on every gateway.
            let fresh = Browser(base: stack.gatewayURL), other = Browser(base: stack.gatewayURL)
            #expect(try await fresh.logIn(token: Self.token).status == 303)
            #expect(try await other.logIn(token: Self.token).status == 303)
            #expect(try await fresh.send(.POST, "/admin/logout-everywhere").status == 403, "it needs the page's CSRF token")
            #expect(try await fresh.send(.POST, "/admin/logout-everywhere", headers: [("X-CSRF-Token", try await fresh.pageCSRF())]).status == 204)
            #expect(try await other.send(.GET, "/admin/overview").status == 401)
            #expect(try await fresh.send(.GET, "/admin/overview").status == 401)
            // A new login works again.
            #expect(try await other.logIn(token: Self.token).status == 303)
            #expect(try await other.send(.GET, "/admin/overview").status == 200)
        }
    }

    @Test("ADMIN_USERS: a user logs in with a hashed password; a wrong one or an unknown user is refused; no token, no bearer access")
    func usersWithHashedPasswords() async throws {
        let hash = try #require(PasswordHash.make("alice's long passphrase", cost: 4))
        try await LoopStack.with(environment: ["ADMIN_USERS": "alice:\(hash)"]) { stack in
            let browser = Browser(base: stack.gatewayURL)
            func logIn(_ user: String, _ password: String) async throws -> Int {
                let form = try await browser.send(.GET, "/admin/login")
                let csrf = form.body.components(separatedBy: #"name="csrf" value=""#).last?.prefix(64) ?? ""
                let encoded = password.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
                return try await browser.send(.POST, "/admin/login", form: "csrf=\(csrf)&user=\(user)&token=\(encoded)").status
            }
            let wrong = try await logIn("alice", "wrong passphrase")
            let unknown = try await logIn("mallory", "alice's long passphrase")
            let noUser = try await logIn("", "alice's long passphrase")
            #expect(wrong == 401 && unknown == 401 && noUser == 401)
            #expect(try await browser.send(.GET, "/admin/calls", headers: [("Authorization", "Bearer anything-at-all-0123")]).status == 401)
            let right = try await logIn("alice", "alice's long passphrase")
            #expect(right == 303)
            #expect(try await browser.send(.GET, "/admin/overview").status == 200)
        }
    }

    @Test("Wrong passwords lock out one user at one address, never the right password from another; X-Forwarded-For counts only from TRUSTED_PROXIES")
    func loginLockout() async throws {
        try await LoopStack.with(environment: ["ADMIN_TOKEN": Self.token, "TRUSTED_PROXIES": "127.0.0.1/32, ::1"]) { stack in
            let attacker = Browser(base: stack.gatewayURL), admin = Browser(base: stack.gatewayURL)
            func from(_ address: String) -> [(String, String)] { [("X-Forwarded-For", "198.18.0.1, " + address)] }
            var statuses: [Int] = []
            for attempt in 0..<6 { statuses.append(try await attacker.logIn(token: "wrong-\(attempt)", headers: from("203.0.113.7")).status) }
            #expect(statuses == [401, 401, 401, 401, 401, 429], "\(statuses)")
            #expect(try await attacker.logIn(token: Self.token, headers: from("203.0.113.7")).status == 429, "a locked-out pair stays locked")
            #expect(try await admin.logIn(token: Self.token, headers: from("198.51.100.9")).status == 303, "the admin elsewhere gets in")
            // Wrong bearer tokens are counted per address too.
            var bearer: [Int] = []
            for attempt in 0..<11 {
                bearer.append(try await attacker.send(.GET, "/admin/overview", headers: [("Authorization", "Bearer wrong-\(attempt)")] + from("203.0.113.8")).status)
            }
            #expect(bearer.prefix(10).allSatisfy { $0 == 401 } && bearer.last == 429, "\(bearer)")
            #expect(try await attacker.send(.GET, "/admin/overview", headers: [("Authorization", "Bearer \(Self.token)")] + from("203.0.113.8")).status == 429)
            #expect(try await attacker.send(.GET, "/admin/overview", headers: [("Authorization", "Bearer \(Self.token)")] + from("198.51.100.10")).status == 200)
        }
        // Without TRUSTED_PROXIES a forged X-Forwarded-For names nobody: every attempt is the peer's.
        try await LoopStack.with(environment: ["ADMIN_TOKEN": Self.token]) { stack in
            let attacker = Browser(base: stack.gatewayURL)
            var statuses: [Int] = []
            for attempt in 0..<6 {
                statuses.append(try await attacker.logIn(token: "wrong-\(attempt)", headers: [("X-Forwarded-For", "203.0.113.\(attempt)")]).status)
            }
            #expect(statuses.last == 429, "a new X-Forwarded-For per attempt must not reset the count: \(statuses)")
        }
    }

    @Test("A login page sent too many attempts says so in the page, with when to try again, not as raw JSON")
    func rateLimitedLoginIsAPage() async throws {
        try await LoopStack.with(environment: ["ADMIN_TOKEN": Self.token]) { stack in
            let browser = Browser(base: stack.gatewayURL)
            var last: (status: Int, headers: HTTPHeaders, body: String)?
            // A different user each time: the per-user lockout never comes first, the per-address limit does.
            for attempt in 0..<12 {
                let form = try await browser.send(.GET, "/admin/login")
                let csrf = form.body.components(separatedBy: #"name="csrf" value=""#).last?.prefix(64) ?? ""
                last = try await browser.send(.POST, "/admin/login", form: "csrf=\(csrf)&user=user\(attempt)&token=wrong")
            }
            #expect(last?.status == 429)
            #expect(last?.headers.first(name: "Content-Type")?.hasPrefix("text/html") == true, "\(String(describing: last?.headers))")
            #expect(last?.body.contains("please wait") == true && last?.body.contains("<form") == true, "\(last?.body.prefix(300) ?? "")")
            #expect(last?.headers.first(name: "Retry-After") != nil)
        }
    }

    @Test("Uploads that would stall a gateway are refused at once: an enormous name names its row, fifty thousand form fields are too many")
    func stallingUploads() async throws {
        try await LoopStack.with(environment: ["ADMIN_TOKEN": Self.token]) { stack in
            let browser = Browser(base: stack.gatewayURL)
            let bearer = [("Authorization", "Bearer \(Self.token)")]
            let enormous = "HOSPITAL NAME,Address,CITY\nGood Hospital,1 Road,Pune\n\(String(repeating: "x", count: 200_000)),2 Road,Pune\n"
            let refused = try await browser.send(.POST, "/upload-csv", body: enormous, headers: bearer + [("Content-Type", "text/csv")])
            #expect(refused.status == 400 && refused.body.contains("row 3"), "\(refused.status) \(refused.body.prefix(300))")
            let boundary = "LoopBoundary"
            let fields = (0..<50_000).map { "--\(boundary)\r\nContent-Disposition: form-data; name=\"f\($0)\"\r\n\r\nx\r\n" }.joined() + "--\(boundary)--\r\n"
            let many = try await browser.send(
                .POST, "/upload-csv", body: fields, headers: bearer + [("Content-Type", "multipart/form-data; boundary=\(boundary)")])
            #expect(many.status == 400 && many.body.contains("more than 16 fields"), "\(many.status) \(many.body.prefix(300))")
            #expect(await LoopStack.get(stack.gatewayURL + "/health")?.status == 200)
        }
    }

    @Test("The overview counts turns, latency, brains and today's calls from real calls")
    func overview() async throws {
        try await LoopStack.with(environment: ["ADMIN_TOKEN": Self.token, "CALL_RECORD_GRACE_SECONDS": "0"]) { stack in
            let caller = stack.caller()
            _ = try await caller.start()
            _ = try await caller.say("Tell me 3 hospitals in Pune")
            _ = try await caller.say("Is Zyxwv Galactic Hospital in my network in Pune?")
            _ = try await caller.callback(TwilioRoutes.callStatus, [("CallStatus", "completed"), ("CallDuration", "20")])
            let browser = Browser(base: stack.gatewayURL)
            _ = try await browser.logIn(token: Self.token)
            var overview: [String: Any] = [:]
            let ready = await eventually(timeout: .seconds(10)) {
                guard let body = try? await browser.send(.GET, "/admin/overview").body,
                    let object = try? JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any],
                    ((object["today"] as? [String: Any])?["calls"] as? Int) == 1
                else { return false }
                overview = object
                return true
            }
            #expect(ready, "\(overview)")
            #expect(((overview["turnsPerMinute"] as? [Int]) ?? []).reduce(0, +) >= 3)
            #expect(overview["latencyP50"] as? Int != nil)
            #expect((overview["brains"] as? [Any])?.count == 1)
            let week = overview["week"] as? [String: Any]
            #expect(((week?["topNotFound"] as? [[String: Any]])?.first?["name"] as? String) == "Zyxwv Galactic (Pune)")
        }
    }

    @Test("An uploaded list is checked completely, stored as a new version and served by the brains without a restart; a bad one changes nothing")
    func uploadServedWithoutRestart() async throws {
        try await LoopStack.with(environment: ["ADMIN_TOKEN": Self.token, "HOSPITALS_SOURCE": "redis"]) { stack in
            let bearer = [("Authorization", "Bearer \(Self.token)")]
            let browser = Browser(base: stack.gatewayURL)
            let bad = try await browser.send(
                .POST, "/upload-csv", body: "HOSPITAL NAME,Address,CITY\nGood Hospital,1 Road,Pune\nNo City Hospital,2 Road,\n",
                headers: bearer + [("Content-Type", "text/csv")])
            #expect(bad.status == 400)
            #expect(bad.body.contains("row 3 without a city"), "\(bad.body)")
            let missing = try await browser.send(.POST, "/upload-csv", body: "NAME,CITY\nx,y\n", headers: bearer + [("Content-Type", "text/csv")])
            #expect(missing.status == 400 && missing.body.contains("missing column"), "\(missing.body)")
            #expect(try await browser.send(.GET, "/admin/network", headers: bearer).body.contains(#""brains""#))
            #expect(!(try await browser.send(.GET, "/admin/network", headers: bearer).body.contains(#""current""#)))

            let caller = stack.caller()
            _ = try await caller.start()
            #expect(try await caller.say("how many hospitals in Pune").text.contains("Pune"))

            // The dashboard's own way: a logged-in session, its CSRF token, a multipart form.
            _ = try await browser.logIn(token: Self.token)
            let csrf = try await browser.pageCSRF()
            let list =
                "HOSPITAL NAME,Address,CITY\nSunrise Test Hospital,\"1 Lake Road, Baner\",Pune\nMoonlight Test Clinic,\"2 Hill Road, Aundh\",Pune\n<img src=x onerror=alert(1)> Hospital,3 Road,Pune\n"
            let boundary = "loopai-test-boundary"
            let multipart =
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"list.csv\"\r\nContent-Type: text/csv\r\n\r\n\(list)\r\n--\(boundary)--\r\n"
            #expect(
                try await browser.send(.POST, "/upload-csv", body: multipart, headers: [("Content-Type", "multipart/form-data; boundary=\(boundary)")]).status
                    == 403)
            let stored = try await browser.send(
                .POST, "/upload-csv", body: multipart, headers: [("Content-Type", "multipart/form-data; boundary=\(boundary)"), ("X-CSRF-Token", csrf)])
            #expect(stored.status == 200, "\(stored.body)")
            #expect(stored.body.contains(#""version":1"#) && stored.body.contains(#""rows":3"#))
            let served = await eventually(timeout: .seconds(10)) {
                (try? await browser.send(.GET, "/admin/network", headers: bearer).body.contains(#""list":"redis:v1""#)) ?? false
            }
            #expect(served)
            let answer = try await caller.say("how many hospitals in Pune")
            #expect(answer.text.contains("There are 3 network hospitals in Pune"), "\(answer.text)")
        }
    }
}
