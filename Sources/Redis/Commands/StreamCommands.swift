/// `XADD key MAXLEN ~ n * field value…`: the new entry's id. Not safe to resend: a repeat adds a
/// second entry.
public struct XADD: RedisCommandType {
    public typealias Response = String
    public static let name = "XADD"
    public var key: RedisKey
    public var maximumLength: Int?
    public var fields: [(String, [UInt8])]

    public init(_ key: RedisKey, maximumLength: Int? = nil, fields: [(String, [UInt8])]) {
        self.key = key
        self.maximumLength = maximumLength
        self.fields = fields
    }

    public var isSafeToResend: Bool { false }

    public func encode(into encoder: inout RedisCommandEncoder) {
        encoder.encode(Self.name)
        encoder.encode(key)
        if let maximumLength {
            encoder.encode("MAXLEN")
            encoder.encode("~")
            encoder.encode(maximumLength)
        }
        encoder.encode("*")
        for (field, value) in fields {
            encoder.encode(field)
            encoder.encode(value)
        }
    }
}

/// `XREVRANGE key end start COUNT count`: entries newest first, between two ids (`+`, `-`, `(`id
/// for exclusive, or milliseconds).
public struct XREVRANGE: RedisCommandType {
    public typealias Response = [RedisStreamEntry]
    public static let name = "XREVRANGE"
    public var key: RedisKey
    public var end: String
    public var start: String
    public var count: Int

    public init(_ key: RedisKey, end: String = "+", start: String = "-", count: Int) {
        self.key = key
        self.end = end
        self.start = start
        self.count = count
    }

    public func encode(into encoder: inout RedisCommandEncoder) {
        encoder.encode(Self.name)
        encoder.encode(key)
        encoder.encode(end)
        encoder.encode(start)
        encoder.encode("COUNT")
        encoder.encode(count)
    }
}

/// One stream entry: its id and fields.
public struct RedisStreamEntry: RedisReplyDecodable, Sendable {
    public let id: String
    public let fields: RedisFieldValues

    public init(reply: RedisValue) throws(RedisError) {
        let parts = try [RedisValue](reply: reply)
        guard parts.count == 2 else { throw .unexpectedReply("a stream entry of \(parts.count) parts") }
        id = try String(reply: parts[0])
        fields = try RedisFieldValues(reply: parts[1])
    }
}
