import NIOCore

/// One Redis command as binary-safe arguments, e.g. `["LPUSH", key, value]`.
public struct RedisCommand: Sendable, Equatable, ExpressibleByArrayLiteral {
    public var arguments: [[UInt8]]

    public init(_ arguments: [[UInt8]]) {
        self.arguments = arguments
    }

    public init(_ arguments: [String]) {
        self.arguments = arguments.map { Array($0.utf8) }
    }

    public init(arrayLiteral elements: String...) {
        self.init(elements)
    }

    /// The command name, for logs and errors (arguments may hold caller data, so they are left out).
    public var name: String {
        arguments.first.map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    /// Appends the command in the Redis wire format (RESP) to `buffer`.
    ///
    /// Written straight into the channel's buffer: the same bytes `redisFormatCommandArgv` makes,
    /// without its separate allocation and copy.
    func encode(into buffer: inout ByteBuffer) {
        buffer.writeInteger(UInt8(ascii: "*"))
        buffer.writeString(String(arguments.count))
        buffer.writeBytes(Self.crlf)
        for argument in arguments {
            buffer.writeInteger(UInt8(ascii: "$"))
            buffer.writeString(String(argument.count))
            buffer.writeBytes(Self.crlf)
            buffer.writeBytes(argument)
            buffer.writeBytes(Self.crlf)
        }
    }

    private static let crlf: [UInt8] = [13, 10]
}
