import Redis

/// A command spelt as words, for tests that look into Redis (`KEYS`, `INFO`, `TTL`, `XLEN`):
/// the product itself sends only the typed commands of the Redis target.
struct Ask: RedisCommandType {
    static let name = "ASK"
    let words: [[UInt8]]

    /// Words and keys (``RedisKey``, made by ``RedisKeys``) alike.
    init(_ words: any RedisArgument...) {
        self.words = words.map(\.redisBytes)
    }

    init(bytes words: [[UInt8]]) {
        self.words = words
    }

    func encode(into encoder: inout RedisCommandEncoder) {
        encoder.encode(words)
    }
}
