import Foundation
import Redis

/// Uploaded network lists in Redis: each version's CSV, and which one is in use.
///
/// The gateway stores a list only after checking it completely; brains started with
/// `HOSPITALS_SOURCE=redis` watch ``RedisKeys/networkCurrent`` and load a new version when it
/// changes, serving the old one until the new index is built.
public struct NetworkStore: Sendable {
    public let keys: RedisKeys
    /// How many earlier versions' CSV are kept for a rollback by hand.
    public static let keptVersions = 3

    public init(keys: RedisKeys) {
        self.keys = keys
    }

    /// KEYS: version counter, current hash, the CSV key prefix. ARGV: CSV, rows, uploader, time, fingerprint, kept.
    static let storeScript = RedisScript(
        """
        local version = redis.call('INCR', KEYS[1])
        redis.call('SET', KEYS[3] .. version, ARGV[1])
        redis.call('HSET', KEYS[2], 'version', version, 'rows', ARGV[2], 'uploadedBy', ARGV[3], 'uploadedAt', ARGV[4], 'fingerprint', ARGV[5])
        local old = version - tonumber(ARGV[6])
        if old > 0 then redis.call('DEL', KEYS[3] .. old) end
        return version
        """)

    /// Stores a checked list as the new version in use; its version number.
    public func store(csv: [UInt8], rows: Int, uploadedBy: String, fingerprint: String, redis: RedisClient) async throws(RedisError) -> NetworkVersion {
        let now = Date.nowMilliseconds
        let reply = try await redis.run(
            Self.storeScript, keys: [keys.networkVersions, keys.networkCurrent, keys.networkCSVPrefix],
            arguments: [
                csv, Array(String(rows).utf8), Array(uploadedBy.utf8), Array(String(now).utf8), Array(fingerprint.utf8),
                Array(String(Self.keptVersions).utf8),
            ])
        guard let version = reply.int else { throw .unexpectedReply("no version from the store script") }
        return NetworkVersion(version: version, rows: rows, uploadedBy: uploadedBy, uploadedAt: now, fingerprint: fingerprint)
    }

    /// The version in use, if a list was ever uploaded.
    public func current(redis: RedisClient) async throws(RedisError) -> NetworkVersion? {
        let fields =
            try await redis.execute(["HMGET", keys.networkCurrent, "version", "rows", "uploadedBy", "uploadedAt", "fingerprint"]).orThrow().array ?? []
        guard fields.count == 5, let version = fields[0].int else { return nil }
        return NetworkVersion(
            version: version, rows: fields[1].int ?? 0, uploadedBy: fields[2].string ?? "?", uploadedAt: Int64(fields[3].int ?? 0),
            fingerprint: fields[4].string ?? "")
    }

    /// One version's CSV bytes, if still kept.
    public func csv(version: Int, redis: RedisClient) async throws(RedisError) -> [UInt8]? {
        try await redis.execute(.get(keys.networkCSV(version: version))).orThrow().bytes
    }
}
