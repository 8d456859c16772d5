/// Counts one up and sets the counter's lifetime, atomically: from its first count only (a window
/// that then runs out), or from every count (kept while it is used). Answers the new count.
public struct CountUp: RedisScriptCall {
    public typealias Response = Int
    public static let script = RedisScript(
        keys: ["counter"], arguments: ["ttl", "fromFirst"],
        body: """
            local count = redis.call('INCR', key.counter)
            if arg.fromFirst ~= '1' or count == 1 then redis.call('EXPIRE', key.counter, arg.ttl) end
            return count
            """)

    public var key: RedisKey
    public var seconds: Int
    public var fromFirstCount: Bool

    public init(_ key: RedisKey, seconds: Int, fromFirstCount: Bool) {
        self.key = key
        self.seconds = seconds
        self.fromFirstCount = fromFirstCount
    }

    public func encode(into encoder: inout RedisScriptEncoder) {
        encoder.key("counter", key)
        encoder.argument("ttl", seconds)
        encoder.argument("fromFirst", fromFirstCount ? "1" : "0")
    }
}
