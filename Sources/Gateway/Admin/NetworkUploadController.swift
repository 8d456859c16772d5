import Foundation
import HospitalSearch
import Hummingbird
import NIOPosix
import Redis
import Shared
import Twilio

/// `POST /upload-csv` (admins only) and `GET /admin/network`: a new network list, checked
/// completely before anything changes, then stored in Redis as a new version that brains started
/// with `HOSPITALS_SOURCE=redis` load within seconds.
struct NetworkUploadController: Sendable {
    let redis: RedisClient
    let configuration: GatewayConfiguration
    let sessions: AdminSessions
    /// The largest list accepted.
    static let maximumBytes = 20 * 1024 * 1024

    func addRoutes(to router: Router<GatewayRequestContext>) {
        let auth = AdminAuthMiddleware(configuration: configuration, sessions: sessions)
        router.group("upload-csv").add(middleware: auth).post { request, context in try await self.upload(request, context: context) }
        router.group("admin/network").add(middleware: auth).get { _, _ in try await self.network() }
    }

    /// The answer to a good upload.
    struct Stored: Codable, Sendable {
        var version: Int
        var rows: Int
        var fingerprint: String
        /// Rows left out (exact duplicates), by row number.
        var skipped: [NetworkListCheck.SkippedRow]
    }

    private func upload(_ request: Request, context: GatewayRequestContext) async throws -> JSONResponse<Stored> {
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: Self.maximumBytes)
        } catch {
            throw APIError(.contentTooLarge, "The list must be at most \(Self.maximumBytes / 1_048_576) MB.")
        }
        let contentType = request.headers[.contentType] ?? ""
        // Reading the form and indexing the list take CPU: off the event loop, so /health and the
        // calls keep being answered meanwhile.
        let (csv, outcome): ([UInt8], Result<NetworkListCheck, NetworkListError>) = try await NIOThreadPool.singleton.runIfActive {
            let csv = try Self.csvBytes(body, contentType: contentType)
            return (csv, Result { () throws(NetworkListError) in try HospitalDirectory.check(data: Data(csv), name: "the upload") })
        }
        let check: NetworkListCheck
        switch outcome {
        case .success(let checked): check = checked
        case .failure(let error): throw APIError(.badRequest, error.description)
        }
        let errors = check.errors
        guard errors.isEmpty else {
            let shown = errors.prefix(20).map { "row \($0.row) \($0.reason)" }.joined(separator: "; ")
            throw APIError(
                .badRequest,
                "The list was not stored: \(errors.count) row\(errors.count == 1 ? "" : "s") cannot be used (\(shown)\(errors.count > 20 ? "; …" : "")). Fix them and upload again."
            )
        }
        let uploader = context.adminSession.map { "\($0.user ?? "admin") on the dashboard" } ?? "admin token"
        let stored: NetworkVersion
        do {
            stored = try await NetworkStore(keys: configuration.keys).store(
                csv: csv, rows: check.directory.count, uploadedBy: "\(uploader) from \(ClientAddress.of(request, peer: context.remoteAddress, trusted: configuration.trustedProxies))",
                fingerprint: check.directory.fingerprint, redis: redis)
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

    /// The list in use and what every brain serves.
    struct Network: Codable, Sendable {
        var current: NetworkVersion?
        var brains: [BrainSummary]
    }

    private func network() async throws -> JSONResponse<Network> {
        do {
            let current = try await NetworkStore(keys: configuration.keys).current(redis: redis)
            let live = (try? await BrainRegistry(redis: redis, keys: configuration.keys).liveWorkers()) ?? []
            return JSONResponse(
                Network(current: current, brains: live.map(BrainSummary.init)))
        } catch {
            throw APIError(.serviceUnavailable, "Redis is unavailable.")
        }
    }
}
