/// An uploaded network list as stored in Redis: which version is in use, how many hospitals it
/// has, and who uploaded it when.
public struct NetworkVersion: Codable, Sendable, Equatable {
    public var version: Int
    public var rows: Int
    public var uploadedBy: String
    /// Milliseconds since the epoch.
    public var uploadedAt: Int64
    /// The list's fingerprint, as brains report it once they serve it.
    public var fingerprint: String

    public init(version: Int, rows: Int, uploadedBy: String, uploadedAt: Int64, fingerprint: String) {
        self.version = version
        self.rows = rows
        self.uploadedBy = uploadedBy
        self.uploadedAt = uploadedAt
        self.fingerprint = fingerprint
    }

    /// How a brain names the list it serves (``WorkerHeartbeat/list``).
    public var source: String { "redis:v\(version)" }
}
