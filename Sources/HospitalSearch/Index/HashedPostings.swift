/// Ids by a string key, as two flat sorted arrays of 64-bit key hashes and ids: a fraction of the
/// memory of a `[String: [UInt32]]` (no string or array per key), found by binary search. A hash
/// shared by two keys only adds candidates, which callers check.
struct HashedPostings: Sendable {
    private var hashes: [UInt64] = []
    private var ids: [UInt32] = []

    init() {}

    init(_ entries: [(key: String, id: UInt32)]) {
        let sorted = entries.map { (Self.hash($0.key), $0.id) }.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
        hashes = sorted.map(\.0)
        ids = sorted.map(\.1)
    }

    /// The ids filed under `key`, ascending.
    subscript(key: String) -> [UInt32] {
        let hash = Self.hash(key)
        var low = 0, high = hashes.count
        while low < high {
            let mid = (low + high) / 2
            if hashes[mid] < hash { low = mid + 1 } else { high = mid }
        }
        var found: [UInt32] = []
        while low < hashes.count, hashes[low] == hash {
            found.append(ids[low])
            low += 1
        }
        return found
    }

    var isEmpty: Bool { hashes.isEmpty }

    /// FNV-1a of the key's UTF-8.
    static func hash(_ key: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }
}
