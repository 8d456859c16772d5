import Foundation
import Hummingbird
import Redis
import Shared

/// The callback queue: `GET /admin/queue?tab=` (new, mine, overdue, closed, all), one call's item
/// (`GET /admin/queue/{CallSid}`), a move (`POST /admin/queue/{CallSid}/move`: a note always, a
/// colleague to assign to, an outcome to close with; only along ``VoicemailWork/State/next``, 409
/// otherwise) and the callback number (`POST /admin/queue/{CallSid}/reveal`, logged and kept).
struct AdminQueueController: Sendable {
    let redis: RedisClient
    let configuration: GatewayConfiguration
    let sessions: AdminSessions
    let queue: CallbackQueue

    func addRoutes(to router: Router<GatewayRequestContext>) {
        let admin = router.group("admin").add(middleware: AdminAuthMiddleware(configuration: configuration, sessions: sessions))
        admin.get("queue") { request, context in JSONResponse(try await self.list(request, context: context)) }
        admin.get("queue/:sid") { _, context in JSONResponse(try await self.item(context)) }
        admin.post("queue/:sid/move") { request, context in JSONResponse(try await self.move(request, context: context)) }
        admin.post("queue/:sid/reveal") { _, context in
            JSONResponse(try await AdminVoicemailsController.reveal(context, records: configuration.records, redis: redis))
        }
    }

    /// The body of `/admin/queue`: one tab's items, how many each tab holds, and what the page
    /// offers (colleagues to assign to, outcomes to close with).
    struct Listing: Codable, Sendable {
        var tab: String
        var items: [CallbackItem]
        var counts: [String: Int]
        var operatorName: String
        var colleagues: [String]
        var outcomes: [String]
        var targetHours: Double
        var workingHours: String
    }

    private func list(_ request: Request, context: GatewayRequestContext) async throws -> Listing {
        let given = request.uri.queryParameters["tab"].map(String.init) ?? "all"
        guard let tab = CallbackItem.Tab(rawValue: given) else {
            throw HTTPError(.badRequest, message: "tab must be one of \(CallbackItem.Tab.allCases.map(\.rawValue).joined(separator: ", ")), not '\(given.prefix(20))'.")
        }
        let me = AdminVoicemailsController.operator(context)
        let all = try await AdminController.read { () async throws(RedisError) in try await queue.items() }
        var counts: [String: Int] = [:]
        for each in CallbackItem.Tab.allCases { counts[each.rawValue] = all.filter { each.holds($0, operator: me) }.count }
        let hours = queue.hours
        return Listing(
            tab: tab.rawValue, items: all.filter { tab.holds($0, operator: me) }, counts: counts, operatorName: me, colleagues: colleagues,
            outcomes: CallbackItem.Outcome.allCases.map(\.rawValue), targetHours: Double(hours.target.components.seconds) / 3600,
            workingHours: String(format: "%02d:00–%02d:00", hours.opens, hours.closes))
    }

    /// Who an item may be assigned to: the dashboard's named users, and `admin` for the token.
    var colleagues: [String] {
        configuration.adminUsers.keys.sorted() + (configuration.adminToken == nil ? [] : ["admin"])
    }

    private func item(_ context: GatewayRequestContext) async throws -> CallbackItem {
        let sid = try AdminCallsController.sid(context)
        guard let item = try await AdminController.read({ () async throws(RedisError) in try await queue.item(call: sid) }) else {
            throw HTTPError(.notFound, message: "Call \(sid) is not in the callback queue.")
        }
        return item
    }

    /// What a move asks for.
    struct Move: Decodable {
        var state: String
        var note: String?
        var assignee: String?
        var outcome: String?
    }

    private func move(_ request: Request, context: GatewayRequestContext) async throws -> CallbackItem {
        let sid = try AdminCallsController.sid(context)
        let body = try await request.body.collect(upTo: 4096)
        guard let move = try? JSONDecoder().decode(Move.self, from: Data(buffer: body)) else {
            throw HTTPError(.badRequest, message: #"Send JSON like {"state": "assigned", "assignee": "priya", "note": "calling after lunch"}."#)
        }
        guard let state = VoicemailWork.State(rawValue: move.state) else { throw AdminVoicemailsController.badState(move.state) }
        let note = try AdminVoicemailsController.short(move.note ?? "", name: "note", limit: 500)
        guard !note.isEmpty else { throw HTTPError(.badRequest, message: "Every move needs a note: what was done, or why.") }
        let me = AdminVoicemailsController.operator(context)
        var assignee: String?
        if state == .assigned {
            let chosen = try AdminVoicemailsController.short(move.assignee ?? me, name: "assignee", limit: 64)
            guard colleagues.contains(chosen) || chosen == me else {
                throw HTTPError(.badRequest, message: "assignee must be one of \(colleagues.joined(separator: ", ")), not '\(chosen.prefix(64))'.")
            }
            assignee = chosen
        }
        var outcome: String?
        if state == .closed {
            guard let given = move.outcome, let known = CallbackItem.Outcome(rawValue: given) else {
                throw HTTPError(
                    .badRequest, message: "Closing needs its outcome: one of \(CallbackItem.Outcome.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
            outcome = known.rawValue
        }
        guard try await AdminController.read({ () async throws(RedisError) in try await queue.item(call: sid) }) != nil else {
            throw HTTPError(.notFound, message: "Call \(sid) is not in the callback queue.")
        }
        let moved = try await AdminController.read { () async throws(RedisError) in
            try await configuration.records.move(call: sid, to: state, assignee: assignee, by: me, note: note, outcome: outcome, redis: redis)
        }
        if case .refused(let from) = moved {
            throw HTTPError(
                .conflict,
                message: "This callback is \(from.rawValue); from there it can go to \(from.next.map(\.rawValue).joined(separator: " or ")), not \(state.rawValue).")
        }
        context.logger.notice("A callback moved", metadata: ["call": "\(sid)", "state": "\(state.rawValue)", "by": "\(me)"])
        guard let item = try await AdminController.read({ () async throws(RedisError) in try await queue.item(call: sid) }) else {
            throw HTTPError(.notFound, message: "Call \(sid) is not in the callback queue.")
        }
        return item
    }
}
