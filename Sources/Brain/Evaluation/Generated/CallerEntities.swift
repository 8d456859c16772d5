import HospitalSearch
import Shared

/// What generated callers name, drawn from the network list itself: hospitals as callers say them
/// ("Jaslok Hospital", not the legal name), localities, PIN codes and roads of the addresses,
/// cities, and hospital names that are not in the list.
struct CallerEntities: Sendable {
    struct Hospital: Sendable {
        let listed: SpokenHospital
        /// The name as a caller says it: its first words, up to the word that says what it is.
        let said: String
        let city: City
    }

    struct Locality: Sendable {
        let said: String
        let city: City
    }

    var hospitals: [Hospital] = []
    var localities: [Locality] = []
    var cities: [City] = []
    var pins: [(pin: String, city: City)] = []
    var roads: [Locality] = []
    /// Invented names no listed hospital answers to.
    var unlisted: [String] = []

    init(directory: HospitalDirectory) {
        cities = directory.cities.filter { directory.count(in: .city($0)) >= 3 }
        var seenAreas = Set<String>(), seenPins = Set<String>(), seenRoads = Set<String>()
        for city in cities {
            for hospital in directory.listing(in: .city(city), limit: 100_000).hospitals {
                hospitals.append(Hospital(listed: hospital, said: Self.saidName(hospital.name), city: city))
                if let area = hospital.area, Self.isPlainPlace(area), seenAreas.insert(area.lowercased()).inserted,
                    directory.count(in: .area(words: TextNormalizer.tokens(area), city: city)) > 0
                {
                    localities.append(Locality(said: area, city: city))
                }
                for pin in PinCodes.pins(in: hospital.address) where seenPins.insert(pin).inserted { pins.append((pin, city)) }
                for road in Self.roads(in: hospital.address) where seenRoads.insert(road.lowercased()).inserted {
                    if directory.count(in: .area(words: TextNormalizer.tokens(road), city: city)) > 0 { roads.append(Locality(said: road, city: city)) }
                }
            }
        }
        for first in Self.inventedFirst {
            for second in Self.inventedSecond {
                let name = "\(first) \(second)"
                if case .notFound = directory.confirm(TextNormalizer.tokens(name), in: nil),
                    TextNormalizer.tokens(name).allSatisfy({ directory.nameLink(for: $0).evidence == .none })
                {
                    unlisted.append(name)
                }
            }
        }
    }

    /// "Jaslok Hospital And Research Centre" → "Jaslok Hospital"; "Sahyadri Super Speciality
    /// Hospital Kothrud" → "Sahyadri Super Speciality Hospital"; at most four words.
    static func saidName(_ name: String) -> String {
        let words = name.split(separator: " ").map(String.init)
        var said: [String] = []
        for word in words.prefix(4) {
            said.append(word)
            if ["hospital", "hospitals", "clinic", "centre", "center", "home", "nethralaya"].contains(word.lowercased()) { break }
        }
        return said.joined(separator: " ")
    }

    /// An area a caller would say as it is: one or two words of letters.
    static func isPlainPlace(_ area: String) -> Bool {
        let words = area.split(separator: " ")
        return (1...2).contains(words.count) && area.allSatisfy { $0.isLetter || $0 == " " } && area.count >= 4
    }

    /// "Karve Road", "Senapati Bapat Marg": a road of the address, by its capitalised words.
    static func roads(in address: String) -> [String] {
        let words = address.split { $0 == " " || $0 == "," }.map(String.init)
        var found: [String] = []
        for (index, word) in words.enumerated() where ["road", "marg"].contains(word.lowercased()) && index > 0 {
            let name = words[index - 1]
            guard name.count >= 4, name.allSatisfy(\.isLetter), name.first?.isUppercase == true else { continue }
            found.append("\(name) \(word.capitalized)")
        }
        return found
    }

    /// Parts of invented hospital names, checked against the list before use.
    static let inventedFirst = ["Navrang", "Suryodaya", "Kalpataru", "Vishwas", "Anugrah", "Shubhdeep", "Tejomaya", "Pragati", "Nirvan", "Sparsh"]
    static let inventedSecond = ["Arogya", "Sevadham", "Healthpoint", "Lifecare", "Medipoint", "Jeevandhara", "Wellness", "Mediplus"]
}
