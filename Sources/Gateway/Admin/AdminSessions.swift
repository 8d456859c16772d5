import Crypto
import Foundation
import Redis
import Shared

/// Operators' dashboard sessions, in Redis so every gateway knows them: a random id in an
/// `HttpOnly`, `SameSite=Strict` cookie, stored only as its hash, with the session's CSRF token.
struct AdminSessions: Sendable {
    let redis: RedisClient
    let keys: RedisKeys
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
    }

    /// A new session: the cookie value and the session.
    func create(user: String) async throws(RedisError) -> (id: String, session: Session) {
        let id = Self.randomToken()
        let session = Session(csrf: Self.randomToken(), createdAt: Date.nowMilliseconds, user: user)
        let json = (try? String(decoding: JSONEncoder().encode(session), as: UTF8.self)) ?? "{}"
        try await redis.execute(SET(keys.adminSession(Self.hash(id)), json, expiry: .seconds(Self.lifetime)))
        return (id, session)
    }

    func session(_ id: String) async throws(RedisError) -> Session? {
        guard (32...128).contains(id.utf8.count) else { return nil }
        guard let stored = try await redis.execute(GET(keys.adminSession(Self.hash(id)))) else { return nil }
        return try? JSONDecoder().decode(Session.self, from: Data(stored.bytes))
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
