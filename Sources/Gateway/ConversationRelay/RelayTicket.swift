import Crypto
import Foundation
import Redis
import Shared
import Twilio

/// What a ConversationRelay socket's URL carries: `?call=CA…&n=<nonce>&t=<token>`.
///
/// Every call, and every fresh socket of a call, gets its own URL from a signed webhook, so no two
/// handshakes share a signature. The token (an HMAC of the call and nonce with the server secret)
/// proves a gateway issued it; the nonce, kept in Redis with the caller's number from that
/// webhook, lets it open one socket, once.
struct RelayTicket: Sendable, Equatable {
    let call: CallSid
    let nonce: String
    let token: String

    /// How long an issued URL waits for its socket.
    static let lifetime = 600

    /// The ticket in a socket request's query, when it has the shape of one.
    init?(query: Substring) {
        var fields: [Substring: Substring] = [:]
        for pair in query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, fields[parts[0]] == nil else { return nil }
            fields[parts[0]] = parts[1]
        }
        guard let call = fields["call"].flatMap({ CallSid(String($0)) }), let nonce = fields["n"], let token = fields["t"],
            nonce.utf8.count == 32, token.utf8.count == 32, (nonce + token).utf8.allSatisfy(\.isLowercaseHexDigit)
        else { return nil }
        self.init(call: call, nonce: String(nonce), token: String(token))
    }

    init(call: CallSid, nonce: String, token: String) {
        self.call = call
        self.nonce = nonce
        self.token = token
    }

    var query: String { "call=\(call.value)&n=\(nonce)&t=\(token)" }

    /// A fresh ticket for `call`, recorded with the caller's number from the signed webhook that
    /// asks for it; any ticket issued before for the call stops opening anything. `retryKey`:
    /// Twilio's idempotency token, so a retried webhook issues the same ticket as its first attempt.
    static func issue(
        call: CallSid, caller: String?, retryKey: String?, conversations: ConversationKeys, redis: RedisClient, keys: RedisKeys
    ) async throws(RedisError) -> RelayTicket {
        let nonce = retryKey.map { SHA256.hash(data: Array((call.value + ":" + $0).utf8)).prefix(16).hexString } ?? TurnID.random().value
        let ticket = RelayTicket(call: call, nonce: nonce, token: try await conversations.relayToken(call: call, nonce: nonce))
        _ = try await redis.execute(SET(keys.relaySocket(call: call), nonce + ":" + (caller ?? ""), expiry: .seconds(lifetime)))
        return ticket
    }

    /// Takes the ticket for one socket: the caller's number kept with it ("" when withheld), or nil
    /// when it was taken already, replaced by a newer one, or never issued.
    struct Take: RedisScriptCall {
        typealias Response = String?
        /// A second run would find its own ticket gone and refuse the socket.
        var isSafeToResend: Bool { false }
        static let script = RedisScript(
            keys: ["ticket"], arguments: ["nonce"],
            body: """
                local kept = redis.call('GET', key.ticket)
                if not kept then return false end
                local colon = string.find(kept, ':', 1, true)
                if not colon or string.sub(kept, 1, colon - 1) ~= arg.nonce then return false end
                redis.call('DEL', key.ticket)
                return string.sub(kept, colon + 1)
                """)

        let ticket: RedisKey
        let nonce: String

        func encode(into encoder: inout RedisScriptEncoder) {
            encoder.key("ticket", ticket)
            encoder.argument("nonce", nonce)
        }
    }
}
