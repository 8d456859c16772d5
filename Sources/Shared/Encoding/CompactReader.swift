/// Reads what ``CompactWriter`` wrote, checking every length against the bytes that remain, so
/// a damaged or foreign value fails with ``CompactReader/Malformed`` instead of trapping.
public struct CompactReader {
    /// The bytes end early or hold something impossible.
    public struct Malformed: Error, Sendable, CustomStringConvertible {
        public let reason: String
        public var description: String { "malformed compact value: \(reason)" }
    }

    private let bytes: [UInt8]
    private var index: Int

    /// Starts after the version byte, which ``version`` reports.
    public init(_ bytes: [UInt8]) throws(Malformed) {
        guard !bytes.isEmpty else { throw Malformed(reason: "empty") }
        self.bytes = bytes
        self.index = 1
    }

    public var version: UInt8 { bytes[0] }
    public var isAtEnd: Bool { index == bytes.count }

    public mutating func readByte() throws(Malformed) -> UInt8 {
        guard index < bytes.count else { throw Malformed(reason: "ends early") }
        defer { index += 1 }
        return bytes[index]
    }

    public mutating func readVarint() throws(Malformed) -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let byte = try readByte()
            guard shift < 64 else { throw Malformed(reason: "varint too long") }
            result |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return result }
            shift += 7
        }
    }

    public mutating func readInt() throws(Malformed) -> Int {
        let raw = try readVarint()
        let value = Int64(bitPattern: raw >> 1) ^ -Int64(bitPattern: raw & 1)
        guard let int = Int(exactly: value) else { throw Malformed(reason: "integer out of range") }
        return int
    }

    public mutating func readString() throws(Malformed) -> String {
        let length = try readVarint()
        guard length <= UInt64(bytes.count - index) else { throw Malformed(reason: "string longer than the value") }
        let end = index + Int(length)
        defer { index = end }
        return String(decoding: bytes[index..<end], as: UTF8.self)
    }

    public mutating func readDouble() throws(Malformed) -> Double {
        Double(bitPattern: try readVarint())
    }
}
