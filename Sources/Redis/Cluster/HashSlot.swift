/// One of Redis Cluster's 16,384 hash slots: where a key lives.
///
/// A key's slot is the CRC16 (XMODEM) of its hash tag, the text between the first `{` and the
/// `}` after it when that is not empty, or of the whole key otherwise, modulo 16,384, so keys
/// sharing a tag share a node and can meet in one script.
public struct HashSlot: Sendable, Hashable, Comparable, CustomStringConvertible {
    public static let count = 16_384

    public let value: UInt16

    public init?(_ value: Int) {
        guard (0..<Self.count).contains(value) else { return nil }
        self.value = UInt16(value)
    }

    /// The slot of a key's bytes.
    public init(key: some Collection<UInt8>) {
        value = Self.crc16(Self.hashTag(of: key)) % UInt16(Self.count)
    }

    public init(key: RedisKey) {
        self.init(key: key.text.utf8)
    }

    /// The part of a key that decides its slot: the text inside the first `{…}` when there is any,
    /// else the whole key (as Redis does: `{}` and an unclosed `{` leave the whole key).
    public static func hashTag<Key: Collection<UInt8>>(of key: Key) -> Key.SubSequence {
        guard let open = key.firstIndex(of: UInt8(ascii: "{")) else { return key[...] }
        let afterOpen = key.index(after: open)
        guard let close = key[afterOpen...].firstIndex(of: UInt8(ascii: "}")), close != afterOpen else { return key[...] }
        return key[afterOpen..<close]
    }

    /// CRC16-CCITT (XMODEM: polynomial 0x1021, initial 0), the checksum Redis Cluster uses.
    public static func crc16(_ bytes: some Sequence<UInt8>) -> UInt16 {
        var crc: UInt16 = 0
        for byte in bytes {
            crc = (crc << 8) ^ table[Int(UInt8(truncatingIfNeeded: crc >> 8) ^ byte)]
        }
        return crc
    }

    private static let table: [UInt16] = (0..<256).map { index in
        var crc = UInt16(index) << 8
        for _ in 0..<8 { crc = crc & 0x8000 != 0 ? (crc << 1) ^ 0x1021 : crc << 1 }
        return crc
    }

    public static func < (lhs: HashSlot, rhs: HashSlot) -> Bool { lhs.value < rhs.value }

    public var description: String { String(value) }
}
