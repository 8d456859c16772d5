/// Decodes what ``CompactEncoder`` wrote.
///
/// Every length and tag is checked against the bytes, and nesting is bounded, so a damaged value
/// fails with `DecodingError` instead of trapping. A keyed container finds its keys by comparing
/// bytes, without building a dictionary.
public struct CompactDecoder: Sendable {
    public init() {}

    /// The version byte the value was written with.
    public static func version(of bytes: [UInt8]) -> UInt8? { bytes.first }

    public func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
        guard bytes.count > 1 else { throw CompactDecoding.corrupt("empty value", path: []) }
        let decoding = CompactDecoding(bytes: bytes)
        let end = try decoding.skip(1, depth: 0)
        guard end == bytes.count else { throw CompactDecoding.corrupt("bytes left after the value", path: []) }
        return try decoding.decode(type, at: 1, path: [])
    }
}

/// One decoding's bytes and the reading primitives its containers share.
final class CompactDecoding {
    let bytes: [UInt8]
    static let maximumDepth = 64

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    static func corrupt(_ message: String, path: [any CodingKey]) -> DecodingError {
        .dataCorrupted(.init(codingPath: path, debugDescription: "compact value: \(message)"))
    }

    func tag(at offset: Int, path: [any CodingKey]) throws -> CompactTag {
        guard offset < bytes.count, let tag = CompactTag(rawValue: bytes[offset]) else { throw Self.corrupt("bad tag at \(offset)", path: path) }
        return tag
    }

    /// A varint at `offset`, and the offset after it.
    func varint(at offset: Int) throws -> (UInt64, Int) {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        var index = offset
        while index < bytes.count, shift < 64 {
            let byte = bytes[index]
            index += 1
            result |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return (result, index) }
            shift += 7
        }
        throw Self.corrupt("bad number at \(offset)", path: [])
    }

    /// The range of `length` bytes at `offset`, checked.
    func span(at offset: Int, length: UInt64) throws -> Range<Int> {
        guard length <= UInt64(bytes.count - offset) else { throw Self.corrupt("length past the end at \(offset)", path: []) }
        return offset..<offset + Int(length)
    }

    /// The offset just after the value at `offset`.
    func skip(_ offset: Int, depth: Int) throws -> Int {
        guard depth < Self.maximumDepth else { throw Self.corrupt("nested too deeply", path: []) }
        switch try tag(at: offset, path: []) {
        case .null, .false, .true: return offset + 1
        case .int, .uint, .double: return try varint(at: offset + 1).1
        case .string:
            let (length, start) = try varint(at: offset + 1)
            return try span(at: start, length: length).upperBound
        case .keyed:
            var index = offset + 1
            while true {
                let (length, start) = try varint(at: index)
                if length == 0 { return start }
                index = try skip(try span(at: start, length: length - 1).upperBound, depth: depth + 1)
            }
        case .unkeyed:
            var index = offset + 1
            while try tag(at: index, path: []) != .end { index = try skip(index, depth: depth + 1) }
            return index + 1
        case .end:
            throw Self.corrupt("unexpected end at \(offset)", path: [])
        }
    }

    func decode<T: Decodable>(_ type: T.Type, at offset: Int, path: [any CodingKey]) throws -> T {
        // The common primitives directly, without a decoder and container for each.
        if T.self == String.self, let value = try string(at: offset, path: path) as? T { return value }
        if T.self == Int.self, let value = try integer(Int.self, at: offset, path: path) as? T { return value }
        if T.self == Bool.self, let value = try bool(at: offset, path: path) as? T { return value }
        return try T(from: CompactValueDecoder(decoding: self, offset: offset, codingPath: path))
    }

    func isNull(at offset: Int) -> Bool { offset < bytes.count && bytes[offset] == CompactTag.null.rawValue }

    func string(at offset: Int, path: [any CodingKey]) throws -> String {
        guard try tag(at: offset, path: path) == .string else { throw mismatch(String.self, path) }
        let (length, start) = try varint(at: offset + 1)
        return String(decoding: bytes[try span(at: start, length: length)], as: UTF8.self)
    }

    func bool(at offset: Int, path: [any CodingKey]) throws -> Bool {
        switch try tag(at: offset, path: path) {
        case .true: return true
        case .false: return false
        default: throw mismatch(Bool.self, path)
        }
    }

    func double(at offset: Int, path: [any CodingKey]) throws -> Double {
        guard try tag(at: offset, path: path) == .double else { throw mismatch(Double.self, path) }
        return Double(bitPattern: try varint(at: offset + 1).0)
    }

    func integer<I: FixedWidthInteger>(_ type: I.Type, at offset: Int, path: [any CodingKey]) throws -> I {
        let raw = try varint(at: offset + 1).0
        let value: I?
        switch try tag(at: offset, path: path) {
        case .int: value = I(exactly: Int64(bitPattern: raw >> 1) ^ -Int64(bitPattern: raw & 1))
        case .uint: value = I(exactly: raw)
        default: throw mismatch(type, path)
        }
        guard let value else { throw Self.corrupt("\(raw) does not fit \(type)", path: path) }
        return value
    }

    func mismatch(_ type: Any.Type, _ path: [any CodingKey]) -> DecodingError {
        .typeMismatch(type, .init(codingPath: path, debugDescription: "compact value holds another type"))
    }
}
