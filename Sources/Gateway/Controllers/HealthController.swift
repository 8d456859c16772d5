import Foundation
import Hummingbird
import Redis
import Shared

/// `GET /health` (is this gateway alive, and what can it see) and `GET /ready` (should a load
/// balancer send it calls: Redis reachable and at least one brain alive).
struct HealthController: Sendable {
    let redis: RedisClient
    let keys: RedisKeys
    let gatewayID: String
    /// Whether webhooks' signatures are checked (shown, so an operator sees a gateway without a token).
    let webhookSignatures: String
    /// With this bearer token (`ADMIN_TOKEN`) the answers carry the details; without, only a status.
    let adminToken: String?
    /// Wrong tokens here count with those sent to `/admin/*`, so neither is a free oracle.
    let wrongTokens: FailureCounter
    let trusted: TrustedProxies

    func addRoutes(to router: Router<GatewayRequestContext>) {
        router.get("/health") { request, context -> Response in
            try await self.answer(status: { _ in .ok }, request: request, context: context)
        }
        router.get("/ready") { request, context -> Response in
            try await self.answer(status: { $0.status == "ok" ? .ok : .serviceUnavailable }, request: request, context: context)
        }
    }

    /// A load balancer needs the status and nothing else: Redis's address, errors and process
    /// details are for operators, who send the admin token. A token is checked like one sent to
    /// `/admin/*`: wrong ones count toward the address's lockout, and a locked-out address gets 429.
    private func answer(
        status: (HealthReport) -> HTTPResponse.Status, request: Request, context: GatewayRequestContext
    ) async throws -> Response {
        var detailed = false
        if let header = request.headers[.authorization] {
            let client = ClientAddress.subject(of: request, peer: context.remoteAddress, trusted: trusted)
            guard await !wrongTokens.isLockedOut(client) else {
                var response = APIError.response(.tooManyRequests, "Too many wrong tokens from this address; wait ten minutes.")
                response.headers[.retryAfter] = "600"
                response.headers[.cacheControl] = "no-store"
                return response
            }
            detailed = adminToken.map { header.hasPrefix("Bearer ") && Secrets.equal(String(header.dropFirst(7)), $0) } ?? false
            if !detailed { await wrongTokens.recordFailure(client) }
        }
        let report = await self.report()
        let status = status(report)
        let body = detailed ? try JSONEncoder().encode(report) : try JSONEncoder().encode(["status": report.status])
        return Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }

    func report() async -> HealthReport {
        let started = ContinuousClock.now
        do {
            let live = try await BrainRegistry(redis: redis, keys: keys).liveWorkers()
            let latency = ContinuousClock.now - started
            return HealthReport(
                status: live.isEmpty ? "degraded" : "ok",
                gateway: gatewayID, webhookSignatures: webhookSignatures,
                redis: .init(reachable: true, latencyMilliseconds: Double(latency.milliseconds), error: nil),
                brains: .init(live: live.count, hospitalsLoaded: live.map(\.hospitals).max() ?? 0, networks: Set(live.map(\.network)).sorted())
            )
        } catch {
            return HealthReport(
                status: "down", gateway: gatewayID, webhookSignatures: webhookSignatures,
                redis: .init(reachable: false, latencyMilliseconds: nil, error: "\(error)"),
                brains: .init(live: 0, hospitalsLoaded: 0, networks: [])
            )
        }
    }
}

/// The JSON `/health` and `/ready` answer with.
struct HealthReport: ResponseEncodable, Equatable {
    struct RedisStatus: Codable, Equatable {
        var reachable: Bool
        var latencyMilliseconds: Double?
        var error: String?
        enum CodingKeys: String, CodingKey {
            case reachable, error
            case latencyMilliseconds = "latency_ms"
        }
    }

    struct BrainStatus: Codable, Equatable {
        var live: Int
        var hospitalsLoaded: Int
        var networks: [String]
        enum CodingKeys: String, CodingKey {
            case live, networks
            case hospitalsLoaded = "hospitals_loaded"
        }
    }

    var status: String
    var gateway: String
    var webhookSignatures: String
    var redis: RedisStatus
    var brains: BrainStatus

    enum CodingKeys: String, CodingKey {
        case status, gateway, redis, brains
        case webhookSignatures = "webhook_signatures"
    }
}
