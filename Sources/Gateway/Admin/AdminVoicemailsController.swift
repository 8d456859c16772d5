import Foundation
import Hummingbird
import Logging
import Redis
import Shared

/// Voicemails as work items: `GET /admin/voicemails` (`?state=`), moving one along
/// (`POST /admin/voicemails/{CallSid}/state`, only along ``VoicemailWork/State/next``: 409
/// otherwise) and revealing its callback number to an operator
/// (`POST /admin/voicemails/{CallSid}/reveal`, logged and kept in the voicemail's history).
struct AdminVoicemailsController: Sendable {
    let redis: RedisClient
    let configuration: GatewayConfiguration
    let sessions: AdminSessions

    func addRoutes(to router: Router<GatewayRequestContext>) {
        let admin = router.group("admin").add(middleware: AdminAuthMiddleware(configuration: configuration, sessions: sessions))
        admin.get("voicemails") { request, _ in JSONResponse(try await self.list(request)) }
        admin.post("voicemails/:sid/state") { request, context in JSONResponse(try await self.move(request, context: context)) }
        admin.post("voicemails/:sid/reveal") { _, context in JSONResponse(try await self.reveal(context)) }
    }

    /// `?limit=` (1–500, default 50), `state=` (new, assigned, called-back, closed).
    private func list(_ request: Request) async throws -> VoicemailList {
        let query = request.uri.queryParameters
        let limit = try AdminController.number(query["limit"], name: "limit", in: 1...500) ?? 50
        let state = try query["state"].map { text in
            guard let state = VoicemailWork.State(rawValue: String(text)) else { throw Self.badState(String(text)) }
            return state
        }
        let all = try await AdminController.read { () async throws(RedisError) in try await configuration.records.voicemails(limit: limit, redis: redis) }
        return VoicemailList(voicemails: state.map { wanted in all.filter { ($0.work?.state ?? .new) == wanted } } ?? all)
    }

    /// What a move asks for.
    struct Move: Decodable {
        var state: String
        var assignee: String?
        var note: String?
    }

    private func move(_ request: Request, context: GatewayRequestContext) async throws -> VoicemailWork {
        let sid = try AdminCallsController.sid(context)
        let body = try await request.body.collect(upTo: 4096)
        guard let move = try? JSONDecoder().decode(Move.self, from: Data(buffer: body)) else {
            throw HTTPError(.badRequest, message: #"Send JSON like {"state": "assigned", "assignee": "priya", "note": "…"}."#)
        }
        guard let state = VoicemailWork.State(rawValue: move.state) else { throw Self.badState(move.state) }
        let assignee = try move.assignee.map { try Self.short($0, name: "assignee", limit: 64) }
        let note = try move.note.map { try Self.short($0, name: "note", limit: 500) }
        let by = Self.operator(context)
        let record = try await AdminController.read { () async throws(RedisError) in try await configuration.records.record(call: sid, redis: redis) }
        guard record?.voicemail != nil else { throw HTTPError(.notFound, message: "No voicemail on call \(sid).") }
        let moved = try await AdminController.read { () async throws(RedisError) in
            try await configuration.records.move(call: sid, to: state, assignee: assignee, by: by, note: note, redis: redis)
        }
        switch moved {
        case .moved(let work):
            context.logger.notice("A voicemail moved", metadata: ["call": "\(sid)", "state": "\(state.rawValue)", "by": "\(by)"])
            return work
        case .refused(let from):
            throw HTTPError(
                .conflict,
                message: "This voicemail is \(from.rawValue); from there it can go to \(from.next.map(\.rawValue).joined(separator: " or ")), not \(state.rawValue).")
        }
    }

    private func reveal(_ context: GatewayRequestContext) async throws -> CallbackNumber {
        try await Self.reveal(context, records: configuration.records, redis: redis)
    }

    /// The callback number of the call in the route, recorded as revealed by this operator.
    static func reveal(_ context: GatewayRequestContext, records: CallRecordStore, redis: RedisClient) async throws -> CallbackNumber {
        let sid = try AdminCallsController.sid(context)
        let by = Self.operator(context)
        guard let number = try await AdminController.read({ () async throws(RedisError) in try await records.revealNumber(call: sid, by: by, redis: redis) })
        else { throw HTTPError(.notFound, message: "No callback number for this call: the caller's number was withheld or not kept, or it is past retention.") }
        // Who saw a member's number, and when: in the log as well as the item's history.
        context.logger.notice("Revealed a callback number", metadata: ["call": "\(sid)", "by": "\(by)"])
        return CallbackNumber(number: number)
    }

    /// The operator's name: the dashboard user, or `admin-token` for the bearer token.
    static func `operator`(_ context: GatewayRequestContext) -> String {
        guard let session = context.adminSession else { return "admin-token" }
        return session.user ?? "admin"
    }

    static func short(_ text: String, name: String, limit: Int) throws -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.count <= limit, !trimmed.contains(where: { $0.isNewline && name == "assignee" }) else {
            throw HTTPError(.badRequest, message: "\(name) must be at most \(limit) characters.")
        }
        return trimmed
    }

    static func badState(_ given: String) -> HTTPError {
        HTTPError(.badRequest, message: "state must be one of \(VoicemailWork.State.allCases.map(\.rawValue).joined(separator: ", ")), not '\(given.prefix(40))'.")
    }
}

/// The body of a reveal.
struct CallbackNumber: Codable, Sendable {
    var number: String
}
