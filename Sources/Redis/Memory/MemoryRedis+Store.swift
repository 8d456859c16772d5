extension MemoryRedis {
    /// The data: one value per key, as Redis types them.
    public struct Store: Sendable {
        public enum Value: Sendable, Equatable {
            case string([UInt8])
            case hash([String: [UInt8]])
            /// Head first, as `LRANGE 0 -1` reads it.
            case list([[UInt8]])
            case set(Set<[UInt8]>)
            case sortedSet([String: Double])
            /// Each entry's fields in order.
            case stream([[String]])
        }

        public internal(set) var values: [String: Value] = [:]
        /// Seconds each key was last given to live (`EXPIRE`, `SET … EX`): recorded, never acted on.
        public internal(set) var expiries: [String: Int] = [:]

        public init() {}

        public subscript(key: RedisKey) -> Value? { values[key.text] }

        public func expiry(_ key: RedisKey) -> Int? { expiries[key.text] }

        /// A string's value.
        public func string(_ key: RedisKey) -> [UInt8]? {
            if case .string(let bytes)? = values[key.text] { return bytes }
            return nil
        }

        /// A hash's fields, as text.
        public func hash(_ key: RedisKey) -> [String: String] {
            guard case .hash(let fields)? = values[key.text] else { return [:] }
            return fields.mapValues { String(decoding: $0, as: UTF8.self) }
        }

        /// A list, head first.
        public func list(_ key: RedisKey) -> [[UInt8]] {
            if case .list(let items)? = values[key.text] { return items }
            return []
        }

        /// A sorted set's members and scores.
        public func sortedSet(_ key: RedisKey) -> [String: Double] {
            if case .sortedSet(let members)? = values[key.text] { return members }
            return [:]
        }

        /// A stream's entries, each its fields and values in order.
        public func stream(_ key: RedisKey) -> [[String]] {
            if case .stream(let entries)? = values[key.text] { return entries }
            return []
        }

        /// Runs one command, as `redis.call` does in a script: what a part's Swift twin uses.
        @discardableResult
        public mutating func call(_ arguments: any RedisArgument...) -> RedisValue {
            call(arguments.map(\.redisBytes))
        }

        /// Runs one command given as its words.
        mutating func call(_ words: [[UInt8]]) -> RedisValue {
            guard let first = words.first else { return .error("ERR empty command") }
            let name = String(decoding: first, as: UTF8.self).uppercased()
            let arguments = Array(words.dropFirst())
            let text = arguments.map { String(decoding: $0, as: UTF8.self) }
            switch (name, arguments.count) {
            case ("PING", _): return .status("PONG")
            case ("WAIT", 2): return .integer(0)
            case ("GET", 1): return get(text[0])
            case ("SET", 2...): return set(text[0], arguments[1], options: Array(text.dropFirst(2)))
            case ("EXISTS", 1): return .integer(values[text[0]] == nil ? 0 : 1)
            case ("DEL", 1...): return .integer(text.reduce(0) { count, key in count + (values.removeValue(forKey: key) == nil ? 0 : 1) })
            case ("EXPIRE", 2): return expire(text[0], seconds: text[1])
            case ("INCRBY", 2): return incrementString(text[0], by: text[1])
            case ("HGET", 2): return hashFields(text[0]).map { $0[text[1]].map(RedisValue.bulk) ?? .null } ?? wrongType
            case ("HMGET", 2...): return hashFields(text[0]).map { fields in .array(text.dropFirst().map { fields[$0].map(RedisValue.bulk) ?? .null }) } ?? wrongType
            case ("HSET", 3...) where arguments.count % 2 == 1: return hashSet(text[0], Array(arguments.dropFirst()), onlyNew: false)
            case ("HSETNX", 3): return hashSet(text[0], Array(arguments.dropFirst()), onlyNew: true)
            case ("HDEL", 2...): return hashDelete(text[0], Array(text.dropFirst()))
            case ("HINCRBY", 3): return hashIncrement(text[0], field: text[1], by: text[2])
            case ("LPUSH", 2...), ("RPUSH", 2...): return push(text[0], Array(arguments.dropFirst()), atHead: name == "LPUSH")
            case ("LREM", 3): return listRemove(text[0], count: text[1], arguments[2])
            case ("LRANGE", 3): return listRange(text[0], start: text[1], stop: text[2])
            case ("LLEN", 1): return listLength(text[0])
            case ("SADD", 2...): return setAdd(text[0], Array(arguments.dropFirst()))
            case ("SISMEMBER", 2): return setMembers(text[0]).map { .integer($0.contains(arguments[1]) ? 1 : 0) } ?? wrongType
            case ("SCARD", 1): return setMembers(text[0]).map { .integer($0.count) } ?? wrongType
            case ("ZADD", 3...): return sortedSetAdd(text[0], Array(text.dropFirst()))
            case ("ZINCRBY", 3): return sortedSetIncrement(text[0], by: text[1], member: text[2])
            case ("ZSCORE", 2): return sortedSetMembers(text[0]).map { $0[text[1]].map { .bulk(Array(Self.format($0).utf8)) } ?? .null } ?? wrongType
            case ("XADD", 3...): return streamAdd(text[0], Array(text.dropFirst()))
            default: return .error("ERR MemoryRedis does not interpret \(name) with \(arguments.count) arguments")
            }
        }
    }
}
