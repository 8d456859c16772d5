import Foundation
import Shared

/// The hospital names members asked for that the list lacks, as the network team needs them: each
/// with the city it was asked for in, spelling variants of one name in one city counted together
/// ("Zyxwv Galactic", "Zyxwv Galactik"), and calls, calls in progress, the web page and texts
/// added up, saying which of them asked.
struct NotInList: Codable, Sendable, Equatable {
    var name: String
    var city: String?
    var count: Int
    /// `calls`, `in progress`, `web`, `SMS`: where it was asked.
    var channels: [String]

    /// Counts per channel (in the order given) merged; the most asked first, then by name.
    static func merged(_ sources: [(channel: String, counts: [CallSummary.Count])], limit: Int = 12) -> [NotInList] {
        merged(labels: sources.map { ($0.channel, $0.counts.map { ($0.name, $0.count) }) }, limit: limit)
    }

    /// The same, from labels ("Name (City)") and their counts.
    static func merged(labels sources: [(channel: String, counts: [(name: String, count: Int)])], limit: Int) -> [NotInList] {
        struct Group {
            var spellings: [String: Int] = [:]
            var city: String?
            var count = 0
            var channels: [String] = []
        }
        var groups: [String: Group] = [:]
        var order: [String] = []
        for (channel, counts) in sources {
            for entry in counts {
                let (name, city) = parse(entry.name)
                let key = spellingKey(name) + "|" + (city?.lowercased() ?? "")
                if groups[key] == nil { order.append(key) }
                var group = groups[key, default: Group()]
                group.spellings[name, default: 0] += entry.count
                group.city = group.city ?? city
                group.count += entry.count
                if !group.channels.contains(channel) { group.channels.append(channel) }
                groups[key] = group
            }
        }
        let merged = order.compactMap { key -> NotInList? in
            guard let group = groups[key] else { return nil }
            // The spelling most asked for names the group.
            let name = group.spellings.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key ?? key
            return NotInList(name: name, city: group.city, count: group.count, channels: group.channels)
        }
        return Array(merged.sorted { $0.count != $1.count ? $0.count > $1.count : $0.name < $1.name }.prefix(limit))
    }

    /// "Zyxwv Galactic (Pune)" → the name and the city; a name noted before cities were → no city.
    static func parse(_ label: String) -> (name: String, city: String?) {
        guard label.hasSuffix(")"), let open = label.range(of: " (", options: .backwards) else { return (label, nil) }
        let city = String(label[open.upperBound..<label.index(before: label.endIndex)])
        return city.isEmpty ? (label, nil) : (String(label[..<open.lowerBound]), city)
    }

    /// What two spellings of one name share: each word's first letter and its consonants by sound
    /// (c, k, q alike; v, w alike; s, z alike), doubled letters once, a plural's s dropped.
    static func spellingKey(_ name: String) -> String {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        return folded.split(whereSeparator: { !$0.isLetter }).map { word -> String in
            var letters = Array(word.replacingOccurrences(of: "ph", with: "f").replacingOccurrences(of: "ck", with: "k"))
            if letters.count > 3, letters.last == "s" { letters.removeLast() }
            var key = ""
            for (index, letter) in letters.enumerated() {
                let sound: Character
                switch letter {
                case "c", "q": sound = "k"
                case "w": sound = "v"
                case "z": sound = "s"
                default: sound = letter
                }
                if index > 0, "aeiouy".contains(sound) { continue }
                if key.last != sound { key.append(sound) }
            }
            return key
        }.joined(separator: " ")
    }
}
