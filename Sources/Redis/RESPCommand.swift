import NIOCore

/// One command as it goes on the wire: binary-safe arguments, e.g. `["LPUSH", key, value]`.
///
/// Only the Redis folder builds these: everything else speaks in typed commands
/// (``RedisCommandType``), which encode themselves into this form.
struct RESPCommand: Sendable, Equatable, ExpressibleByArrayLiteral {
    var arguments: [[UInt8]]

    init(_ arguments: [[UInt8]]) {
        self.arguments = arguments
    }

    init(_ arguments: [String]) {
        self.arguments = arguments.map { Array($0.utf8) }
    }

    init(arrayLiteral elements: String...) {
        self.init(elements)
    }

    /// A typed command's wire form.
    init(_ command: some RedisCommandType) {
        var encoder = RedisCommandEncoder()
        command.encode(into: &encoder)
        self.arguments = encoder.arguments
    }

    /// The command name, for logs and errors (arguments may hold caller data, so they are left out).
    var name: String {
        arguments.first.map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    /// Appends the command in the Redis wire format (RESP) to `buffer`.
    ///
    /// Written straight into the channel's buffer: the same bytes `redisFormatCommandArgv` makes,
    /// without its separate allocation and copy.
    func encode(into buffer: inout ByteBuffer) {
        Self.writeHeader(UInt8(ascii: "*"), arguments.count, into: &buffer)
        for argument in arguments {
            Self.writeHeader(UInt8(ascii: "$"), argument.count, into: &buffer)
            buffer.writeBytes(argument)
            buffer.writeBytes(Self.crlf)
        }
    }

    /// `*3\r\n` or `$11\r\n`: the decimal digits written directly, without a `String` per number.
    private static func writeHeader(_ marker: UInt8, _ count: Int, into buffer: inout ByteBuffer) {
        buffer.writeInteger(marker)
        var divisor = 1
        while divisor <= count / 10 { divisor *= 10 }
        var rest = count
        while divisor > 0 {
            buffer.writeInteger(UInt8(ascii: "0") + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
        buffer.writeBytes(crlf)
    }

    private static let crlf: [UInt8] = [13, 10]
}
