/// `ZADD key [NX | GT | LT] score member`: how many members were added. Safe to resend: it sets
/// a member's score.
public struct ZADD: RedisCommandType {
    public typealias Response = Int
    public static let name = "ZADD"

    /// Which existing scores the command may change.
    public enum Condition: String, Sendable {
        /// Add new members only; never change a score.
        case onlyNew = "NX"
        /// Change a score only to a greater one.
        case onlyGreater = "GT"
        /// Change a score only to a lesser one.
        case onlyLess = "LT"
    }

    public var key: RedisKey
    public var condition: Condition?
    public var score: Int64
    public var member: String

    public init(_ key: RedisKey, _ condition: Condition? = nil, score: Int64, member: String) {
        self.key = key
        self.condition = condition
        self.score = score
        self.member = member
    }

    public func encode(into encoder: inout RedisCommandEncoder) {
        encoder.encode(Self.name)
        encoder.encode(key)
        if let condition { encoder.encode(condition.rawValue) }
        encoder.encode(score)
        encoder.encode(member)
    }
}

/// `ZREM key member`: how many members were removed.
public struct ZREM: RedisCommandType {
    public typealias Response = Int
    public static let name = "ZREM"
    public var key: RedisKey
    public var member: String

    public init(_ key: RedisKey, _ member: String) {
        self.key = key
        self.member = member
    }

    public func encode(into encoder: inout RedisCommandEncoder) {
        encoder.encode(Self.name)
        encoder.encode(key)
        encoder.encode(member)
    }
}

/// `ZCARD key`.
public struct ZCARD: RedisKeyCommand {
    public typealias Response = Int
    public static let name = "ZCARD"
    public var key: RedisKey

    public init(_ key: RedisKey) { self.key = key }
}

/// `ZSCORE key member`: the member's score as Redis writes it, nil when it is not in the set.
public struct ZSCORE: RedisCommandType {
    public typealias Response = RedisBytes?
    public static let name = "ZSCORE"
    public var key: RedisKey
    public var member: String

    public init(_ key: RedisKey, member: String) {
        self.key = key
        self.member = member
    }

    public func encode(into encoder: inout RedisCommandEncoder) {
        encoder.encode(Self.name)
        encoder.encode(key)
        encoder.encode(member)
    }
}

/// `ZCOUNT key min max`: members with scores in the range (`-inf`, `+inf`, `(` for exclusive).
public struct ZCOUNT: RedisCommandType {
    public typealias Response = Int
    public static let name = "ZCOUNT"
    public var key: RedisKey
    public var min: String
    public var max: String

    public init(_ key: RedisKey, min: String, max: String) {
        self.key = key
        self.min = min
        self.max = max
    }

    public func encode(into encoder: inout RedisCommandEncoder) {
        encoder.encode(Self.name)
        encoder.encode(key)
        encoder.encode(min)
        encoder.encode(max)
    }
}

/// `ZRANGE key start stop`: members by rank, lowest score first (`0 -1` for all).
public struct ZRANGE: RedisCommandType {
    public typealias Response = [String]
    public static let name = "ZRANGE"
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

/// `ZRANGE key start stop WITHSCORES`: members by rank with their scores.
public struct ZRANGEWithScores: RedisCommandType {
    public typealias Response = RedisScoredMembers
    public static let name = "ZRANGE"
    public var range: ZRANGE

    public init(_ key: RedisKey, start: Int = 0, stop: Int = -1) {
        range = ZRANGE(key, start: start, stop: stop)
    }

    public func encode(into encoder: inout RedisCommandEncoder) {
        range.encode(into: &encoder)
        encoder.encode("WITHSCORES")
    }
}

/// `ZRANGEBYSCORE key min max LIMIT 0 count`: up to `count` members with scores in the range.
public struct ZRANGEBYSCORE: RedisCommandType {
    public typealias Response = [String]
    public static let name = "ZRANGEBYSCORE"
    public var key: RedisKey
    public var min: String
    public var max: String
    public var limit: Int

    public init(_ key: RedisKey, min: String, max: String, limit: Int) {
        self.key = key
        self.min = min
        self.max = max
        self.limit = limit
    }

    public func encode(into encoder: inout RedisCommandEncoder) {
        encoder.encode(Self.name)
        encoder.encode(key)
        encoder.encode(min)
        encoder.encode(max)
        encoder.encode("LIMIT")
        encoder.encode(0)
        encoder.encode(limit)
    }
}

/// `ZUNIONSTORE destination n key… WEIGHTS weight…`: the size of the stored union. Safe to
/// resend: it replaces `destination`.
public struct ZUNIONSTORE: RedisCommandType {
    public typealias Response = Int
    public static let name = "ZUNIONSTORE"
    public var destination: RedisKey
    public var keys: [RedisKey]
    public var weights: [Int]

    public init(_ destination: RedisKey, keys: [RedisKey], weights: [Int]) {
        self.destination = destination
        self.keys = keys
        self.weights = weights
    }

    public func encode(into encoder: inout RedisCommandEncoder) {
        encoder.encode(Self.name)
        encoder.encode(destination)
        encoder.encode(keys.count)
        encoder.encode(keys)
        guard !weights.isEmpty else { return }
        encoder.encode("WEIGHTS")
        encoder.encode(weights)
    }
}

/// Members and their scores (`ZRANGE … WITHSCORES`).
public struct RedisScoredMembers: RedisReplyDecodable, Sendable {
    public struct Member: Sendable, Equatable {
        public let member: String
        public let score: Double
    }

    public let members: [Member]

    public init(reply: RedisValue) throws(RedisError) {
        let flat = try [String](reply: reply)
        guard flat.count % 2 == 0 else { throw .unexpectedReply("an odd number of members and scores") }
        var members: [Member] = []
        for index in stride(from: 0, to: flat.count, by: 2) {
            guard let score = Double(flat[index + 1]) else { throw .unexpectedReply("a score that is not a number") }
            members.append(Member(member: flat[index], score: score))
        }
        self.members = members
    }
}

/// `ZINCRBY key increment member`: the member's new score. Not resent: a repeat would count twice.
public struct ZINCRBY: RedisCommandType {
    public typealias Response = RedisBytes
    public static let name = "ZINCRBY"
    public var isSafeToResend: Bool { false }
    public var key: RedisKey
    public var increment: Int
    public var member: String

    public init(_ key: RedisKey, by increment: Int, member: String) {
        self.key = key
        self.increment = increment
        self.member = member
    }

    public func encode(into encoder: inout RedisCommandEncoder) {
        encoder.encode(Self.name)
        encoder.encode(key)
        encoder.encode(String(increment))
        encoder.encode(member)
    }
}
