/// One Redis command, typed: its arguments, the reply it answers with, and whether it may be sent
/// again after a connection dropped before its reply was read.
///
/// Each command Loop AI sends is a type in this folder (`GET`, `LPUSH`, `ZADD`, …), grouped as
/// Redis groups them (strings, lists, hashes, sorted sets, streams, connection, scripting). Callers
/// never spell a command as strings; they build one of these and get its `Response` back.
public protocol RedisCommandType: Sendable {
    /// What the reply decodes to.
    associatedtype Response: RedisReplyDecodable = RedisValue

    /// The command's name, for logs and errors (arguments may hold caller data and are left out).
    static var name: String { get }

    /// True for commands that wait on the server for data to arrive (`BLMOVE`, `BLMPOP`): a repeat
    /// could take a second item, so they are never sent twice.
    var isBlocking: Bool { get }

    /// True when sending the command a second time, after a connection dropped before its reply
    /// was read, cannot change what a caller sees: reads; writes that set a value or membership;
    /// pushes of items that carry ids their readers de-duplicate; Loop AI's scripts, idempotent by
    /// design. The reasons for each are in `docs/architecture.md`.
    var isSafeToResend: Bool { get }

    /// Writes the command's name and arguments.
    func encode(into encoder: inout RedisCommandEncoder)
}

extension RedisCommandType {
    public var isBlocking: Bool { false }
    public var isSafeToResend: Bool { !isBlocking }
    public var name: String { Self.name }
}

/// A command whose only argument is one key (`GET key`, `LLEN key`): it encodes itself.
public protocol RedisKeyCommand: RedisCommandType {
    var key: RedisKey { get }
}

extension RedisKeyCommand {
    public func encode(into encoder: inout RedisCommandEncoder) {
        encoder.encode(Self.name)
        encoder.encode(key)
    }
}

/// Collects a command's arguments as binary-safe strings.
public struct RedisCommandEncoder: Sendable {
    var arguments: [[UInt8]] = []
    /// The keys the command names. In a cluster they must share a hash slot, and the node serving
    /// it runs the command, so the first decides where it goes.
    var keys: [[UInt8]] = []

    public mutating func encode(_ argument: some RedisArgument) {
        let bytes = argument.redisBytes
        if argument is RedisKey { keys.append(bytes) }
        arguments.append(bytes)
    }

    /// A script's keys, passed as bytes.
    mutating func encode(keys: [[UInt8]]) {
        self.keys += keys
        encode(keys)
    }

    public mutating func encode(_ arguments: some Sequence<some RedisArgument>) {
        for argument in arguments { encode(argument) }
    }

    /// `name` when `flag` is set, nothing otherwise (`NX`, `WITHSCORES`).
    public mutating func encode(flag name: String, if flag: Bool) {
        if flag { encode(name) }
    }
}

/// A value that can be a command argument.
public protocol RedisArgument: Sendable {
    var redisBytes: [UInt8] { get }
}

extension String: RedisArgument {
    public var redisBytes: [UInt8] { Array(utf8) }
}

extension Substring: RedisArgument {
    public var redisBytes: [UInt8] { Array(utf8) }
}

extension Array: RedisArgument where Element == UInt8 {
    public var redisBytes: [UInt8] { self }
}

extension Int: RedisArgument {
    public var redisBytes: [UInt8] { Array(String(self).utf8) }
}

extension Int64: RedisArgument {
    public var redisBytes: [UInt8] { Array(String(self).utf8) }
}

extension Double: RedisArgument {
    public var redisBytes: [UInt8] { Array(String(self).utf8) }
}

/// An end of a list, for `BLMOVE` and `BLMPOP`.
public enum RedisListEnd: String, Sendable, RedisArgument {
    case left = "LEFT"
    case right = "RIGHT"

    public var redisBytes: [UInt8] { Array(rawValue.utf8) }
}

/// When a key expires.
public enum RedisExpiry: Sendable, Equatable {
    case seconds(Int)
    case milliseconds(Int64)

    func encode(into encoder: inout RedisCommandEncoder) {
        switch self {
        case .seconds(let seconds):
            encoder.encode("EX")
            encoder.encode(seconds)
        case .milliseconds(let milliseconds):
            encoder.encode("PX")
            encoder.encode(milliseconds)
        }
    }
}
