import Crypto

/// A Lua script run by its SHA1 (`EVALSHA`), so each call sends a 40-byte digest instead of the
/// script; the first call on a server that does not know it yet (after a restart) sends the
/// source once with `EVAL`.
public struct RedisScript: Sendable {
    public let source: String
    public let sha1: String

    public init(_ source: String) {
        self.source = source
        self.sha1 = Insecure.SHA1.hash(data: Array(source.utf8)).reduce(into: "") { hex, byte in
            hex += String(byte >> 4, radix: 16) + String(byte & 0x0F, radix: 16)
        }
    }

    /// `EVALSHA sha numkeys keys… args…`.
    public func call(keys: [[UInt8]], arguments: [[UInt8]]) -> RedisCommand {
        .evalsha(sha1, keys: keys, arguments: arguments)
    }

    /// The same call with the source, for when the server answered `NOSCRIPT`.
    public func callWithSource(keys: [[UInt8]], arguments: [[UInt8]]) -> RedisCommand {
        .eval(source, keys: keys, arguments: arguments)
    }

    /// True when the reply says the server does not have the script cached.
    public static func isMissing(_ reply: RedisValue) -> Bool {
        if case .error(let message) = reply { return message.hasPrefix("NOSCRIPT") }
        return false
    }
}
