import Foundation
import Hummingbird
import Redis
import Shared

/// One page of the console's call list: numbered pages, sorted by a column, the filters as given.
struct CallList: Codable, Sendable {
    var calls: [CallRecord]
    /// For the newest-first order only: the stream id to pass as `before` for the next page (the
    /// older API's cursor); nil at the end and in other orders.
    var next: String?
    var page: Int
    var sort: String
    /// True when a later page exists.
    var more: Bool
    /// True when an order other than newest-first was taken among the newest ``CallListReader/sortedAtMost`` matches only.
    var truncated: Bool
}

/// How the list is ordered: a column, `-` first for descending. Newest first by default.
enum CallSort: String, CaseIterable, Sendable {
    case newest = "-ended", oldest = "ended"
    case longest = "-duration", shortest = "duration"
    case mostTurns = "-turns", fewestTurns = "turns"
    case outcome, outcomeDescending = "-outcome"
    case language, languageDescending = "-language"
    case caller, callerDescending = "-caller"

    func ordered(_ calls: [CallRecord]) -> [CallRecord] {
        func by<T: Comparable>(_ key: (CallRecord) -> T, descending: Bool) -> [CallRecord] {
            // Ties newest first, so a page is the same on every read.
            calls.sorted { key($0) != key($1) ? (key($0) < key($1)) != descending : $0.ended > $1.ended }
        }
        switch self {
        case .newest: return by(\.ended, descending: true)
        case .oldest: return by(\.ended, descending: false)
        case .longest: return by(\.duration, descending: true)
        case .shortest: return by(\.duration, descending: false)
        case .mostTurns: return by(\.turns.count, descending: true)
        case .fewestTurns: return by(\.turns.count, descending: false)
        case .outcome: return by(\.outcome.rawValue, descending: false)
        case .outcomeDescending: return by(\.outcome.rawValue, descending: true)
        case .language: return by({ $0.language ?? "en" }, descending: false)
        case .languageDescending: return by({ $0.language ?? "en" }, descending: true)
        case .caller: return by({ $0.caller ?? "" }, descending: false)
        case .callerDescending: return by({ $0.caller ?? "" }, descending: true)
        }
    }
}

/// Reads the call list for `/admin/calls` and its CSV: by the caller's whole number through
/// ``CallerIndex``, else from the records stream.
struct CallListReader: Sendable {
    let redis: RedisClient
    let records: CallRecordStore
    let callers: CallerIndex

    /// Matches an order other than newest-first is taken among.
    static let sortedAtMost = 2000

    /// What `/admin/calls` asks for, checked.
    struct Query: Sendable {
        var filter: CallRecordStore.Filter
        /// The caller's whole number, normalised, when `caller=` was one.
        var number: String?
        var sort: CallSort
        var page: Int
        var limit: Int
        var before: String?
    }

    static func query(_ parameters: Parameters, days: OperatorDays, maximum: Int = 500) throws -> Query {
        var filter = try AdminCallsController.filter(parameters, days: days)
        var number: String?
        if let caller = filter.caller, let whole = CallerIndex.normalise(caller) {
            number = whole
            filter.caller = nil
        }
        let sortText = parameters["sort"].map(String.init) ?? ""
        guard let sort = sortText.isEmpty ? .newest : CallSort(rawValue: sortText) else {
            throw HTTPError(.badRequest, message: "sort must be one of \(CallSort.allCases.map(\.rawValue).joined(separator: ", ")), not '\(sortText.prefix(20))'.\n")
        }
        let before = parameters["before"].map(String.init)
        if let before, !CallRecordStore.isStreamID(before) { throw HTTPError(.badRequest, message: "before must be a stream id like 1764140000000-0.\n") }
        return Query(
            filter: filter, number: number, sort: sort, page: try AdminController.number(parameters["page"], name: "page", in: 1...1000) ?? 1,
            limit: try AdminController.number(parameters["limit"], name: "limit", in: 1...maximum) ?? 50, before: before)
    }

    func list(_ query: Query) async throws(RedisError) -> CallList {
        let end = query.page * query.limit
        if query.number == nil, query.sort == .newest {
            let read = try await records.page(query.filter, limit: end, before: query.before, redis: redis)
            return CallList(
                calls: Array(read.calls.dropFirst(end - query.limit)), next: read.next, page: query.page, sort: query.sort.rawValue, more: read.next != nil,
                truncated: false)
        }
        let (matched, truncated) = try await matching(query, atMost: Self.sortedAtMost)
        let ordered = query.sort.ordered(matched)
        return CallList(
            calls: Array(ordered.dropFirst(end - query.limit).prefix(query.limit)), next: nil, page: query.page, sort: query.sort.rawValue,
            more: ordered.count > end, truncated: truncated)
    }

    /// Every call matching, `atMost` of them (newest first), and whether there were more.
    func matching(_ query: Query, atMost: Int) async throws(RedisError) -> (calls: [CallRecord], truncated: Bool) {
        guard let number = query.number else {
            let read = try await records.page(query.filter, limit: atMost, before: query.before, redis: redis)
            return (read.calls, read.next != nil)
        }
        var found: [CallRecord] = []
        for call in try await callers.calls(number: number) {
            guard let record = try await records.record(call: call, redis: redis), record.inProgress != true else { continue }
            guard (query.filter.from...query.filter.to).contains(record.ended), query.filter.matches(record) else { continue }
            found.append(record)
            if found.count == atMost { return (found, true) }
        }
        return (found, false)
    }
}
