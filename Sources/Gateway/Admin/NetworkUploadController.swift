import Foundation
import HospitalSearch
import Hummingbird
import NIOPosix
import Redis
import Shared
import Twilio

/// `POST /upload-csv` (admins only) and `GET /admin/network`: a new network list, checked
/// completely before anything changes (`?preview=true`: checked and compared with the list in
/// use, nothing stored), then stored in Redis as a new version that brains started with
/// `HOSPITALS_SOURCE=redis` load within seconds. The last versions are kept: one can be put back
/// (`POST /admin/network/rollback`) and any kept one downloaded (`GET /admin/network/csv`).
struct NetworkUploadController: Sendable {
    let redis: RedisClient
    let configuration: GatewayConfiguration
    let sessions: AdminSessions
    /// The largest list accepted.
    static let maximumBytes = 20 * 1024 * 1024

    func addRoutes(to router: Router<GatewayRequestContext>) {
        let auth = AdminAuthMiddleware(configuration: configuration, sessions: sessions)
        router.group("upload-csv").add(middleware: auth).post { request, context in
            if request.uri.queryParameters["preview"] == "true" { return try await self.preview(request).response(from: request, context: context) }
            return try await self.upload(request, context: context).response(from: request, context: context)
        }
        let network = router.group("admin/network").add(middleware: auth)
        network.get { _, _ in try await self.network() }
        network.get("csv") { request, _ in try await self.download(request) }
        network.post("rollback") { request, context in try await self.rollback(request, context: context) }
    }

    /// The answer to a good upload.
    struct Stored: Codable, Sendable {
        var version: Int
        var rows: Int
        var fingerprint: String
        /// Rows left out (exact duplicates), by row number.
        var skipped: [NetworkListCheck.SkippedRow]
    }

    func upload(_ request: Request, context: GatewayRequestContext) async throws -> JSONResponse<Stored> {
        let (csv, check) = try await Self.check(try await collect(request), contentType: request.headers[.contentType] ?? "")
        return try await store(csv, check: check, by: Self.uploader(request, context: context, configuration: configuration), context: context)
    }

    /// Reading the form and indexing the list take CPU: off the event loop, so /health and the
    /// calls keep being answered meanwhile.
    static func check(_ body: ByteBuffer, contentType: String) async throws -> ([UInt8], NetworkListCheck) {
        let (csv, outcome): ([UInt8], Result<NetworkListCheck, NetworkListError>) = try await NIOThreadPool.singleton.runIfActive {
            let csv = try Self.csvBytes(body, contentType: contentType)
            return (csv, Result { () throws(NetworkListError) in try HospitalDirectory.check(data: Data(csv), name: "the upload") })
        }
        switch outcome {
        case .success(let checked): return (csv, checked)
        case .failure(let error): throw APIError(.badRequest, error.description)
        }
    }

    static func uploader(_ request: Request, context: GatewayRequestContext, configuration: GatewayConfiguration) -> String {
        let who = context.adminSession.map { "\($0.user ?? "admin") on the dashboard" } ?? "admin token"
        return "\(who) from \(ClientAddress.of(request, peer: context.remoteAddress, trusted: configuration.trustedProxies))"
    }

    /// Stores a checked list as the new version, unless a row cannot be used.
    func store(_ csv: [UInt8], check: NetworkListCheck, by uploader: String, context: GatewayRequestContext) async throws -> JSONResponse<Stored> {
        let errors = check.errors
        guard errors.isEmpty else {
            let shown = errors.prefix(20).map { "row \($0.row) \($0.reason)" }.joined(separator: "; ")
            throw APIError(
                .badRequest,
                "The list was not stored: \(errors.count) row\(errors.count == 1 ? "" : "s") cannot be used (\(shown)\(errors.count > 20 ? "; …" : "")). Fix them and upload again."
            )
        }
        let stored: NetworkVersion
        do {
            stored = try await NetworkStore(keys: configuration.keys).store(
                csv: csv, rows: check.directory.count, uploadedBy: uploader, fingerprint: check.directory.fingerprint, redis: redis)
        } catch {
            throw APIError(.serviceUnavailable, "Redis is unavailable; the list was not stored.")
        }
        context.logger.notice("A new network list was uploaded", metadata: ["version": "\(stored.version)", "hospitals": "\(stored.rows)"])
        return JSONResponse(
            Stored(
                version: stored.version, rows: stored.rows, fingerprint: stored.fingerprint, skipped: check.skippedRows.filter(\.isDuplicate)
            ))
    }

    /// The CSV of a `text/csv` body, or of the file in a `multipart/form-data` form.
    static func csvBytes(_ body: ByteBuffer, contentType: String) throws -> [UInt8] {
        if contentType.lowercased().hasPrefix("multipart/form-data") {
            guard let boundary = TwilioWebhookMiddleware.boundary(in: contentType) else {
                throw APIError(.badRequest, "multipart/form-data without a boundary.")
            }
            let form: MultipartForm
            do {
                form = try MultipartForm(body: Array(buffer: body), boundary: boundary, maximumParts: 16)
            } catch {
                throw APIError(.badRequest, "The multipart form could not be read: \(error). Send the list as a form field named file, or as a text/csv body.")
            }
            let only: [UInt8]? = form.fields.count == 1 ? form.fields.first?.value : nil
            guard let bytes = form["file"] ?? form["csv"] ?? only else {
                throw APIError(.badRequest, "Send the list as a form field named file (or csv), or as a text/csv body.")
            }
            return bytes
        }
        guard body.readableBytes > 0 else { throw APIError(.badRequest, "The body is empty: send the list as text/csv or a multipart form field named file.") }
        return Array(buffer: body)
    }

    /// The list in use, the versions kept, and what every brain serves.
    struct Network: Codable, Sendable {
        var current: NetworkVersion?
        var versions: [NetworkVersion]
        var brains: [BrainSummary]
    }

    private func network() async throws -> JSONResponse<Network> {
        do {
            let store = NetworkStore(keys: configuration.keys)
            let current = try await store.current(redis: redis)
            let versions = try await store.history(redis: redis)
            let live = (try? await BrainRegistry(redis: redis, keys: configuration.keys).liveWorkers()) ?? []
            return JSONResponse(
                Network(current: current, versions: versions, brains: live.map(BrainSummary.init)))
        } catch {
            throw APIError(.serviceUnavailable, "Redis is unavailable.")
        }
    }
}
