/// Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), with a bound.
enum EditDistance {
    /// The distance between `a` and `b` if it is at most `limit`, else `nil`. Cheap to reject:
    /// stops as soon as a whole row exceeds the limit.
    static func within(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int? {
        if abs(a.count - b.count) > limit { return nil }
        if a.isEmpty { return b.count <= limit ? b.count : nil }
        if b.isEmpty { return a.count <= limit ? a.count : nil }
        let width = b.count + 1
        var previousPrevious = [Int](repeating: 0, count: width)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: width)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previousPrevious[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return nil }
            swap(&previousPrevious, &previous)
            swap(&previous, &current)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }

    /// True when two words of the same length differ by swapping one consonant for another
    /// letter (or one vowel for a consonant) rather than by a dropped, doubled or swapped letter.
    static func substitutesConsonant(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        let differing = a.indices.filter { a[$0] != b[$0] }
        if differing.count == 2, differing[1] == differing[0] + 1,
            a[differing[0]] == b[differing[1]], a[differing[1]] == b[differing[0]]
        {
            return false
        }
        let vowels: Set<UInt8> = Set("aeiouy".utf8)
        return differing.contains { !(vowels.contains(a[$0]) && vowels.contains(b[$0])) }
    }

    /// How many edits a word of this length may have and still count as the same word.
    /// Short words must match exactly: at three letters, one edit makes another word.
    static func tolerance(forLength length: Int) -> Int {
        switch length {
        case ..<5: return 0
        case 5..<8: return 1
        default: return 2
        }
    }
}
