import Testing

@testable import Brain
@testable import HospitalSearch

/// A short turn after an answer replaces one part of the last request and keeps the rest. One table
/// of those inheritance rules: what was asked first, the follow-up, and what the follow-up asks.
@Suite("Follow-ups as frames")
struct FollowUpFramesTests {
    /// What a follow-up must come to: a listing of a place and how many, a count of a place, or a
    /// question about a name in a place.
    enum Asks: Sendable, CustomStringConvertible {
        case listing(city: String, count: Int)
        case count(city: String)
        case named(String, city: String)

        var description: String {
            switch self {
            case .listing(let city, let count): "a listing of \(count) in \(city)"
            case .count(let city): "a count in \(city)"
            case .named(let name, let city): "\(name) in \(city)"
            }
        }
    }

    static let table: [(first: String, followUp: String, asks: Asks)] = [
        // A place after a listing: the same listing, as many, there.
        ("tell me two hospitals in Pune", "and in Mumbai?", .listing(city: "Mumbai", count: 2)),
        ("tell me two hospitals in Pune", "what about Kolkata", .listing(city: "Kolkata", count: 2)),
        // A place after a count: the count there.
        ("how many network hospitals are in Pune", "and Mumbai?", .count(city: "Mumbai")),
        // A place put right: the last request, with the place swapped.
        ("tell me two hospitals in Pune", "no, I said Mumbai", .listing(city: "Mumbai", count: 2)),
        ("tell me two hospitals in Pune", "not Pune, Kolkata", .listing(city: "Kolkata", count: 2)),
        ("पुणे में दो हॉस्पिटल बताइए", "पुणे नहीं, मुंबई", .listing(city: "Mumbai", count: 2)),
        // A name asked about, then another place: the same name there.
        ("is Manipal Hospital in Pune covered", "what about Bengaluru", .named("manipal", city: "Bengaluru")),
        // "Of them": the last answer's place, restricted to the name.
        ("how many network hospitals are in Bengaluru", "how many of them are Manipal", .named("manipal", city: "Bengaluru")),
        ("tell me three hospitals in Bengaluru", "which of them are Jeevan", .named("jeevan", city: "Bengaluru")),
        ("बेंगलुरु में कितने हॉस्पिटल हैं", "उनमें से मणिपाल कितने हैं", .named("manipal", city: "Bengaluru")),
    ]

    @Test("A follow-up keeps what it does not replace", arguments: table.indices)
    func followUp(row: Int) throws {
        let (first, followUp, asks) = Self.table[row]
        var call = try DialogPolicyTests.Call()
        _ = call.say(first)
        let answer = call.say(followUp)
        guard let request = answer.state.lastRequest else {
            Issue.record("\(followUp): no request after \(first)")
            return
        }
        switch asks {
        case .listing(let city, let count):
            #expect(request.kind == .list && request.place == .city(City(name: city)) && request.count == count, "\(followUp): \(request)")
        case .count(let city):
            #expect(request.kind == .count && request.place == .city(City(name: city)), "\(followUp): \(request)")
        case .named(let name, let city):
            #expect(request.kind == .confirm && request.name.contains(name), "\(followUp): \(request)")
            #expect(request.place.map { Self.city(of: $0) } == city, "\(followUp) after \(first): \(request)")
        }
    }

    /// The city a place is in: the city itself, or an area's city.
    static func city(of place: Place) -> String? {
        switch place {
        case .city(let city): city.name
        case .area(_, let city): city?.name
        case .region(let name, _): name
        }
    }
}
