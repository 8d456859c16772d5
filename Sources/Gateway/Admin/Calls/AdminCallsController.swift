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
    let callers: CallerIndex

    var reader: CallListReader { CallListReader(redis: redis, records: configuration.records, callers: callers) }

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
    /// `outcome=`, `ask=` (``CallAsk``), `language=`, `caller=` (the whole number in any form, or
    /// digits of the masked number), `search=` (a hospital, a place or words said), `sort=`
    /// (``CallSort``), `page=` (from 1), `limit=` (1–500, default 50), `before=` (the `next` of
    /// the previous page, newest first only).
    private func page(_ request: Request) async throws -> CallList {
        let query = try CallListReader.query(request.uri.queryParameters, days: configuration.records.days)
        return try await AdminController.read { () async throws(RedisError) in try await reader.list(query) }
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
            guard caller.count <= 24, caller.allSatisfy({ ($0.isASCII && $0.isNumber) || " +-().".contains($0) }) else {
                throw HTTPError(
                    .badRequest, message: "caller must be the member's number (+91 98765 43210, 098765 43210, 9876543210) or its last digits (5678).\n")
            }
            // A form's query writes a space as `+`: only a leading `+` is the number's own.
            let kept = caller.filter { $0.isNumber || $0 == "+" }
            filter.caller = (kept.hasPrefix("+") ? "+" : "") + kept.filter(\.isNumber)
        }
        if let ask = query["ask"].map(String.init), !ask.isEmpty {
            guard let known = CallAsk(rawValue: ask) else {
                throw HTTPError(.badRequest, message: "ask must be one of \(CallAsk.allCases.map(\.rawValue).joined(separator: ", ")), not '\(ask.prefix(30))'.\n")
            }
            filter.ask = known
        }
        if let search = query["search"].map(String.init), !search.isEmpty {
            guard search.count <= 100 else { throw HTTPError(.badRequest, message: "search must be at most 100 characters.\n") }
            guard !search.contains(where: { $0.isNewline }) else { throw HTTPError(.badRequest, message: "search must be one line.\n") }
            filter.search = search
        }
        return filter
    }

    /// The filtered list as CSV, for a spreadsheet: up to 5,000 calls, in the list's order.
    private func csv(_ request: Request) async throws -> Response {
        var query = try CallListReader.query(request.uri.queryParameters, days: configuration.records.days)
        query.page = 1
        let (calls, work) = try await AdminController.read { () async throws(RedisError) in
            let matched = try await reader.matching(query, atMost: CallsCSV.most).calls
            let voicemails = matched.filter { $0.voicemail != nil }.map(\.call)
            return (query.sort.ordered(matched), voicemails.isEmpty ? [:] : try await configuration.records.work(calls: voicemails, redis: redis))
        }
        var headers = HTTPFields()
        headers[.contentType] = "text/csv; charset=utf-8"
        headers[.contentDisposition] = #"attachment; filename="loop-ai-calls.csv""#
        let text = CallsCSV(days: configuration.records.days).text(calls, work: work)
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    private func call(_ context: GatewayRequestContext) async throws -> CallDetail {
        let sid = try Self.sid(context)
        guard let record = try await AdminController.read({ () async throws(RedisError) in try await CallDetail.read(call: sid, records: configuration.records, redis: redis) })
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
