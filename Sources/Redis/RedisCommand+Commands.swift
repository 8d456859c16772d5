/// The commands Loop AI sends, typed: names and argument order live here, not at every call site.
extension RedisCommand {
    /// An end of a list, for `BLMOVE` and `BLMPOP`.
    public enum ListEnd: String, Sendable {
        case left = "LEFT"
        case right = "RIGHT"
    }

    public static let ping: RedisCommand = ["PING"]

    public static func get(_ key: String) -> RedisCommand { ["GET", key] }

    /// `SET key value PX milliseconds`.
    public static func set(_ key: String, _ value: [UInt8], expiresInMilliseconds milliseconds: Int64) -> RedisCommand {
        RedisCommand([bytes("SET"), bytes(key), value, bytes("PX"), bytes(String(milliseconds))])
    }

    public static func mget(_ keys: [String]) -> RedisCommand { RedisCommand(["MGET"] + keys) }

    public static func expire(_ key: String, seconds: Int) -> RedisCommand { ["EXPIRE", key, String(seconds)] }

    public static func lpush(_ key: String, _ value: [UInt8]) -> RedisCommand {
        RedisCommand([bytes("LPUSH"), bytes(key), value])
    }

    /// `LREM key count value`: removes the first `count` occurrences of `value`.
    public static func lrem(_ key: String, count: Int = 1, _ value: [UInt8]) -> RedisCommand {
        RedisCommand([bytes("LREM"), bytes(key), bytes(String(count)), value])
    }

    public static func llen(_ key: String) -> RedisCommand { ["LLEN", key] }

    /// `BLMOVE source destination from to timeout`: waits up to `timeout` seconds for an item.
    public static func blmove(_ source: String, _ destination: String, from: ListEnd, to: ListEnd, timeout: String) -> RedisCommand {
        ["BLMOVE", source, destination, from.rawValue, to.rawValue, timeout]
    }

    /// `BLMPOP timeout 1 key end COUNT count`: up to `count` items of one list in one reply.
    public static func blmpop(_ key: String, from end: ListEnd, count: Int, timeout: String) -> RedisCommand {
        ["BLMPOP", timeout, "1", key, end.rawValue, "COUNT", String(count)]
    }

    public static func hget(_ key: String, _ field: String) -> RedisCommand { ["HGET", key, field] }

    public static func hmget(_ key: String, _ fields: [String]) -> RedisCommand { RedisCommand(["HMGET", key] + fields) }

    public static func zadd(_ key: String, score: Int64, _ member: String) -> RedisCommand { ["ZADD", key, String(score), member] }

    public static func zcard(_ key: String) -> RedisCommand { ["ZCARD", key] }

    /// Every member of a sorted set, lowest score first.
    public static func zrangeAll(_ key: String) -> RedisCommand { ["ZRANGE", key, "0", "-1"] }

    /// `AUTH [username] password`.
    public static func auth(username: String?, password: String) -> RedisCommand {
        username.map { ["AUTH", $0, password] } ?? ["AUTH", password]
    }

    public static func select(_ database: Int) -> RedisCommand { ["SELECT", String(database)] }

    /// `EVALSHA sha numkeys keys… args…`.
    static func evalsha(_ sha1: String, keys: [[UInt8]], arguments: [[UInt8]]) -> RedisCommand {
        RedisCommand([bytes("EVALSHA"), bytes(sha1), bytes(String(keys.count))] + keys + arguments)
    }

    /// `EVAL source numkeys keys… args…`.
    static func eval(_ source: String, keys: [[UInt8]], arguments: [[UInt8]]) -> RedisCommand {
        RedisCommand([bytes("EVAL"), bytes(source), bytes(String(keys.count))] + keys + arguments)
    }

    private static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }
}

extension RedisCommand {
    /// Commands that may be sent a second time after a connection dropped before their reply was
    /// read, without a caller noticing (the list and its reasons are in `docs/architecture.md`):
    /// reads; writes that set a value or membership (`SET`, `ZADD`, `EXPIRE`, `LREM` of one
    /// exact item); `LPUSH` of turns and replies, which carry ids that brains and gateways
    /// de-duplicate; and Loop AI's scripts, which are idempotent by design (turns are queued once
    /// per idempotency key, commits are versioned, recovery moves only dead workers' lists).
    /// Blocking pops (`BLMOVE`, `BLMPOP`) are not: a repeat could take a second item.
    public var isSafeToRetry: Bool {
        Self.safeToRetry.contains(name.uppercased())
    }

    static let safeToRetry: Set<String> = [
        "PING", "GET", "MGET", "HGET", "HMGET", "LLEN", "ZCARD", "ZRANGE", "EXISTS", "SET", "ZADD", "EXPIRE", "LREM", "LPUSH",
        "EVALSHA", "EVAL", "SELECT", "AUTH", "WAIT",
    ]
}
