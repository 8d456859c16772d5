/// What an upload would change, for the preview an operator sees before it replaces the list: a
/// hospital is the same one when its name and city are, whatever the case and spacing; it changed
/// when its address did.
public struct NetworkListDiff: Sendable, Equatable, Codable {
    public var added: [HospitalEntry]
    public var removed: [HospitalEntry]
    public var changed: [Change]

    /// A hospital as the preview names it.
    public struct HospitalEntry: Sendable, Equatable, Codable {
        public var name: String
        public var city: String
        public var address: String
    }

    /// A hospital whose address changed.
    public struct Change: Sendable, Equatable, Codable {
        public var name: String
        public var city: String
        public var before: String
        public var after: String
    }

    public init(from old: [HospitalRecord], to new: [HospitalRecord]) {
        func key(_ record: HospitalRecord) -> String { TextNormalizer.phrase(record.name) + "\u{1F}" + TextNormalizer.phrase(record.city) }
        func entry(_ record: HospitalRecord) -> HospitalEntry { HospitalEntry(name: record.name, city: record.city, address: record.address) }
        var before: [String: HospitalRecord] = [:]
        for record in old where before[key(record)] == nil { before[key(record)] = record }
        var seen = Set<String>()
        added = []
        changed = []
        for record in new {
            let id = key(record)
            guard seen.insert(id).inserted else { continue }
            if let earlier = before[id] {
                if TextNormalizer.phrase(earlier.address) != TextNormalizer.phrase(record.address) {
                    changed.append(Change(name: record.name, city: record.city, before: earlier.address, after: record.address))
                }
            } else {
                added.append(entry(record))
            }
        }
        var gone = Set<String>()
        removed = old.filter { !seen.contains(key($0)) && gone.insert(key($0)).inserted }.map(entry)
    }

    /// At most `count` of each kind, for showing.
    public func prefix(_ count: Int) -> NetworkListDiff {
        var shown = self
        shown.added = Array(added.prefix(count))
        shown.removed = Array(removed.prefix(count))
        shown.changed = Array(changed.prefix(count))
        return shown
    }
}
