/// A type a Redis reply decodes to. Error replies throw ``RedisError/server(_:)`` whatever the type.
public protocol RedisReplyDecodable: Sendable {
    init(reply: RedisValue) throws(RedisError)
}

extension RedisValue: RedisReplyDecodable {
    public init(reply: RedisValue) throws(RedisError) {
        self = try reply.orThrow()
    }
}

extension Int: RedisReplyDecodable {
    /// Integer replies and numeric strings.
    public init(reply: RedisValue) throws(RedisError) {
        guard let value = try reply.orThrow().int else { throw .unexpectedReply("expected an integer, got \(reply.shape)") }
        self = value
    }
}

extension String: RedisReplyDecodable {
    /// Bulk strings (as UTF-8), status replies and integers as text.
    public init(reply: RedisValue) throws(RedisError) {
        guard let value = try reply.orThrow().string else { throw .unexpectedReply("expected a string, got \(reply.shape)") }
        self = value
    }
}

extension Bool: RedisReplyDecodable {
    /// Integer replies: anything but 0 is true (`EXISTS`, `HSET` of a new field).
    public init(reply: RedisValue) throws(RedisError) {
        self = try Int(reply: reply) != 0
    }
}

extension Array: RedisReplyDecodable where Element: RedisReplyDecodable {
    /// Array replies, element by element; a null array is empty.
    public init(reply: RedisValue) throws(RedisError) {
        switch try reply.orThrow() {
        case .array(let values):
            var decoded: [Element] = []
            decoded.reserveCapacity(values.count)
            for value in values { decoded.append(try Element(reply: value)) }
            self = decoded
        case .null: self = []
        default: throw .unexpectedReply("expected an array, got \(reply.shape)")
        }
    }
}

extension Optional: RedisReplyDecodable where Wrapped: RedisReplyDecodable {
    /// A null reply (a missing key or field) is `nil`.
    public init(reply: RedisValue) throws(RedisError) {
        if case .null = try reply.orThrow() {
            self = nil
        } else {
            self = try Wrapped(reply: reply)
        }
    }
}

/// A bulk string's bytes, as stored: binary values (encoded turns, sessions) survive untouched.
public struct RedisBytes: RedisReplyDecodable, Equatable {
    public let bytes: [UInt8]

    public init(reply: RedisValue) throws(RedisError) {
        switch try reply.orThrow() {
        case .bulk(let bytes): self.bytes = bytes
        case .status(let text): self.bytes = Array(text.utf8)
        default: throw .unexpectedReply("expected a bulk string, got \(reply.shape)")
        }
    }
}

/// A reply nobody reads beyond "it was not an error" (`OK`, a count of removed items).
public struct RedisAcknowledgement: RedisReplyDecodable, Equatable {
    public init(reply: RedisValue) throws(RedisError) {
        _ = try reply.orThrow()
    }
}

extension RedisValue {
    /// The reply's kind, for error messages (never its contents, which may hold caller data).
    public var shape: String {
        switch self {
        case .bulk: return "a bulk string"
        case .status: return "a status"
        case .integer: return "an integer"
        case .array(let values): return "an array of \(values.count)"
        case .null: return "null"
        case .error: return "an error"
        }
    }
}

extension RedisBytes {
    /// The bytes as UTF-8 text.
    public var string: String { String(decoding: bytes, as: UTF8.self) }

    /// The bytes as a decimal integer, if they are one.
    public var int: Int? { Int(string) }
}
