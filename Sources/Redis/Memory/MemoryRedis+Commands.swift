/// The commands ``MemoryRedis`` interprets, one small function each, answering as Redis does.
extension MemoryRedis.Store {
    var wrongType: RedisValue { .error("WRONGTYPE Operation against a key holding the wrong kind of value") }

    static func format(_ score: Double) -> String {
        score == score.rounded() && abs(score) < 1e15 ? String(Int64(score)) : String(score)
    }

    mutating func get(_ key: String) -> RedisValue {
        switch values[key] {
        case nil: return .null
        case .string(let bytes)?: return .bulk(bytes)
        default: return wrongType
        }
    }

    /// `SET key value [NX] [EX seconds]`.
    mutating func set(_ key: String, _ value: [UInt8], options: [String]) -> RedisValue {
        let upper = options.map { $0.uppercased() }
        if upper.contains("NX"), values[key] != nil { return .null }
        values[key] = .string(value)
        expiries[key] = nil
        if let index = upper.firstIndex(of: "EX"), index + 1 < options.count, let seconds = Int(options[index + 1]) { expiries[key] = seconds }
        return .status("OK")
    }

    mutating func expire(_ key: String, seconds: String) -> RedisValue {
        guard values[key] != nil, let seconds = Int(seconds) else { return .integer(0) }
        expiries[key] = seconds
        return .integer(1)
    }

    mutating func incrementString(_ key: String, by increment: String) -> RedisValue {
        guard let increment = Int(increment) else { return .error("ERR value is not an integer or out of range") }
        let current: Int
        switch values[key] {
        case nil: current = 0
        case .string(let bytes)?:
            guard let number = Int(String(decoding: bytes, as: UTF8.self)) else { return .error("ERR value is not an integer or out of range") }
            current = number
        default: return wrongType
        }
        values[key] = .string(Array(String(current + increment).utf8))
        return .integer(current + increment)
    }

    // MARK: hashes

    func hashFields(_ key: String) -> [String: [UInt8]]? {
        switch values[key] {
        case nil: return [:]
        case .hash(let fields)?: return fields
        default: return nil
        }
    }

    mutating func hashSet(_ key: String, _ pairs: [[UInt8]], onlyNew: Bool) -> RedisValue {
        guard var fields = hashFields(key) else { return wrongType }
        var added = 0
        for index in stride(from: 0, to: pairs.count - 1, by: 2) {
            let field = String(decoding: pairs[index], as: UTF8.self)
            if onlyNew, fields[field] != nil { continue }
            if fields[field] == nil { added += 1 }
            fields[field] = pairs[index + 1]
        }
        values[key] = .hash(fields)
        return .integer(added)
    }

    mutating func hashDelete(_ key: String, _ names: [String]) -> RedisValue {
        guard var fields = hashFields(key) else { return wrongType }
        let removed = names.filter { fields.removeValue(forKey: $0) != nil }.count
        values[key] = fields.isEmpty ? nil : .hash(fields)
        return .integer(removed)
    }

    mutating func hashIncrement(_ key: String, field: String, by increment: String) -> RedisValue {
        guard var fields = hashFields(key) else { return wrongType }
        guard let increment = Int(increment), let current = Int(fields[field].map { String(decoding: $0, as: UTF8.self) } ?? "0") else {
            return .error("ERR hash value is not an integer")
        }
        fields[field] = Array(String(current + increment).utf8)
        values[key] = .hash(fields)
        return .integer(current + increment)
    }

    // MARK: lists

    func listItems(_ key: String) -> [[UInt8]]? {
        switch values[key] {
        case nil: return []
        case .list(let items)?: return items
        default: return nil
        }
    }

    mutating func push(_ key: String, _ items: [[UInt8]], atHead: Bool) -> RedisValue {
        guard var list = listItems(key) else { return wrongType }
        for item in items {
            if atHead { list.insert(item, at: 0) } else { list.append(item) }
        }
        values[key] = .list(list)
        return .integer(list.count)
    }

