import CHiredis

/// hiredis's RESP parser (`redisReader`), fed with whatever bytes the socket delivered.
///
/// Owned by one ``RedisChannelHandler`` and used only on its event loop, so it needs no lock.
/// hiredis keeps partial replies between feeds, so a reply split across reads is parsed once whole.
final class RedisReplyReader {
    private let reader: UnsafeMutablePointer<redisReader>

    init() throws(RedisError) {
        guard let reader = redisReaderCreate() else { throw .connection("could not allocate a Redis reply reader") }
        self.reader = reader
    }

    deinit { redisReaderFree(reader) }

    /// Hands the bytes to the parser; they are copied, so the buffer may be reused afterwards.
    func feed(_ bytes: UnsafeRawBufferPointer) throws(RedisError) {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        guard redisReaderFeed(reader, base.assumingMemoryBound(to: CChar.self), bytes.count) == REDIS_OK else { throw failure() }
    }

    /// The next complete reply, or `nil` when the bytes so far do not finish one.
    func next() throws(RedisError) -> RedisValue? {
        var raw: UnsafeMutableRawPointer?
        guard redisReaderGetReply(reader, &raw) == REDIS_OK else { throw failure() }
        guard let raw else { return nil }
        defer { freeReplyObject(raw) }
        return Self.decode(raw.assumingMemoryBound(to: redisReply.self))
    }

    private func failure() -> RedisError {
        let message = withUnsafeBytes(of: reader.pointee.errstr) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        return .connection("Redis protocol error: \(message.isEmpty ? "unreadable reply" : message)")
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
}
