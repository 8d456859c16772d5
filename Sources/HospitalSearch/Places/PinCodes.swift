/// The six-digit PIN codes in hospitals' addresses: places a caller can name by number
/// ("my pin is 411038"), as exact as the post office's.
public struct PinCodes: Sendable {
    /// Hospitals (indexes, in list order) by the PIN code their address carries.
    let hospitals: [String: [Int]]
    /// Every PIN code with hospitals, sorted, for the nearest one.
    let sorted: [String]

    init(addresses: [String]) {
        var hospitals: [String: [Int]] = [:]
        for (hospital, address) in addresses.enumerated() {
            for pin in Set(Self.pins(in: address)) { hospitals[pin, default: []].append(hospital) }
        }
        self.hospitals = hospitals
        self.sorted = hospitals.keys.sorted()
    }

    /// True for six digits that can be an Indian PIN code (the first is never 0).
    public static func isPIN(_ digits: some StringProtocol) -> Bool {
        digits.utf8.count == 6 && digits.allSatisfy(\.isASCII) && digits.allSatisfy(\.isNumber) && digits.first != "0"
    }

    /// The PIN codes written in an address: "Pune-411038", "Pune 411 038", "PIN: 560034".
    public static func pins(in address: String) -> [String] {
        let groups = address.split { !$0.isNumber || !$0.isASCII }
        var found: [String] = []
        for (position, group) in groups.enumerated() {
            if isPIN(group) { found.append(String(group)) }
            // "411 038": two groups of three, side by side with only a space between them.
            if group.count == 3, position + 1 < groups.count, groups[position + 1].count == 3 {
                let gap = address[group.endIndex..<groups[position + 1].startIndex]
                if gap == " ", isPIN(group + groups[position + 1]) { found.append(String(group + groups[position + 1])) }
            }
        }
        return found
    }

    /// The listed PIN code nearest to `pin` in the same postal district (its first three digits),
    /// by number; nil when the district has none.
    func nearest(to pin: String) -> String? {
        guard let value = Int(pin) else { return nil }
        let district = pin.prefix(3)
        return sorted.filter { $0.hasPrefix(district) }.min { abs((Int($0) ?? 0) - value) < abs((Int($1) ?? 0) - value) }
    }
}