    /// `LREM key count value` for a count of 0 or more (from the head).
    mutating func listRemove(_ key: String, count: String, _ item: [UInt8]) -> RedisValue {
        guard var list = listItems(key) else { return wrongType }
        guard let limit = Int(count), limit >= 0 else { return .error("ERR MemoryRedis interprets LREM with a count of 0 or more") }
        var removed = 0
        list.removeAll { candidate in
            guard candidate == item, limit == 0 || removed < limit else { return false }
            removed += 1
            return true
        }
        values[key] = list.isEmpty ? nil : .list(list)
        return .integer(removed)
    }

    func listRange(_ key: String, start: String, stop: String) -> RedisValue {
        guard let list = listItems(key) else { return wrongType }
        guard var first = Int(start), var last = Int(stop) else { return .error("ERR value is not an integer or out of range") }
        if first < 0 { first += list.count }
        if last < 0 { last += list.count }
        first = max(first, 0)
        last = min(last, list.count - 1)
        guard first <= last else { return .array([]) }
        return .array(list[first...last].map(RedisValue.bulk))
    }

    func listLength(_ key: String) -> RedisValue {
        listItems(key).map { .integer($0.count) } ?? wrongType
    }

    // MARK: sets

    func setMembers(_ key: String) -> Set<[UInt8]>? {
        switch values[key] {
        case nil: return []
        case .set(let members)?: return members
        default: return nil
        }
    }

    mutating func setAdd(_ key: String, _ members: [[UInt8]]) -> RedisValue {
        guard var set = setMembers(key) else { return wrongType }
        let added = members.filter { set.insert($0).inserted }.count
        values[key] = .set(set)
        return .integer(added)
    }

    // MARK: sorted sets

    func sortedSetMembers(_ key: String) -> [String: Double]? {
        switch values[key] {
        case nil: return [:]
        case .sortedSet(let members)?: return members
        default: return nil
        }
    }

    /// `ZADD key [NX | GT | LT] score member`.
    mutating func sortedSetAdd(_ key: String, _ words: [String]) -> RedisValue {
        guard var members = sortedSetMembers(key) else { return wrongType }
        var words = words[...]
        var condition: String?
        if let first = words.first, ["NX", "GT", "LT"].contains(first.uppercased()) {
            condition = first.uppercased()
            words = words.dropFirst()
        }
        guard words.count == 2, let score = Double(words[words.startIndex]) else { return .error("ERR MemoryRedis interprets ZADD with one member") }
        let member = words[words.startIndex + 1]
        let current = members[member]
        switch (condition, current) {
        case ("NX"?, _?): return .integer(0)
        case ("GT"?, let old?) where score <= old: return .integer(0)
        case ("LT"?, let old?) where score >= old: return .integer(0)
        default: members[member] = score
        }
        values[key] = .sortedSet(members)
        return .integer(current == nil ? 1 : 0)
    }

    mutating func sortedSetIncrement(_ key: String, by increment: String, member: String) -> RedisValue {
        guard var members = sortedSetMembers(key) else { return wrongType }
        guard let increment = Double(increment) else { return .error("ERR value is not a valid float") }
        let score = (members[member] ?? 0) + increment
        members[member] = score
        values[key] = .sortedSet(members)
        return .bulk(Array(Self.format(score).utf8))
    }

    // MARK: streams

    /// `XADD key [MAXLEN ~ n] * field value…`.
    mutating func streamAdd(_ key: String, _ words: [String]) -> RedisValue {
        var entries: [[String]]
        switch values[key] {
        case nil: entries = []
        case .stream(let existing)?: entries = existing
        default: return wrongType
        }
        var words = words[...]
        var maximum: Int?
        if words.first?.uppercased() == "MAXLEN" {
            words = words.dropFirst()
            if words.first == "~" || words.first == "=" { words = words.dropFirst() }
            maximum = words.first.flatMap { Int($0) }
            words = words.dropFirst()
        }
        guard words.first == "*", words.count >= 3, (words.count - 1) % 2 == 0 else { return .error("ERR MemoryRedis interprets XADD with '*' and field pairs") }
        entries.append(Array(words.dropFirst()))
        if let maximum, entries.count > maximum { entries.removeFirst(entries.count - maximum) }
        values[key] = .stream(entries)
        return .bulk(Array("\(entries.count)-0".utf8))
    }
}
