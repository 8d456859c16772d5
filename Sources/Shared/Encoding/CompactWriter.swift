/// Writes the compact binary encoding used on the hot path between gateways and brains:
/// unsigned LEB128 varints, length-prefixed UTF-8 strings and raw 64-bit doubles.
///
/// The first byte of every encoded value is a format version, so a reader can tell this format
/// from the JSON written before it (which always starts with `{`).
public struct CompactWriter: Sendable {
    public private(set) var bytes: [UInt8]

    public init(version: UInt8, capacity: Int = 256) {
        bytes = []
        bytes.reserveCapacity(capacity)
        bytes.append(version)
    }

    public mutating func write(_ byte: UInt8) {
        bytes.append(byte)
    }

    public mutating func write(varint value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    /// Any `Int`, zigzag-encoded so small negative numbers stay short.
    public mutating func write(int value: Int) {
        let wide = Int64(value)
        write(varint: UInt64(bitPattern: (wide << 1) ^ (wide >> 63)))
    }

    public mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            write(varint: UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    public mutating func write(_ value: Double) {
        write(varint: value.bitPattern)
    }
}
