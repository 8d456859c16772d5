/// One decoded Redis reply.
///
/// Bulk strings stay as bytes so binary values survive; ``string`` decodes them as UTF-8 on demand.
public enum RedisValue: Sendable, Equatable {
    case bulk([UInt8])
    case status(String)
    case integer(Int)
    case array([RedisValue])
    case null
    case error(String)

    /// The reply as text: bulk strings and status replies, `nil` otherwise.
    public var string: String? {
        switch self {
        case .bulk(let bytes): return String(decoding: bytes, as: UTF8.self)
        case .status(let text): return text
        case .integer(let value): return String(value)
        default: return nil
        }
    }

    /// The reply as an integer: integer replies and numeric strings.
    public var int: Int? {
        switch self {
        case .integer(let value): return value
        case .bulk, .status: return string.flatMap { Int($0) }
        default: return nil
        }
    }

    public var array: [RedisValue]? {
        if case .array(let values) = self { return values }
        return nil
    }

    public var bytes: [UInt8]? {
        if case .bulk(let bytes) = self { return bytes }
        return nil
    }

    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// Throws ``RedisError/server(_:)`` when this is an error reply; returns the value otherwise.
    @discardableResult
    public func orThrow() throws(RedisError) -> RedisValue {
        if case .error(let message) = self { throw .server(message) }
        return self
    }
}
