/// The first byte of every value in the compact Codable encoding (``CompactEncoder``).
enum CompactTag: UInt8 {
    case null = 0
    case `false` = 1
    case `true` = 2
    /// Zigzag varint.
    case int = 3
    /// Varint.
    case uint = 4
    /// Varint of the IEEE bit pattern.
    case double = 5
    /// Varint length, then UTF-8.
    case string = 6
    /// Entries of (varint key length + 1, key, value), closed by a 0.
    case keyed = 7
    /// Values, closed by ``end``.
    case unkeyed = 8
    /// Closes an unkeyed container.
    case end = 9
}
