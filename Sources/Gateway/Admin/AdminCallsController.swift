import Foundation
import Hummingbird
import Redis
import Shared

/// Calls for operators: the filtered list (`/admin/calls`, and as CSV), the calls in progress
/// (`/admin/live`), one call whole (`/admin/calls/{CallSid}`) and its page (`/admin/call/{CallSid}`).
struct AdminCallsController: Sendable {
    let redis: RedisClient
    let configuration: GatewayConfiguration
    let sessions: AdminSessions
    let pages: WebPageController

    func addRoutes(to router: Router<GatewayRequestContext>) {
        let admin = router.group("admin").add(middleware: AdminAuthMiddleware(configuration: configuration, sessions: sessions))
        admin.get("calls") { request, _ in JSONResponse(try await self.page(request)) }
        admin.get("calls.csv") { request, _ in try await self.csv(request) }
        admin.get("live") { _, _ in
            JSONResponse(
                LiveCalls(
                    calls: try await AdminController.read { () async throws(RedisError) in
                        try await configuration.records.openCalls(limit: 100, redis: redis)
                    }))
        }
        admin.get("calls/:sid") { _, context in JSONResponse(try await self.call(context)) }
        admin.get("call/:sid") { _, context in
            _ = try Self.sid(context)
            return try AdminController.page("call.html", pages: pages, context: context, timeZone: configuration.records.days.timeZone.identifier)
        }
    }

    /// `?from=&to=` (a date `2026-11-26`, or ms since the epoch; default the last 7 days),
    /// `outcome=`, `language=`, `caller=` (digits of the masked number), `search=` (a hospital or
    /// place), `limit=` (1–500, default 50), `before=` (the `next` of the previous page).
    private func page(_ request: Request, maximum: Int = 500) async throws -> CallRecordStore.Page {
        let query = request.uri.queryParameters
        let filter = try Self.filter(query, days: configuration.records.days)
        let limit = try AdminController.number(query["limit"], name: "limit", in: 1...maximum) ?? 50
        let before = query["before"].map(String.init)
        if let before, !CallRecordStore.isStreamID(before) { throw HTTPError(.badRequest, message: "before must be a stream id like 1764140000000-0.\n") }
        return try await AdminController.read { () async throws(RedisError) in
            try await configuration.records.page(filter, limit: limit, before: before, redis: redis)
        }
    }

    static func filter(_ query: Parameters, days: OperatorDays) throws -> CallRecordStore.Filter {
        var filter = try AdminController.window(query, days: days)
        if let outcome = query["outcome"].map(String.init), !outcome.isEmpty {
            guard let known = CallOutcome(rawValue: outcome) else {
                throw HTTPError(
                    .badRequest, message: "outcome must be one of \(CallOutcome.allCases.map(\.rawValue).joined(separator: ", ")), not '\(outcome)'.\n")
            }
            filter.outcome = known
        }
        if let language = query["language"].map(String.init), !language.isEmpty {
            guard Language(rawValue: language) != nil else {
                throw HTTPError(.badRequest, message: "language must be one of \(Language.allCases.map(\.rawValue).joined(separator: ", ")), not '\(language)'.\n")
            }
            filter.language = language
        }
        if let caller = query["caller"].map(String.init), !caller.isEmpty {
            guard caller.count <= 16, caller.allSatisfy({ $0.isNumber || $0 == "+" }) else {
                throw HTTPError(.badRequest, message: "caller must be digits of the number (the last four, or a country code such as +91).\n")
            }
            filter.caller = caller
        }
        if let search = query["search"].map(String.init), !search.isEmpty {
            guard search.count <= 100 else { throw HTTPError(.badRequest, message: "search must be at most 100 characters.\n") }
            filter.search = search
        }
        return filter
    }

    /// The filtered list as CSV, for a spreadsheet: up to 5,000 calls.
    private func csv(_ request: Request) async throws -> Response {
        var rows = ["call,ended,caller,outcome,language,mode,turns,seconds,places,hospitals,not_in_list,texts,recording,handoff,voicemail"]
        var before = request.uri.queryParameters["before"].map(String.init)
        let filter = try Self.filter(request.uri.queryParameters, days: configuration.records.days)
        while rows.count <= 5000 {
            let page = try await AdminController.read { () async throws(RedisError) in
                try await configuration.records.page(filter, limit: 500, before: before, redis: redis)
            }
            rows += page.calls.map(Self.row)
            guard let next = page.next else { break }
            before = next
        }
        var headers = HTTPFields()
        headers[.contentType] = "text/csv; charset=utf-8"
        headers[.contentDisposition] = #"attachment; filename="loop-ai-calls.csv""#
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: rows.joined(separator: "\r\n") + "\r\n")))
    }

    static func row(_ call: CallRecord) -> String {
        let fields: [String] = [
            call.call, Date(timeIntervalSince1970: Double(call.ended) / 1000).ISO8601Format(), call.caller ?? "", call.outcome.rawValue,
            call.language ?? "", call.mode ?? "", String(call.turns.count), String(call.duration), call.places.joined(separator: "; "),
            call.hospitals.joined(separator: "; "), call.notFound.joined(separator: "; "), String(call.texts.count), call.recording?.status ?? "",
            call.handoff ?? "", call.voicemail == nil ? "" : "yes",
        ]
        return fields.map(csvField).joined(separator: ",")
    }

    /// A CSV field, quoted when it must be; a leading `=`, `+`, `-` or `@` is defused so a
    /// spreadsheet never runs a caller's words as a formula.
    static func csvField(_ value: String) -> String {
        var text = value
        if let first = text.first, "=+-@\t\r".contains(first) { text = "'" + text }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private func call(_ context: GatewayRequestContext) async throws -> CallRecord {
        let sid = try Self.sid(context)
        guard let record = try await AdminController.read({ () async throws(RedisError) in try await configuration.records.record(call: sid, redis: redis) })
        else { throw HTTPError(.notFound, message: "No call \(sid) in the records (never seen here, or older than CALL_RECORDS_DAYS).\n") }
        return record
    }

    static func sid(_ context: GatewayRequestContext) throws -> CallSid {
        guard let text = context.parameters.get("sid"), let sid = CallSid(text) else {
            throw HTTPError(.badRequest, message: "A call is named by its CallSid: CA and 32 hexadecimal digits.\n")
        }
        return sid
    }
}

/// The body of `/admin/live`: calls still open, the most recently active first.
struct LiveCalls: Codable, Sendable {
    var calls: [CallRecord]
}
