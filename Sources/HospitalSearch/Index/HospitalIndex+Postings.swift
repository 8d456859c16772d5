/// Operations on posting lists (ascending hospital ids): binary search, slicing by a city's
/// range of ids, merging.
extension HospitalIndex {
    /// Two ascending posting slices merged into one ascending list without repeats.
    static func merged(_ a: ArraySlice<UInt32>, _ b: ArraySlice<UInt32>) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(a.count + b.count)
        var i = a.startIndex, j = b.startIndex
        while i < a.endIndex || j < b.endIndex {
            if j == b.endIndex || (i < a.endIndex && a[i] < b[j]) {
                result.append(Int(a[i]))
                i += 1
            } else if i == a.endIndex || b[j] < a[i] {
                result.append(Int(b[j]))
                j += 1
            } else {
                result.append(Int(a[i]))
                i += 1
                j += 1
            }
        }
        return result
    }

    static func slice(_ postings: [UInt32], in range: Range<Int>) -> ArraySlice<UInt32> {
        postings[lowerBound(postings, range.lowerBound)..<lowerBound(postings, range.upperBound)]
    }

    static func contains(_ postings: [UInt32], _ hospital: Int) -> Bool {
        let index = lowerBound(postings, hospital)
        return index < postings.count && Int(postings[index]) == hospital
    }

    static func lowerBound(_ postings: [UInt32], _ value: Int) -> Int {
        var low = 0, high = postings.count
        while low < high {
            let mid = (low + high) / 2
            if Int(postings[mid]) < value { low = mid + 1 } else { high = mid }
        }
        return low
    }

    static func count(_ postings: [UInt32], in range: Range<Int>) -> Int {
        if range.lowerBound == 0 && range.upperBound >= Int(postings.last ?? 0) + 1 { return postings.count }
        return lowerBound(postings, range.upperBound) - lowerBound(postings, range.lowerBound)
    }
}
