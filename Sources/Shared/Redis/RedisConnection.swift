import CHiredis
import Foundation

/// One blocking hiredis connection.
///
/// Not thread-safe: exactly one thread may use it at a time. Every call blocks that thread on the
/// socket, so it must never run on a NIO event loop or on Swift's cooperative pool; ``RedisLane``
/// and the Brain's consumer threads give it a thread of its own.
public final class RedisConnection {
    public let endpoint: RedisEndpoint
    private var context: UnsafeMutablePointer<redisContext>?
    private var sendBuffer: [UInt8] = []

    /// Connects, logs in and selects the database.
    /// - Parameters:
    ///   - connectTimeout: how long to wait for the TCP or unix-socket connection.
    ///   - commandTimeout: socket read/write timeout; blocking commands need one longer than their own.
    public init(endpoint: RedisEndpoint, connectTimeout: Duration = .milliseconds(500), commandTimeout: Duration = .seconds(2)) throws(RedisError) {
        self.endpoint = endpoint
        let tv = Self.timeval(connectTimeout)
        let context: UnsafeMutablePointer<redisContext>?
        switch endpoint.address {
        case .tcp(let host, let port):
            context = redisConnectWithTimeout(host, Int32(port), tv)
        case .unixSocket(let path):
            context = redisConnectUnixWithTimeout(path, tv)
        }
        guard let context else { throw .connection("could not allocate a connection to \(endpoint)") }
        if context.pointee.err != 0 {
            let message = Self.errorString(context)
            redisFree(context)
            throw .connection("\(endpoint): \(message)")
        }
        self.context = context
        _ = redisSetTimeout(context, Self.timeval(commandTimeout))
        if case .tcp = endpoint.address { _ = redisEnableKeepAlive(context) }

        if let password = endpoint.password {
            if case .error(let message) = try execute(.auth(username: endpoint.username, password: password)) {
                close()
                throw .connection("authentication to \(endpoint) failed: \(message)")
            }
        }
        if endpoint.database != 0 {
            if case .error(let message) = try execute(.select(endpoint.database)) {
                close()
                throw .connection("cannot select database \(endpoint.database): \(message)")
            }
        }
    }

    deinit { close() }

    /// False once the socket failed; the owner should drop this connection and make a new one.
    public var isUsable: Bool { context != nil }

    public func close() {
        if let context { redisFree(context) }
        context = nil
    }

    /// Runs one command and waits for its reply. Error replies come back as ``RedisValue/error(_:)``.
    public func execute(_ command: RedisCommand) throws(RedisError) -> RedisValue {
        try pipeline(CollectionOfOne(command))[0]
    }

    /// Sends all commands in one write and reads their replies in order.
    public func pipeline(_ commands: some Collection<RedisCommand>) throws(RedisError) -> [RedisValue] {
        guard let context else { throw .connection("connection to \(endpoint) is closed") }
        sendBuffer.removeAll(keepingCapacity: true)
        for command in commands { command.encode(into: &sendBuffer) }
        let appended = sendBuffer.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                redisAppendFormattedCommand(context, chars.baseAddress, chars.count)
            }
        }
        guard appended == REDIS_OK else { throw fail(context) }
        var replies: [RedisValue] = []
        replies.reserveCapacity(commands.count)
        for _ in 0..<commands.count {
            var raw: UnsafeMutableRawPointer?
            guard redisGetReply(context, &raw) == REDIS_OK, let raw else { throw fail(context) }
            let reply = raw.assumingMemoryBound(to: redisReply.self)
            replies.append(Self.decode(reply))
            freeReplyObject(raw)
        }
        return replies
    }

    /// Waits for the next message the server pushes (after `SUBSCRIBE`), up to the command timeout.
    public func nextMessage() throws(RedisError) -> RedisValue {
        guard let context else { throw .connection("connection to \(endpoint) is closed") }
        var raw: UnsafeMutableRawPointer?
        guard redisGetReply(context, &raw) == REDIS_OK, let raw else { throw fail(context) }
        defer { freeReplyObject(raw) }
        return Self.decode(raw.assumingMemoryBound(to: redisReply.self))
    }

    private func fail(_ context: UnsafeMutablePointer<redisContext>) -> RedisError {
        let message = Self.errorString(context)
        close()
        return .connection("\(endpoint): \(message)")
    }

    private static func decode(_ reply: UnsafeMutablePointer<redisReply>) -> RedisValue {
        let r = reply.pointee
        switch r.type {
        case REDIS_REPLY_STRING:
            guard let str = r.str else { return .bulk([]) }
            return .bulk(Array(UnsafeRawBufferPointer(start: str, count: r.len)))
        case REDIS_REPLY_STATUS:
            return .status(r.str.map { String(cString: $0) } ?? "")
        case REDIS_REPLY_ERROR:
            return .error(r.str.map { String(cString: $0) } ?? "error")
        case REDIS_REPLY_INTEGER:
            return .integer(Int(r.integer))
        case REDIS_REPLY_ARRAY:
            var values: [RedisValue] = []
            values.reserveCapacity(r.elements)
            for index in 0..<r.elements {
                if let element = r.element[index] { values.append(decode(element)) } else { values.append(.null) }
            }
            return .array(values)
        default:
            return .null
        }
    }

    private static func errorString(_ context: UnsafeMutablePointer<redisContext>) -> String {
        let message = withUnsafeBytes(of: context.pointee.errstr) { raw -> String in
            let bytes = raw.prefix { $0 != 0 }
            return String(decoding: bytes, as: UTF8.self)
        }
        return message.isEmpty ? "connection error \(context.pointee.err)" : message
    }

    private static func timeval(_ duration: Duration) -> Foundation.timeval {
        let (seconds, attoseconds) = duration.components
        return Foundation.timeval(tv_sec: Int(seconds), tv_usec: Int(attoseconds / 1_000_000_000_000))
    }
}
