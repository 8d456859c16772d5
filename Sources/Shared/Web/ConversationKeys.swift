import Crypto
import Foundation
import Redis
import Synchronization

/// The keys that keep conversations apart: signs the web session ids a gateway issues, and turns
/// a texter's number into the key of their text conversation with a keyed hash, so nobody who
/// knows a member's number can compute it.
///
/// The secret is `SESSION_SECRET`, or, when that is unset, one made by the first gateway that
/// needs it and kept in Redis (``RedisKeys/sessionSecret``), so every gateway shares it.
public final class ConversationKeys: Sendable {
    private let configured: SymmetricKey?
    private let loaded = Mutex<SymmetricKey?>(nil)
    private let redis: RedisClient
    private let keys: RedisKeys

    /// Bytes of signature a web session id carries (16 hexadecimal digits).
    static let signatureBytes = 8

    public init(secret: String?, redis: RedisClient, keys: RedisKeys) {
        configured = secret.map { SymmetricKey(data: Array($0.utf8)) }
        self.redis = redis
        self.keys = keys
    }

    /// The secret: the configured one, or the one kept in Redis (made there if none is yet).
    func secret() async throws(RedisError) -> SymmetricKey {
        if let configured { return configured }
        if let cached = loaded.withLock({ $0 }) { return cached }
        let fresh = (0..<4).map { _ in UInt64.random(in: 0...UInt64.max) }.map { String($0, radix: 16) }.joined()
        let (_, stored) = try await redis.execute(
            SET(keys.sessionSecret, fresh, onlyIfAbsent: true), GET(keys.sessionSecret))
        guard let secret = try stored.get() else { throw .unexpectedReply("the session secret vanished") }
        let key = SymmetricKey(data: secret.bytes)
        loaded.withLock { $0 = key }
        return key
    }

    private static func mac(_ text: String, _ key: SymmetricKey) -> [UInt8] {
        Array(HMAC<SHA256>.authenticationCode(for: Array(text.utf8), using: key))
    }

    /// The signature a web id with this random part carries.
    private func signature(of random: TurnID) async throws(RedisError) -> String {
        Self.mac("web:" + random.value, try await secret()).prefix(Self.signatureBytes).hexString
    }

    /// A new web conversation's id.
    public func newWebSession() async throws(RedisError) -> WebSessionID {
        let random = TurnID.random()
        return WebSessionID(random: random, signature: try await signature(of: random))
    }

    /// The id, if this deployment issued it; nil for a forged, altered or foreign one.
    public func verify(_ id: WebSessionID) async throws(RedisError) -> WebSessionID? {
        guard let random = id.random else { return nil }
        return Secrets.equal(String(id.value.suffix(2 * Self.signatureBytes)), try await signature(of: random)) ? id : nil
    }

    /// The token of a ConversationRelay socket's URL for `call`, issued with `nonce`: only a
    /// gateway that holds the secret can name a socket for a call.
    public func relayToken(call: CallSid, nonce: String) async throws(RedisError) -> String {
        Self.mac("relay:" + call.value + ":" + nonce, try await secret()).prefix(16).hexString
    }

    /// True when `token` is the one this deployment issued for `call` and `nonce`.
    public func verifyRelayToken(_ token: String, call: CallSid, nonce: String) async throws(RedisError) -> Bool {
        Secrets.equal(token, try await relayToken(call: call, nonce: nonce))
    }

    /// The same answer without waiting, when the secret is at hand (configured, or loaded once
    /// already); nil when only Redis can tell.
    public func verifyRelayTokenNow(_ token: String, call: CallSid, nonce: String) -> Bool? {
        guard let key = configured ?? loaded.withLock({ $0 }) else { return nil }
        return Secrets.equal(token, Self.mac("relay:" + call.value + ":" + nonce, key).prefix(16).hexString)
    }

    /// The console's search key of a caller's number (normalised by the caller): a keyed hash,
    /// so calls can be found by a member's whole number that is never stored in clear.
    public func callerSearchKey(number: String) async throws(RedisError) -> String {
        Self.mac("caller-search:" + number, try await secret()).prefix(16).hexString
    }

    /// The key of the text conversation with `number`: a keyed hash of it, shaped like a Call SID.
    public func textConversation(number: String) async throws(RedisError) -> CallSid {
        let digits = Self.mac("sms:" + number, try await secret()).prefix(16).hexString
        guard let turn = TurnID(digits) else { throw .unexpectedReply("a keyed hash that is not 32 hexadecimal digits") }
        return CallSid(digits: turn)
    }
}
