import Foundation
import Hummingbird
import NIOPosix
import PasswordHashing
import Redis
import Shared
import Twilio

/// The dashboard's login and logout: `ADMIN_TOKEN` as the password, a session cookie after it.
///
/// The form carries a CSRF token that must match its own cookie (double submit); attempts are
/// rate-limited per client; the token is compared in constant time.
struct AdminLoginController: Sendable {
    let redis: RedisClient
    let configuration: GatewayConfiguration
    let sessions: AdminSessions
    /// Login attempts per minute per client.
    static let attemptsPerMinute = 10
    /// Wrong passwords for one user from one address before that pair waits 15 minutes.
    static let failuresBeforeLockout = 5

    func addRoutes(to router: Router<GatewayRequestContext>) {
        router.get("/admin/login") { request, _ in try self.form(request, error: nil, status: .ok) }
        router.group("/admin/login")
            .add(middleware: RateLimitMiddleware(
                    redis: redis, keys: configuration.keys, scope: "login", perMinute: Self.attemptsPerMinute, trusted: configuration.trustedProxies,
                    // A person at the login page reads why in the page, not as JSON.
                    refusal: { request, message, _ in try self.form(request, error: message, status: .tooManyRequests) }))
            .post { request, context in try await self.logIn(request, context: context) }
        router.group("/admin/logout")
            .add(middleware: AdminAuthMiddleware(configuration: configuration, sessions: sessions))
            .post { request, context in try await self.logOut(request, context: context) }
        router.group("/admin/logout-everywhere")
            .add(middleware: AdminAuthMiddleware(configuration: configuration, sessions: sessions))
            .post { request, context in try await self.logOutEverywhere(request, context: context) }
    }

    private func form(_ request: Request, error: String?, status: HTTPResponse.Status) throws -> Response {
        guard configuration.adminEnabled else { throw HTTPError(.notFound) }
        let csrf = AdminSessions.randomToken()
        var response = Response(
            status: status, headers: Self.pageHeaders, body: .init(byteBuffer: ByteBuffer(string: AdminPages.login(csrf: csrf, error: error))))
        response.setCookie(
            Cookie(name: AdminSessions.loginCookieName, value: csrf, maxAge: 1800, path: "/admin", secure: isSecure(request), httpOnly: true, sameSite: .strict)
        )
        return response
    }

    private func logIn(_ request: Request, context: GatewayRequestContext) async throws -> Response {
        guard configuration.adminEnabled else { throw HTTPError(.notFound) }
        let body = try await request.body.collect(upTo: 8192)
        let fields = (try? FormBody(String(buffer: body)).fields) ?? [:]
        guard let csrf = fields["csrf"], let cookie = request.cookies[AdminSessions.loginCookieName]?.value, Secrets.equal(csrf, cookie) else {
            return try form(request, error: "The form expired; please log in again.", status: .forbidden)
        }
        let user = (fields["user"] ?? "").trimmingCharacters(in: .whitespaces)
        let client = ClientAddress.subject(of: request, peer: context.remoteAddress, trusted: configuration.trustedProxies)
        // Locked per user and address: someone guessing at one address locks out only themselves,
        // and the right password from another address still gets in.
        let subject = (user.isEmpty ? "admin" : user) + "@" + client
        let failures = FailureCounter(redis: redis, keys: configuration.keys, scope: "login", limit: Self.failuresBeforeLockout, windowSeconds: 900)
        guard await !failures.isLockedOut(subject) else {
            context.logger.warning("A locked-out dashboard login was refused", metadata: ["client": "\(client)"])
            return try form(
                request, error: "Too many wrong passwords for this user from your address. Try again in 15 minutes, or from another network.",
                status: .tooManyRequests)
        }
        guard try await accepts(user: user, password: fields["token"] ?? "") else {
            await failures.recordFailure(subject)
            context.logger.warning("A dashboard login was refused", metadata: ["client": "\(client)"])
            return try form(request, error: "That user name or password is not right.", status: .unauthorized)
        }
        await failures.clear(subject)
        let created: (id: String, session: AdminSessions.Session)
        do {
            created = try await sessions.create(user: user.isEmpty ? "admin" : user)
        } catch {
            throw APIError(.serviceUnavailable, "Redis is unavailable; please try again in a minute.")
        }
        var response = Response(status: .seeOther, headers: [.location: "/admin"])
        response.setCookie(
            Cookie(
                name: AdminSessions.cookieName, value: created.id, maxAge: AdminSessions.lifetime, path: "/", secure: isSecure(request), httpOnly: true,
                sameSite: .strict))
        return response
    }

    /// No user name: the admin token. A user name: its `ADMIN_USERS` hash, checked off the event
    /// loops (hashes are slow on purpose); an unknown name costs the same time as a known one.
    private func accepts(user: String, password: String) async throws -> Bool {
        if user.isEmpty { return configuration.adminToken.map { Secrets.equal(password, $0) } ?? false }
        guard let hash = configuration.adminUsers[user] ?? configuration.adminUsers.values.first else { return false }
        let known = configuration.adminUsers[user] != nil
        let matches = try await NIOThreadPool.singleton.runIfActive { PasswordHash.verify(password, against: hash) }
        return known && matches
    }

    private func logOut(_ request: Request, context: GatewayRequestContext) async throws -> Response {
        if let id = context.adminSessionID { try? await sessions.end(id) }
        var response = Response(status: .noContent)
        response.setCookie(
            Cookie(name: AdminSessions.cookieName, value: "", maxAge: 0, path: "/", secure: isSecure(request), httpOnly: true, sameSite: .strict))
        return response
    }

    /// Ends every session of the logged-in user (or, with the bearer token, of `admin`), on every gateway.
    private func logOutEverywhere(_ request: Request, context: GatewayRequestContext) async throws -> Response {
        let user = context.adminSession?.user ?? "admin"
        do {
            try await sessions.endAll(user: user)
        } catch {
            throw APIError(.serviceUnavailable, "Redis is unavailable; please try again in a minute.")
        }
        context.logger.notice("Dashboard sessions ended everywhere", metadata: ["user": "\(user)"])
        var response = Response(status: .noContent)
        response.setCookie(
            Cookie(name: AdminSessions.cookieName, value: "", maxAge: 0, path: "/", secure: isSecure(request), httpOnly: true, sameSite: .strict))
        return response
    }

    /// `Secure` cookies when the dashboard is reached over https (directly, or through a proxy that says so).
    private func isSecure(_ request: Request) -> Bool {
        request.uri.scheme == .https || request.headers[.xForwardedProto]?.lowercased() == "https" || (configuration.publicURL?.hasPrefix("https://") ?? false)
    }

    static let pageHeaders: HTTPFields = [
        .contentType: "text/html; charset=utf-8", .cacheControl: "no-store",
        .contentSecurityPolicy:
            "default-src 'self'; style-src 'self'; script-src 'self'; img-src 'self' data:; media-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
        .xContentTypeOptions: "nosniff", .referrerPolicy: "no-referrer",
    ]
}
