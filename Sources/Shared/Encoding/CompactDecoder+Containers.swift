/// The `Decoder` handed to a value's `init(from:)`: the value at one offset.
struct CompactValueDecoder: Decoder {
    let decoding: CompactDecoding
    let offset: Int
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(try CompactKeyedDecoder<Key>(decoding: decoding, offset: offset, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try CompactUnkeyedDecoder(decoding: decoding, offset: offset, codingPath: codingPath)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        CompactSingleValueDecoder(decoding: decoding, offset: offset, codingPath: codingPath)
    }
}

struct CompactKeyedDecoder<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoding: CompactDecoding
    let codingPath: [any CodingKey]
    /// Each entry's key bytes and the offset of its value.
    private var entries: [(key: Range<Int>, value: Int)] = []

    init(decoding: CompactDecoding, offset: Int, codingPath: [any CodingKey]) throws {
        self.decoding = decoding
        self.codingPath = codingPath
        guard try decoding.tag(at: offset, path: codingPath) == .keyed else { throw decoding.mismatch([String: Any].self, codingPath) }
        var index = offset + 1
        while true {
            let (length, start) = try decoding.varint(at: index)
            if length == 0 { break }
            let key = try decoding.span(at: start, length: length - 1)
            entries.append((key, key.upperBound))
            index = try decoding.skip(key.upperBound, depth: codingPath.count + 1)
        }
    }

    var allKeys: [Key] {
        entries.compactMap { Key(stringValue: String(decoding: decoding.bytes[$0.key], as: UTF8.self)) }
    }

    func contains(_ key: Key) -> Bool { offset(of: key) != nil }

    private func offset(of key: Key) -> Int? {
        var name = key.stringValue
        return name.withUTF8 { utf8 in
            entries.first { entry in
                entry.key.count == utf8.count && decoding.bytes[entry.key].elementsEqual(utf8)
            }?.value
        }
    }

    private func required(_ key: Key) throws -> Int {
        guard let offset = offset(of: key) else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "no value for '\(key.stringValue)'"))
        }
        return offset
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        guard let offset = offset(of: key) else { return true }
        return decoding.isNull(at: offset)
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try decoding.decode(type, at: try required(key), path: codingPath + [key])
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let offset = offset(of: key), !decoding.isNull(at: offset) else { return nil }
        return try decoding.decode(type, at: offset, path: codingPath + [key])
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        KeyedDecodingContainer(try CompactKeyedDecoder<NestedKey>(decoding: decoding, offset: try required(key), codingPath: codingPath + [key]))
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try CompactUnkeyedDecoder(decoding: decoding, offset: try required(key), codingPath: codingPath + [key])
    }

    func superDecoder() throws -> any Decoder {
        guard let key = Key(stringValue: "super") else {
            throw DecodingError.keyNotFound(CompactSuperKey(), .init(codingPath: codingPath, debugDescription: "no value for 'super'"))
        }
        return try superDecoder(forKey: key)
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        CompactValueDecoder(decoding: decoding, offset: try required(key), codingPath: codingPath + [key])
    }
}

struct CompactUnkeyedDecoder: UnkeyedDecodingContainer {
    let decoding: CompactDecoding
    let codingPath: [any CodingKey]
    private var offsets: [Int] = []
    private(set) var currentIndex = 0

    init(decoding: CompactDecoding, offset: Int, codingPath: [any CodingKey]) throws {
        self.decoding = decoding
        self.codingPath = codingPath
        guard try decoding.tag(at: offset, path: codingPath) == .unkeyed else { throw decoding.mismatch([Any].self, codingPath) }
        var index = offset + 1
        while try decoding.tag(at: index, path: codingPath) != .end {
            offsets.append(index)
            index = try decoding.skip(index, depth: codingPath.count + 1)
        }
    }

    var count: Int? { offsets.count }
    var isAtEnd: Bool { currentIndex >= offsets.count }

    private mutating func next() throws -> Int {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(Any.self, .init(codingPath: codingPath, debugDescription: "no more values in the list"))
        }
        defer { currentIndex += 1 }
        return offsets[currentIndex]
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, decoding.isNull(at: offsets[currentIndex]) else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try decoding.decode(type, at: try next(), path: codingPath)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        KeyedDecodingContainer(try CompactKeyedDecoder<NestedKey>(decoding: decoding, offset: try next(), codingPath: codingPath))
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try CompactUnkeyedDecoder(decoding: decoding, offset: try next(), codingPath: codingPath)
    }

    mutating func superDecoder() throws -> any Decoder {
        CompactValueDecoder(decoding: decoding, offset: try next(), codingPath: codingPath)
    }
}

struct CompactSingleValueDecoder: SingleValueDecodingContainer {
    let decoding: CompactDecoding
    let offset: Int
    let codingPath: [any CodingKey]

    func decodeNil() -> Bool { decoding.isNull(at: offset) }
    func decode(_ type: Bool.Type) throws -> Bool { try decoding.bool(at: offset, path: codingPath) }
    func decode(_ type: String.Type) throws -> String { try decoding.string(at: offset, path: codingPath) }
    func decode(_ type: Double.Type) throws -> Double { try decoding.double(at: offset, path: codingPath) }
    func decode(_ type: Float.Type) throws -> Float { Float(try decoding.double(at: offset, path: codingPath)) }
    func decode(_ type: Int.Type) throws -> Int { try decoding.integer(type, at: offset, path: codingPath) }
    func decode(_ type: Int8.Type) throws -> Int8 { try decoding.integer(type, at: offset, path: codingPath) }
    func decode(_ type: Int16.Type) throws -> Int16 { try decoding.integer(type, at: offset, path: codingPath) }
    func decode(_ type: Int32.Type) throws -> Int32 { try decoding.integer(type, at: offset, path: codingPath) }
    func decode(_ type: Int64.Type) throws -> Int64 { try decoding.integer(type, at: offset, path: codingPath) }
    func decode(_ type: UInt.Type) throws -> UInt { try decoding.integer(type, at: offset, path: codingPath) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try decoding.integer(type, at: offset, path: codingPath) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try decoding.integer(type, at: offset, path: codingPath) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try decoding.integer(type, at: offset, path: codingPath) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try decoding.integer(type, at: offset, path: codingPath) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try decoding.decode(type, at: offset, path: codingPath) }
}
