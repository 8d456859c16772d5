/// `HGET key field`.
public struct HGET: RedisCommandType {
    public typealias Response = RedisBytes?
    public static let name = "HGET"
    public var key: RedisKey
    public var field: String

    public init(_ key: RedisKey, _ field: String) {
        self.key = key
        self.field = field
    }

    public func encode(into encoder: inout RedisCommandEncoder) {
        encoder.encode(Self.name)
        encoder.encode(key)
        encoder.encode(field)
    }
}

/// `HMGET key field…`: each field's value, nil where it is not set.
public struct HMGET: RedisCommandType {
    public typealias Response = [RedisBytes?]
    public static let name = "HMGET"
    public var key: RedisKey
    public var fields: [String]

    public init(_ key: RedisKey, _ fields: [String]) {
        self.key = key
        self.fields = fields
    }

    public func encode(into encoder: inout RedisCommandEncoder) {
        encoder.encode(Self.name)
        encoder.encode(key)
        encoder.encode(fields)
    }
}

/// `HGETALL key`: every field and value, in the server's order.
public struct HGETALL: RedisKeyCommand {
    public typealias Response = RedisFieldValues
    public static let name = "HGETALL"
    public var key: RedisKey

    public init(_ key: RedisKey) { self.key = key }
}

/// `HSET key field value`: true when the field is new. Safe to resend: it sets.
public struct HSET: RedisCommandType {
    public typealias Response = Bool
    public static let name = "HSET"
    public var key: RedisKey
    public var field: String
    public var value: [UInt8]

    public init(_ key: RedisKey, field: String, value: some RedisArgument) {
        self.key = key
        self.field = field
        self.value = value.redisBytes
    }

    public func encode(into encoder: inout RedisCommandEncoder) {
        encoder.encode(Self.name)
        encoder.encode(key)
        encoder.encode(field)
        encoder.encode(value)
    }
}

/// `HDEL key field…`: how many fields were removed.
public struct HDEL: RedisCommandType {
    public typealias Response = Int
    public static let name = "HDEL"
    public var key: RedisKey
    public var fields: [String]

    public init(_ key: RedisKey, _ fields: String...) {
        self.key = key
        self.fields = fields
    }

    public func encode(into encoder: inout RedisCommandEncoder) {
        encoder.encode(Self.name)
        encoder.encode(key)
        encoder.encode(fields)
    }
}

/// Field–value pairs, in the order the server sent them (`HGETALL`, a stream entry's fields).
public struct RedisFieldValues: RedisReplyDecodable, Sendable {
    public struct Pair: Sendable {
        public let field: String
        public let value: RedisBytes
    }

    public let pairs: [Pair]

    public init(reply: RedisValue) throws(RedisError) {
        let flat = try [RedisBytes](reply: reply)
        guard flat.count % 2 == 0 else { throw .unexpectedReply("an odd number of fields and values") }
        pairs = stride(from: 0, to: flat.count, by: 2).map { Pair(field: String(decoding: flat[$0].bytes, as: UTF8.self), value: flat[$0 + 1]) }
    }

    /// The value of the first field named `field`.
    public subscript(field: String) -> RedisBytes? {
        pairs.first { $0.field == field }?.value
    }
}

/// `HINCRBY key field increment`: the new value. Not resent: a repeat would count twice.
public struct HINCRBY: RedisCommandType {
    public typealias Response = Int
    public static let name = "HINCRBY"
    public var isSafeToResend: Bool { false }
    public var key: RedisKey
    public var field: String
    public var increment: Int

    public init(_ key: RedisKey, field: String, by increment: Int) {
        self.key = key
        self.field = field
        self.increment = increment
    }

    public func encode(into encoder: inout RedisCommandEncoder) {
        encoder.encode(Self.name)
        encoder.encode(key)
        encoder.encode(field)
        encoder.encode(String(increment))
    }
}
