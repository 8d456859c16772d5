/// Many short lists of word ids stored end to end: one allocation instead of one per hospital.
struct TokenLists: Sendable {
    private var offsets: [UInt32] = [0]
    private var storage: [UInt32] = []

    init() {}

    mutating func reserve(lists: Int, tokens: Int) {
        offsets.reserveCapacity(lists + 1)
        storage.reserveCapacity(tokens)
    }

    /// Appends one list, dropping repeated ids.
    mutating func append(_ tokens: [UInt32]) {
        let start = storage.count
        for token in tokens where !storage[start...].contains(token) {
            storage.append(token)
        }
        offsets.append(UInt32(storage.count))
    }

    subscript(index: Int) -> ArraySlice<UInt32> {
        storage[Int(offsets[index])..<Int(offsets[index + 1])]
    }

    /// Calls `body` with the list as raw memory: no copy, no reference counting in hot loops.
    func withList<Result>(_ index: Int, _ body: (UnsafeBufferPointer<UInt32>) -> Result) -> Result {
        let start = Int(offsets[index]), end = Int(offsets[index + 1])
        return storage.withUnsafeBufferPointer { buffer in
            body(UnsafeBufferPointer(rebasing: buffer[start..<end]))
        }
    }

    var count: Int { offsets.count - 1 }
}
