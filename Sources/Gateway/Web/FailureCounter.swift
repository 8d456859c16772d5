import Crypto
import Redis
import Shared

/// Wrong credentials counted per subject (an address, or a user at an address) in Redis, shared
/// by every gateway: after `limit` failures within `window` the subject is locked out until the
/// window has passed. A subject is another address or user: one cannot lock out the other.
///
/// If Redis cannot be asked, nobody is locked out: a broken counter must not lock operators out.
struct FailureCounter: Sendable {
    let redis: RedisClient
    let keys: RedisKeys
    let scope: String
    let limit: Int
    let windowSeconds: Int

    /// The key of a subject: hashed, since part of it (a user name) is whatever was typed.
    /// Wrong admin bearer tokens per address, wherever one is sent (`/admin/*`, `/upload-csv`,
    /// `/health`, `/ready`, `/metrics`): ten in ten minutes, then that address waits.
    static func bearer(redis: RedisClient, keys: RedisKeys) -> FailureCounter {
        FailureCounter(redis: redis, keys: keys, scope: "bearer", limit: 10, windowSeconds: 600)
    }

    func key(_ subject: String) -> RedisKey {
        keys.failures(scope: scope, subject: String(SHA256.hash(data: Array(subject.utf8)).prefix(16).hexString))
    }

    func isLockedOut(_ subject: String) async -> Bool {
        ((try? await redis.execute(GET(key(subject))))??.int ?? 0) >= limit
    }

    func recordFailure(_ subject: String) async {
        _ = try? await redis.run(CountUp(key(subject), seconds: windowSeconds, fromFirstCount: true))
    }

    func clear(_ subject: String) async {
        _ = try? await redis.execute(DEL(key(subject)))
    }
}
