/// `GET key`: the value, or nil when the key does not exist.
public struct GET: RedisKeyCommand {
    public typealias Response = RedisBytes?
    public static let name = "GET"
    public var key: RedisKey

    public init(_ key: RedisKey) { self.key = key }
}

/// `MGET key…`: each value, nil where a key does not exist.
public struct MGET: RedisCommandType {
    public typealias Response = [RedisBytes?]
    public static let name = "MGET"
    public var keys: [RedisKey]

    public init(_ keys: [RedisKey]) { self.keys = keys }

    public func encode(into encoder: inout RedisCommandEncoder) {
        encoder.encode(Self.name)
        encoder.encode(keys)
    }
}

/// `SET key value [NX] [EX seconds | PX milliseconds]`. Safe to resend: it sets, it does not add;
/// with `NX` a resend finds the key set and changes nothing.
public struct SET: RedisCommandType {
    /// `OK`, or nil when `NX` found the key already set.
    public typealias Response = String?
    public static let name = "SET"
    public var key: RedisKey
    public var value: [UInt8]
    public var expiry: RedisExpiry?
    public var onlyIfAbsent: Bool

    public init(_ key: RedisKey, _ value: some RedisArgument, expiry: RedisExpiry? = nil, onlyIfAbsent: Bool = false) {
        self.key = key
        self.value = value.redisBytes
        self.expiry = expiry
        self.onlyIfAbsent = onlyIfAbsent
    }

    public func encode(into encoder: inout RedisCommandEncoder) {
        encoder.encode(Self.name)
        encoder.encode(key)
        encoder.encode(value)
        encoder.encode(flag: "NX", if: onlyIfAbsent)
        expiry?.encode(into: &encoder)
    }
}

/// `DEL key…`: how many of the keys existed.
public struct DEL: RedisCommandType {
    public typealias Response = Int
    public static let name = "DEL"
    public var keys: [RedisKey]

    public init(_ keys: RedisKey...) { self.keys = keys }
    public init(_ keys: [RedisKey]) { self.keys = keys }

    public func encode(into encoder: inout RedisCommandEncoder) {
        encoder.encode(Self.name)
        encoder.encode(keys)
    }
}

/// `EXISTS key`.
public struct EXISTS: RedisKeyCommand {
    public typealias Response = Bool
    public static let name = "EXISTS"
    public var key: RedisKey

    public init(_ key: RedisKey) { self.key = key }
}

/// `EXPIRE key seconds`: false when the key does not exist.
public struct EXPIRE: RedisCommandType {
    public typealias Response = Bool
    public static let name = "EXPIRE"
    public var key: RedisKey
    public var seconds: Int

    public init(_ key: RedisKey, seconds: Int) {
        self.key = key
        self.seconds = seconds
    }

    public func encode(into encoder: inout RedisCommandEncoder) {
        encoder.encode(Self.name)
        encoder.encode(key)
        encoder.encode(seconds)
    }
}
