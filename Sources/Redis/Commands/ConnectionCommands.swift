/// `PING`.
public struct PING: RedisCommandType {
    public typealias Response = String
    public static let name = "PING"

    public init() {}

    public func encode(into encoder: inout RedisCommandEncoder) {
        encoder.encode(Self.name)
    }
}

/// `AUTH [username] password`.
public struct AUTH: RedisCommandType {
    public typealias Response = String
    public static let name = "AUTH"
    public var username: String?
    public var password: String

    public init(username: String?, password: String) {
        self.username = username
        self.password = password
    }

    public func encode(into encoder: inout RedisCommandEncoder) {
        encoder.encode(Self.name)
        if let username { encoder.encode(username) }
        encoder.encode(password)
    }
}

/// `SELECT database`.
public struct SELECT: RedisCommandType {
    public typealias Response = String
    public static let name = "SELECT"
    public var database: Int

    public init(_ database: Int) { self.database = database }

    public func encode(into encoder: inout RedisCommandEncoder) {
        encoder.encode(Self.name)
        encoder.encode(database)
    }
}

/// `WAIT replicas milliseconds`: how many replicas acknowledged this connection's writes.
public struct WAIT: RedisCommandType {
    public typealias Response = Int
    public static let name = "WAIT"
    public var replicas: Int
    public var milliseconds: Int64

    public init(replicas: Int, milliseconds: Int64) {
        self.replicas = replicas
        self.milliseconds = milliseconds
    }

    public func encode(into encoder: inout RedisCommandEncoder) {
        encoder.encode(Self.name)
        encoder.encode(replicas)
        encoder.encode(milliseconds)
    }
}

/// `ROLE`: the first element says `master`, `slave` or `sentinel`.
public struct ROLE: RedisCommandType {
    public typealias Response = [RedisValue]
    public static let name = "ROLE"

    public init() {}

    public func encode(into encoder: inout RedisCommandEncoder) {
        encoder.encode(Self.name)
    }
}

/// `SUBSCRIBE channel`: afterwards the connection only receives pushes. Not resent: a second
/// subscription would double every message.
public struct SUBSCRIBE: RedisCommandType {
    public static let name = "SUBSCRIBE"
    public var channel: String

    public init(_ channel: String) { self.channel = channel }

    public var isSafeToResend: Bool { false }

    public func encode(into encoder: inout RedisCommandEncoder) {
        encoder.encode(Self.name)
        encoder.encode(channel)
    }
}

/// `SENTINEL get-master-addr-by-name master`: the primary's host and port, or nil when the
/// sentinel does not monitor `master`.
public struct SENTINELGetMasterAddress: RedisCommandType {
    public typealias Response = [String]?
    public static let name = "SENTINEL"
    public var master: String

    public init(master: String) { self.master = master }

    public func encode(into encoder: inout RedisCommandEncoder) {
        encoder.encode(Self.name)
        encoder.encode("get-master-addr-by-name")
        encoder.encode(master)
    }
}
