/// `LPUSH key value…`: the list's new length. Safe to resend only because every list Loop AI
/// pushes to carries items with ids that their readers de-duplicate (turns, replies).
public struct LPUSH: RedisCommandType {
    public typealias Response = Int
    public static let name = "LPUSH"
    public var key: RedisKey
    public var values: [[UInt8]]

    public init(_ key: RedisKey, _ value: some RedisArgument) {
        self.key = key
        self.values = [value.redisBytes]
    }

    public func encode(into encoder: inout RedisCommandEncoder) {
        encoder.encode(Self.name)
        encoder.encode(key)
        encoder.encode(values)
    }
}

/// `RPUSH key value…`: the list's new length. Not safe to resend: a call's events would be
/// recorded twice.
public struct RPUSH: RedisCommandType {
    public typealias Response = Int
    public static let name = "RPUSH"
    public var key: RedisKey
    public var values: [[UInt8]]

    public init(_ key: RedisKey, _ value: some RedisArgument) {
        self.key = key
        self.values = [value.redisBytes]
    }

    public var isSafeToResend: Bool { false }

    public func encode(into encoder: inout RedisCommandEncoder) {
        encoder.encode(Self.name)
        encoder.encode(key)
        encoder.encode(values)
    }
}

/// `LREM key count value`: removes the first `count` occurrences of one exact item.
public struct LREM: RedisCommandType {
    public typealias Response = Int
    public static let name = "LREM"
    public var key: RedisKey
    public var count: Int
    public var value: [UInt8]

    public init(_ key: RedisKey, count: Int = 1, _ value: some RedisArgument) {
        self.key = key
        self.count = count
        self.value = value.redisBytes
    }

    public func encode(into encoder: inout RedisCommandEncoder) {
        encoder.encode(Self.name)
        encoder.encode(key)
        encoder.encode(count)
        encoder.encode(value)
    }
}

/// `LLEN key`.
public struct LLEN: RedisKeyCommand {
    public typealias Response = Int
    public static let name = "LLEN"
    public var key: RedisKey

    public init(_ key: RedisKey) { self.key = key }
}

/// `LRANGE key start stop`: the items in that range (`0 -1` for all).
public struct LRANGE: RedisCommandType {
    public typealias Response = [RedisBytes]
    public static let name = "LRANGE"
    public var key: RedisKey
    public var start: Int
    public var stop: Int

    public init(_ key: RedisKey, start: Int = 0, stop: Int = -1) {
        self.key = key
        self.start = start
        self.stop = stop
    }

    public func encode(into encoder: inout RedisCommandEncoder) {
        encoder.encode(Self.name)
        encoder.encode(key)
        encoder.encode(start)
        encoder.encode(stop)
    }
}

/// `BLMOVE source destination from to timeout`: waits up to `timeout` seconds for an item and
/// moves it; nil when none came. Blocking: never resent.
public struct BLMOVE: RedisCommandType {
    public typealias Response = RedisBytes?
    public static let name = "BLMOVE"
    public var source: RedisKey
    public var destination: RedisKey
    public var from: RedisListEnd
    public var to: RedisListEnd
    public var timeout: String

    public init(_ source: RedisKey, _ destination: RedisKey, from: RedisListEnd, to: RedisListEnd, timeout: String) {
        self.source = source
        self.destination = destination
        self.from = from
        self.to = to
        self.timeout = timeout
    }

    public var isBlocking: Bool { true }

    public func encode(into encoder: inout RedisCommandEncoder) {
        encoder.encode(Self.name)
        encoder.encode(source)
        encoder.encode(destination)
        encoder.encode(from)
        encoder.encode(to)
        encoder.encode(timeout)
    }
}

/// `BLMPOP timeout 1 key end COUNT count`: up to `count` items of one list in one reply, or nil
/// when none came within `timeout` seconds. Blocking: never resent.
public struct BLMPOP: RedisCommandType {
    public typealias Response = Popped?
    public static let name = "BLMPOP"
    public var key: RedisKey
    public var end: RedisListEnd
    public var count: Int
    public var timeout: String

    /// The list's name and the items taken from it.
    public struct Popped: RedisReplyDecodable {
        public let key: String
        public let items: [RedisBytes]

        public init(reply: RedisValue) throws(RedisError) {
            let parts = try [RedisValue](reply: reply)
            guard parts.count == 2 else { throw .unexpectedReply("BLMPOP answered \(reply.shape), expected [key, items]") }
            key = try String(reply: parts[0])
            items = try [RedisBytes](reply: parts[1])
        }
    }

    public init(_ key: RedisKey, from end: RedisListEnd, count: Int, timeout: String) {
        self.key = key
        self.end = end
        self.count = count
        self.timeout = timeout
    }

    public var isBlocking: Bool { true }

    public func encode(into encoder: inout RedisCommandEncoder) {
        encoder.encode(Self.name)
        encoder.encode(timeout)
        encoder.encode(1)
        encoder.encode(key)
        encoder.encode(end)
        encoder.encode("COUNT")
        encoder.encode(count)
    }
}
