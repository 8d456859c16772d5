import Foundation
import HospitalSearch
import Hummingbird
import NIOPosix
import Redis
import Shared

/// The list with care: what an upload would change before it does, putting an earlier version
/// back, and the list in use as a file.
extension NetworkUploadController {
    /// What `?preview=true` answers: the list as checked and how it differs from the one in use.
    struct Preview: Codable, Sendable {
        var rows: Int
        var cities: Int
        /// The cities with the most hospitals, most first.
        var topCities: [CityCount]
        /// Rows that would stop the upload, and duplicates that would be left out.
        var errors: [NetworkListCheck.SkippedRow]
        var skipped: [NetworkListCheck.SkippedRow]
        /// The version compared with, or nil when none was uploaded (brains serve their file).
        var comparedWith: Int?
        var added: Int
        var removed: Int
        var changed: Int
        /// Up to 20 of each, for the operator to look at.
        var examples: NetworkListDiff

        struct CityCount: Codable, Sendable {
            var name: String
            var hospitals: Int
        }
    }

    func preview(_ request: Request) async throws -> JSONResponse<Preview> {
        let body = try await collect(request)
        let (_, check) = try await Self.check(body, contentType: request.headers[.contentType] ?? "")
        let store = NetworkStore(keys: configuration.keys)
        let current = try await AdminController.read { () async throws(RedisError) in try await store.current(redis: redis) }
        var old: [HospitalRecord] = []
        if let current, let csv = try await AdminController.read({ () async throws(RedisError) in try await store.csv(version: current.version, redis: redis) }) {
            old = try await NIOThreadPool.singleton.runIfActive { (try? HospitalDirectory.check(data: Data(csv), name: "the list in use"))?.records ?? [] }
        }
        let (before, records) = (old, check.records)
        let diff = try await NIOThreadPool.singleton.runIfActive { NetworkListDiff(from: before, to: records) }
        let directory = check.directory
        let cities = directory.cities.map { Preview.CityCount(name: $0.name, hospitals: directory.count(in: .city($0))) }.sorted { $0.hospitals > $1.hospitals }
        return JSONResponse(
            Preview(
                rows: directory.count, cities: cities.count, topCities: Array(cities.prefix(20)), errors: Array(check.errors.prefix(50)),
                skipped: check.skippedRows.filter(\.isDuplicate), comparedWith: current?.version, added: diff.added.count, removed: diff.removed.count,
                changed: diff.changed.count,
                examples: diff.prefix(20)))
    }

    /// `POST /admin/network/rollback` `{"version": 3}`: that kept version becomes the list in use
    /// again, as a new version (so brains load it as they load any upload).
    func rollback(_ request: Request, context: GatewayRequestContext) async throws -> JSONResponse<Stored> {
        struct Asked: Decodable { var version: Int }
        let body = try await request.body.collect(upTo: 1024)
        guard let asked = try? JSONDecoder().decode(Asked.self, from: Data(buffer: body)) else {
            throw APIError(.badRequest, #"Send JSON like {"version": 3}: the kept version to put back."#)
        }
        let store = NetworkStore(keys: configuration.keys)
        guard let csv = try await AdminController.read({ () async throws(RedisError) in try await store.csv(version: asked.version, redis: redis) }) else {
            throw APIError(.notFound, "Version \(asked.version) is no longer kept (the last \(NetworkStore.keptVersions) versions are).")
        }
        let (_, check) = try await Self.check(ByteBuffer(bytes: csv), contentType: "text/csv")
        let by = Self.uploader(request, context: context, configuration: configuration) + ", putting back version \(asked.version)"
        context.logger.notice("A network list version is being put back", metadata: ["version": "\(asked.version)"])
        return try await self.store(csv, check: check, by: by, context: context)
    }

    /// `GET /admin/network/csv?version=3`: a kept version as a file (default: the one in use).
    func download(_ request: Request) async throws -> Response {
        let store = NetworkStore(keys: configuration.keys)
        let asked = request.uri.queryParameters["version"].flatMap { Int($0) }
        let current = try await AdminController.read { () async throws(RedisError) in try await store.current(redis: redis) }
        guard let version = asked ?? current?.version else {
            throw APIError(.notFound, "No list was uploaded: the brains serve the file they were started with (HOSPITALS_CSV).")
        }
        guard let csv = try await AdminController.read({ () async throws(RedisError) in try await store.csv(version: version, redis: redis) }) else {
            throw APIError(.notFound, "Version \(version) is no longer kept (the last \(NetworkStore.keptVersions) versions are).")
        }
        var headers = HTTPFields()
        headers[.contentType] = "text/csv; charset=utf-8"
        headers[.contentDisposition] = "attachment; filename=\"network-hospitals-v\(version).csv\""
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: csv)))
    }

    func collect(_ request: Request) async throws -> ByteBuffer {
        do {
            return try await request.body.collect(upTo: Self.maximumBytes)
        } catch {
            throw APIError(.contentTooLarge, "The list must be at most \(Self.maximumBytes / 1_048_576) MB.")
        }
    }
}
