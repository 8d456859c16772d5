import Crypto
import Foundation
import Redis
import Shared

/// Operators' dashboard sessions, in Redis so every gateway knows them: a random id in an
/// `HttpOnly`, `SameSite=Strict` cookie, stored only as its hash, with the session's CSRF token.
///
/// A session is bound to the credential that made it (a hash of `ADMIN_TOKEN`, or of the user's
/// `ADMIN_USERS` entry) and to the user's generation: a rotated token, a changed or removed user,
/// or "log out everywhere" ends it on its next request.
struct AdminSessions: Sendable {
    let redis: RedisClient
    let keys: RedisKeys
    let adminToken: String?
    let adminUsers: [String: String]
    /// How long a login lasts.
    static let lifetime = 8 * 3600
    static let cookieName = "loopai_admin"
    /// The login form's own CSRF cookie (double submit: the form carries the same value).
    static let loginCookieName = "loopai_login"

    /// One logged-in operator.
    struct Session: Codable, Sendable {
        var csrf: String
        var createdAt: Int64
        /// Who logged in: a name from `ADMIN_USERS`, or `admin` for the token.
        var user: String?
        /// A hash of the credential that logged in; a session without one predates the binding.
        var credential: String?
        /// The user's generation when they logged in.
        var generation: Int?
    }

    /// A hash of the credential `user` logs in with now; nil when there is none (a removed user,
    /// an unset token).
    func credential(of user: String) -> String? {
        let secret = user == "admin" ? (adminToken ?? adminUsers["admin"]) : adminUsers[user]
        return secret.map { Self.hash("credential:" + $0) }
    }

    /// A new session: the cookie value and the session.
    func create(user: String) async throws(RedisError) -> (id: String, session: Session) {
        let id = Self.randomToken()
        let generation = try await redis.execute(GET(keys.adminGeneration(user: user)))?.int ?? 0
        let session = Session(
            csrf: Self.randomToken(), createdAt: Date.nowMilliseconds, user: user, credential: credential(of: user), generation: generation)
        let json = (try? String(decoding: JSONEncoder().encode(session), as: UTF8.self)) ?? "{}"
        try await redis.execute(SET(keys.adminSession(Self.hash(id)), json, expiry: .seconds(Self.lifetime)))
        return (id, session)
    }

    /// The session, if it exists and its credential and generation still hold; one that no
    /// longer holds is deleted.
    func session(_ id: String) async throws(RedisError) -> Session? {
        guard (32...128).contains(id.utf8.count) else { return nil }
        guard let stored = try await redis.execute(GET(keys.adminSession(Self.hash(id)))),
            let session = try? JSONDecoder().decode(Session.self, from: Data(stored.bytes))
        else { return nil }
        let user = session.user ?? "admin"
        let generation = try await redis.execute(GET(keys.adminGeneration(user: user)))?.int ?? 0
        guard let bound = session.credential, bound == credential(of: user), session.generation == generation else {
            try await end(id)
            return nil
        }
        return session
    }

    /// Ends every session of `user`, on every gateway.
    func endAll(user: String) async throws(RedisError) {
        // Kept a month from its last raise: longer than any session it ends.
        try await redis.run(CountUp(keys.adminGeneration(user: user), seconds: 30 * 86_400, fromFirstCount: false))
    }

    func end(_ id: String) async throws(RedisError) {
        try await redis.execute(DEL(keys.adminSession(Self.hash(id))))
    }

    /// 32 random bytes as hex.
    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }.hexString
    }

    static func hash(_ id: String) -> String {
        SHA256.hash(data: Array(id.utf8)).hexString
    }
}
