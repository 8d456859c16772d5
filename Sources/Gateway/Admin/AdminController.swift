import Foundation
import Hummingbird
import Redis
import Shared
import Twilio

/// The operators' dashboard (`/admin`) and its JSON: `/admin/overview`, `/admin/calls`,
/// `/admin/summary`, `/admin/voicemails`, behind ``AdminAuthMiddleware``.
struct AdminController: Sendable {
    let redis: RedisClient
    let configuration: GatewayConfiguration

    let sessions: AdminSessions
    let pages: WebPageController
    var incidents: AlertIncidents { AlertIncidents(redis: redis, keys: configuration.keys) }

    func addRoutes(to router: Router<GatewayRequestContext>) {
        let admin = router.group("admin").add(
            middleware: AdminAuthMiddleware(configuration: configuration, sessions: sessions))
        admin.get { _, context in try self.dashboard(context) }
        admin.get("overview") { _, _ in try await self.overview() }
        admin.get("summary") { request, _ in try await self.summary(request) }
    }

    /// `?from=&to=` as for `calls`, counted in whole UTC days; default the last 7 days with today.
    private func summary(_ request: Request) async throws -> JSONResponse<CallSummary> {
        let filter = try Self.window(request.uri.queryParameters, days: configuration.records.days, defaultFrom: configuration.records.weekStart(now:))
        let channel = try request.uri.queryParameters["channel"].map { text in
            guard let channel = SummaryChannel(rawValue: String(text)) else {
                throw HTTPError(.badRequest, message: "channel must be one of \(SummaryChannel.allCases.map(\.rawValue).joined(separator: ", ")), not '\(text.prefix(20))'.")
            }
            return channel
        } ?? .calls
        return JSONResponse(
            try await Self.read { () async throws(RedisError) in
                try await configuration.records.summary(from: filter.from, to: filter.to, channel: channel, redis: redis)
            })
    }

    /// The dashboard page, with this session's CSRF token for the requests it makes.
    private func dashboard(_ context: GatewayRequestContext) throws -> Response {
        try Self.page("admin.html", pages: pages, context: context, timeZone: configuration.records.days.timeZone.identifier)
    }

    /// An admin page from the resources, with the session's CSRF token in it.
    static func page(_ name: String, pages: WebPageController, context: GatewayRequestContext, timeZone: String) throws -> Response {
        guard let page = pages.files[name] else { throw HTTPError(.notFound) }
        let html = String(buffer: page.bytes).replacingOccurrences(of: "{{csrf}}", with: (context.adminSession?.csrf ?? "").xmlEscaped)
            .replacingOccurrences(of: "{{timezone}}", with: timeZone.xmlEscaped)
            .replacingOccurrences(of: "{{language-names}}", with: Self.languageNames.xmlEscaped)
            .replacingOccurrences(of: "{{language-options}}", with: Self.languageOptions)
        return Response(status: .ok, headers: AdminLoginController.pageHeaders, body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    /// Every language a call can be held in, code → name, for the pages' scripts: a call record
    /// may be in any of them, whichever this deployment offers now.
    static let languageNames: String = {
        let names = Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0.rawValue, $0.englishName) })
        return (try? JSONEncoder().encode(names)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }()

    /// The calls filter's choice of language, one option per language.
    static let languageOptions: String = Language.allCases.map { #"<option value="\#($0.rawValue)">\#($0.englishName.xmlEscaped)</option>"# }
        .joined()

    private func overview() async throws -> JSONResponse<AdminOverview> {
        JSONResponse(try await Self.read { () async throws(RedisError) in try await AdminOverview.read(redis: redis, configuration: configuration, incidents: incidents) })
    }

    static func read<T>(_ body: () async throws(RedisError) -> T) async throws -> T {
        do {
            return try await body()
        } catch {
            throw HTTPError(.serviceUnavailable, message: "Redis is unavailable: \(error)\n")
        }
    }

    /// `from=` and `to=`: days in the operators' time zone, or milliseconds since the epoch.
    static func window(
        _ query: Parameters, days: OperatorDays, defaultFrom: (Int64) -> Int64 = { $0 - 7 * Date.dayMilliseconds }
    ) throws -> CallRecordStore.Filter {
        let now = Date.nowMilliseconds
        let from = try time(query["from"], name: "from", days: days, endOfDay: false) ?? defaultFrom(now)
        let to = try time(query["to"], name: "to", days: days, endOfDay: true) ?? now
        guard from <= to else { throw HTTPError(.badRequest, message: "from must not be after to.\n") }
        return CallRecordStore.Filter(from: from, to: to)
    }

    /// A day (`2026-11-26`, in the operators' zone) or milliseconds since the epoch.
    static func time(_ text: Substring?, name: String, days: OperatorDays, endOfDay: Bool) throws -> Int64? {
        guard let text, !text.isEmpty else { return nil }
        if let milliseconds = Int64(text), milliseconds >= 0 { return milliseconds }
        if let start = days.start(of: text) { return endOfDay ? days.start(1, daysFrom: start) - 1 : start }
        throw HTTPError(.badRequest, message: "\(name) must be a date like 2026-11-26 or milliseconds since 1970, not '\(text)'.\n")
    }

    static func number(_ text: Substring?, name: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let text else { return nil }
        guard let value = Int(text), range.contains(value) else {
            throw HTTPError(.badRequest, message: "\(name) must be a whole number from \(range.lowerBound) to \(range.upperBound).\n")
        }
        return value
    }

}

/// The body of `/admin/voicemails`.
struct VoicemailList: Codable, Sendable {
    var voicemails: [Voicemail]
}

/// Any `Encodable` value as a JSON response.
struct JSONResponse<Value: Encodable & Sendable>: ResponseGenerator {
    let value: Value

    init(_ value: Value) {
        self.value = value
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(value)
        return Response.json(ByteBuffer(bytes: data))
    }
}
