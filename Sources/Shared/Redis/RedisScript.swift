import Crypto

/// A Lua script run by its SHA1 (`EVALSHA`), so each call sends a 40-byte digest instead of the
/// script; the first call on a server that does not know it yet (after a restart) sends the
/// source once with `EVAL`.
public struct RedisScript: Sendable {
    public let source: String
    public let sha1: String

    public init(_ source: String) {
        self.source = source
        self.sha1 = Insecure.SHA1.hash(data: Array(source.utf8)).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    /// `EVALSHA sha numkeys keys… args…`.
    public func call(keys: [[UInt8]], arguments: [[UInt8]]) -> RedisCommand {
        RedisCommand([Array("EVALSHA".utf8), Array(sha1.utf8), Array(String(keys.count).utf8)] + keys + arguments)
    }

    /// The same call with the source, for when the server answered `NOSCRIPT`.
    public func callWithSource(keys: [[UInt8]], arguments: [[UInt8]]) -> RedisCommand {
        RedisCommand([Array("EVAL".utf8), Array(source.utf8), Array(String(keys.count).utf8)] + keys + arguments)
    }

    /// True when the reply says the server does not have the script cached.
    public static func isMissing(_ reply: RedisValue) -> Bool {
        if case .error(let message) = reply { return message.hasPrefix("NOSCRIPT") }
        return false
    }
}

extension RedisClient {
    /// Runs a script by its digest, sending the source only if the server lacks it.
    public func run(_ script: RedisScript, keys: [String], arguments: [[UInt8]]) async throws -> RedisValue {
        let keyBytes = keys.map { Array($0.utf8) }
        let reply = try await pipeline([script.call(keys: keyBytes, arguments: arguments)])[0]
        if RedisScript.isMissing(reply) {
            return try await execute(script.callWithSource(keys: keyBytes, arguments: arguments))
        }
        return try reply.orThrow()
    }
}

extension RedisConnection {
    /// Runs a script by its digest on this connection, sending the source only if the server lacks it.
    public func run(_ script: RedisScript, keys: [[UInt8]], arguments: [[UInt8]]) throws(RedisError) -> RedisValue {
        let reply = try execute(script.call(keys: keys, arguments: arguments))
        if RedisScript.isMissing(reply) {
            return try execute(script.callWithSource(keys: keys, arguments: arguments))
        }
        return reply
    }
}

extension ReconnectingRedisConnection {
    /// Runs a script by its digest, sending the source only if the server lacks it.
    public func run(_ script: RedisScript, keys: [[UInt8]], arguments: [[UInt8]]) throws(RedisError) -> RedisValue {
        try with { connection throws(RedisError) in try connection.run(script, keys: keys, arguments: arguments) }
    }
}
