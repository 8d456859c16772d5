import Foundation
import Redis

/// Uploaded network lists in Redis: each version's CSV, and which one is in use.
///
/// The gateway stores a list only after checking it completely; brains started with
/// `HOSPITALS_SOURCE=redis` watch ``RedisKeys/networkCurrent`` and load a new version when it
/// changes, serving the old one until the new index is built.
public struct NetworkStore: Sendable {
    public let keys: RedisKeys
    /// How many versions' CSV are kept (the one in use among them), for a rollback.
    public static let keptVersions = 3

    public init(keys: RedisKeys) {
        self.keys = keys
    }

    /// Stores a list's CSV as a new version, makes it current and forgets the version `kept` back.
    struct StoreList: RedisScriptCall {
        typealias Response = Int
        static let script = RedisScript(
            keys: ["counter", "current", "csvPrefix", "history"], arguments: ["csv", "rows", "uploadedBy", "uploadedAt", "fingerprint", "kept"],
            body: """
                local version = redis.call('INCR', key.counter)
                redis.call('SET', key.csvPrefix .. version, arg.csv)
                redis.call('HSET', key.current, 'version', version, 'rows', arg.rows, 'uploadedBy', arg.uploadedBy, 'uploadedAt', arg.uploadedAt, 'fingerprint', arg.fingerprint)
                local old = version - tonumber(arg.kept)
                if old > 0 then redis.call('DEL', key.csvPrefix .. old) end
                redis.call('LPUSH', key.history, cjson.encode({version = version, rows = tonumber(arg.rows), uploadedBy = arg.uploadedBy,
                    uploadedAt = tonumber(arg.uploadedAt), fingerprint = arg.fingerprint}))
                redis.call('LTRIM', key.history, 0, tonumber(arg.kept) - 1)
                return version
                """)

        let keys: RedisKeys
        let csv: [UInt8]
        let rows: Int
        let uploadedBy: String
        let uploadedAt: Int64
        let fingerprint: String

        func encode(into encoder: inout RedisScriptEncoder) {
            encoder.key("counter", keys.networkVersions)
            encoder.key("current", keys.networkCurrent)
            encoder.key("csvPrefix", keys.networkCSVPrefix)
            encoder.key("history", keys.networkHistory)
            encoder.argument("csv", csv)
            encoder.argument("rows", rows)
            encoder.argument("uploadedBy", uploadedBy)
            encoder.argument("uploadedAt", uploadedAt)
            encoder.argument("fingerprint", fingerprint)
            encoder.argument("kept", NetworkStore.keptVersions)
        }
    }

    /// Stores a checked list as the new version in use; its version number.
    public func store(csv: [UInt8], rows: Int, uploadedBy: String, fingerprint: String, redis: RedisClient) async throws(RedisError) -> NetworkVersion {
        let now = Date.nowMilliseconds
        let version = try await redis.run(StoreList(keys: keys, csv: csv, rows: rows, uploadedBy: uploadedBy, uploadedAt: now, fingerprint: fingerprint))
        return NetworkVersion(version: version, rows: rows, uploadedBy: uploadedBy, uploadedAt: now, fingerprint: fingerprint)
    }

    /// The version in use, if a list was ever uploaded.
    public func current(redis: RedisClient) async throws(RedisError) -> NetworkVersion? {
        let names = ["version", "rows", "uploadedBy", "uploadedAt", "fingerprint"]
        let values = try await redis.execute(HMGET(keys.networkCurrent, names))
        let field = Dictionary(uniqueKeysWithValues: zip(names, values))
        guard let version = field["version"]??.int else { return nil }
        return NetworkVersion(
            version: version, rows: field["rows"]??.int ?? 0, uploadedBy: field["uploadedBy"]??.string ?? "?",
            uploadedAt: Int64(field["uploadedAt"]??.int ?? 0), fingerprint: field["fingerprint"]??.string ?? "")
    }

    /// The kept versions, newest first (uploads before the history was kept are not listed).
    public func history(redis: RedisClient) async throws(RedisError) -> [NetworkVersion] {
        try await redis.execute(LRANGE(keys.networkHistory)).compactMap { try? JSONDecoder().decode(NetworkVersion.self, from: Data($0.bytes)) }
    }

    /// One version's CSV bytes, if still kept.
    public func csv(version: Int, redis: RedisClient) async throws(RedisError) -> [UInt8]? {
        try await redis.execute(GET(keys.networkCSV(version: version)))?.bytes
    }
}
