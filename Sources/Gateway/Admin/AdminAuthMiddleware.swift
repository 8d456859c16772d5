import Foundation
import Hummingbird
import Shared

/// Lets a request into `/admin/*` with `Authorization: Bearer <ADMIN_TOKEN>` (scripts, the JSON
/// API) or a dashboard session cookie (the browser). A browser request that changes anything
/// must also carry the session's CSRF token in `X-CSRF-Token`.
///
/// Without `ADMIN_TOKEN` or `ADMIN_USERS` there is no admin at all: 404. Without a valid login, a page asked for
/// by a browser is redirected to the login form; anything else gets 401.
struct AdminAuthMiddleware: RouterMiddleware {
    typealias Context = GatewayRequestContext
    let token: String?
    /// False when neither `ADMIN_TOKEN` nor `ADMIN_USERS` is set: no admin at all.
    let enabled: Bool
    let sessions: AdminSessions
    let trusted: TrustedProxies
    /// Wrong bearer tokens per address: ten in ten minutes, then that address waits.
    let wrongTokens: FailureCounter

    init(configuration: GatewayConfiguration, sessions: AdminSessions) {
        token = configuration.adminToken
        enabled = configuration.adminEnabled
        self.sessions = sessions
        trusted = configuration.trustedProxies
        wrongTokens = .bearer(redis: sessions.redis, keys: configuration.keys)
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard enabled else { throw HTTPError(.notFound) }
        if let header = request.headers[.authorization] {
            let client = ClientAddress.subject(of: request, peer: context.remoteAddress, trusted: trusted)
            guard await !wrongTokens.isLockedOut(client) else {
                var response = APIError.response(.tooManyRequests, "Too many wrong tokens from this address; wait ten minutes.")
                response.headers[.retryAfter] = "600"
                return response
            }
            guard let token, header.hasPrefix("Bearer "), Secrets.equal(String(header.dropFirst(7)), token) else {
                await wrongTokens.recordFailure(client)
                return Self.unauthorized()
            }
            return try await next(request, context)
        }
        guard let id = request.cookies[AdminSessions.cookieName]?.value, let session = try await lookUp(id) else {
            if request.method == .get, request.uri.path == "/admin" || request.uri.path == "/admin/" {
                return Response(status: .seeOther, headers: [.location: "/admin/login"])
            }
            return Self.unauthorized()
        }
        if request.method != .get && request.method != .head {
            guard let given = request.headers[.csrfToken], Secrets.equal(given, session.csrf) else {
                return APIError.response(.forbidden, "This request needs the page's CSRF token; reload the dashboard and try again.")
            }
        }
        var context = context
        context.adminSession = session
        context.adminSessionID = id
        return try await next(request, context)
    }

    private func lookUp(_ id: String) async throws -> AdminSessions.Session? {
        do {
            return try await sessions.session(id)
        } catch {
            throw APIError(.serviceUnavailable, "Redis is unavailable; the dashboard cannot check your login.")
        }
    }

    static func unauthorized() -> Response {
        var response = APIError.response(.unauthorized, "Log in at /admin/login, or send Authorization: Bearer <ADMIN_TOKEN>.")
        response.headers[.wwwAuthenticate] = #"Bearer realm="loop-ai-admin""#
        return response
    }
}
