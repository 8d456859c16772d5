/// The `Encoder` handed to a value's `encode(to:)`.
struct CompactValueEncoder: Encoder {
    let state: CompactEncodingState
    let depth: Int
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(state: CompactEncodingState, depth: Int, codingPath: [any CodingKey]) {
        self.state = state
        self.depth = depth
        self.codingPath = codingPath
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let id = state.openContainer(keyed: true, depth: depth)
        return KeyedEncodingContainer(CompactKeyedEncoder<Key>(state: state, id: id, depth: depth + 1, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let id = state.openContainer(keyed: false, depth: depth)
        return CompactUnkeyedEncoder(state: state, id: id, depth: depth + 1, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        CompactSingleValueEncoder(state: state, depth: depth, codingPath: codingPath)
    }
}

struct CompactKeyedEncoder<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let state: CompactEncodingState
    let id: Int
    let depth: Int
    let codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws {
        try state.resume(id, depth: depth, path: codingPath)
        state.writeKey(key)
        state.writer.write(CompactTag.null.rawValue)
    }

    mutating func encode(_ value: some Encodable, forKey key: Key) throws {
        try state.resume(id, depth: depth, path: codingPath)
        state.writeKey(key)
        try state.encode(value, depth: depth, path: codingPath + [key])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        try? state.resume(id, depth: depth, path: codingPath)
        state.writeKey(key)
        let nested = state.openContainer(keyed: true, depth: depth)
        return KeyedEncodingContainer(CompactKeyedEncoder<NestedKey>(state: state, id: nested, depth: depth + 1, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        try? state.resume(id, depth: depth, path: codingPath)
        state.writeKey(key)
        let nested = state.openContainer(keyed: false, depth: depth)
        return CompactUnkeyedEncoder(state: state, id: nested, depth: depth + 1, codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> any Encoder {
        try? state.resume(id, depth: depth, path: codingPath)
        state.writeKey(CompactSuperKey())
        return CompactValueEncoder(state: state, depth: depth, codingPath: codingPath + [CompactSuperKey()])
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        try? state.resume(id, depth: depth, path: codingPath)
        state.writeKey(key)
        return CompactValueEncoder(state: state, depth: depth, codingPath: codingPath + [key])
    }
}

struct CompactUnkeyedEncoder: UnkeyedEncodingContainer {
    let state: CompactEncodingState
    let id: Int
    let depth: Int
    let codingPath: [any CodingKey]
    private(set) var count = 0

    init(state: CompactEncodingState, id: Int, depth: Int, codingPath: [any CodingKey]) {
        self.state = state
        self.id = id
        self.depth = depth
        self.codingPath = codingPath
    }

    mutating func encodeNil() throws {
        try state.resume(id, depth: depth, path: codingPath)
        state.writer.write(CompactTag.null.rawValue)
        count += 1
    }

    mutating func encode(_ value: some Encodable) throws {
        try state.resume(id, depth: depth, path: codingPath)
        try state.encode(value, depth: depth, path: codingPath)
        count += 1
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        try? state.resume(id, depth: depth, path: codingPath)
        count += 1
        let nested = state.openContainer(keyed: true, depth: depth)
        return KeyedEncodingContainer(CompactKeyedEncoder<NestedKey>(state: state, id: nested, depth: depth + 1, codingPath: codingPath))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        try? state.resume(id, depth: depth, path: codingPath)
        count += 1
        let nested = state.openContainer(keyed: false, depth: depth)
        return CompactUnkeyedEncoder(state: state, id: nested, depth: depth + 1, codingPath: codingPath)
    }

    mutating func superEncoder() -> any Encoder {
        try? state.resume(id, depth: depth, path: codingPath)
        count += 1
        return CompactValueEncoder(state: state, depth: depth, codingPath: codingPath)
    }
}

struct CompactSingleValueEncoder: SingleValueEncodingContainer {
    let state: CompactEncodingState
    let depth: Int
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws { state.writer.write(CompactTag.null.rawValue) }
    mutating func encode(_ value: Bool) throws { state.writer.write(value ? CompactTag.true.rawValue : CompactTag.false.rawValue) }
    mutating func encode(_ value: String) throws { state.writeTagged(value) }
    mutating func encode(_ value: Double) throws { state.writeTagged(value) }
    mutating func encode(_ value: Float) throws { state.writeTagged(Double(value)) }
    mutating func encode(_ value: Int) throws { state.writeTagged(int: value) }
    mutating func encode(_ value: Int8) throws { state.writeTagged(int: Int(value)) }
    mutating func encode(_ value: Int16) throws { state.writeTagged(int: Int(value)) }
    mutating func encode(_ value: Int32) throws { state.writeTagged(int: Int(value)) }
    mutating func encode(_ value: Int64) throws { state.writeTagged(int: Int(value)) }
    mutating func encode(_ value: UInt) throws { state.writeTagged(uint: UInt64(value)) }
    mutating func encode(_ value: UInt8) throws { state.writeTagged(uint: UInt64(value)) }
    mutating func encode(_ value: UInt16) throws { state.writeTagged(uint: UInt64(value)) }
    mutating func encode(_ value: UInt32) throws { state.writeTagged(uint: UInt64(value)) }
    mutating func encode(_ value: UInt64) throws { state.writeTagged(uint: value) }
    mutating func encode(_ value: some Encodable) throws { try state.encode(value, depth: depth, path: codingPath) }
}

/// The key `super` values are stored under, as `JSONEncoder` names it.
struct CompactSuperKey: CodingKey {
    var stringValue: String { "super" }
    var intValue: Int? { nil }
    init() {}
    init?(stringValue: String) { guard stringValue == "super" else { return nil } }
    init?(intValue: Int) { nil }
}
