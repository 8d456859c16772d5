import Shared

/// One live brain as the dashboard shows it: who it is and which list it serves.
struct BrainSummary: Codable, Sendable {
    var worker: String
    var host: String
    var hospitals: Int
    /// Where its list came from: `file` (the one it was started with; the server's paths are not
    /// shown), or `redis:v` and the uploaded version.
    var list: String
    /// The list's fingerprint.
    var network: String

    init(_ heartbeat: WorkerHeartbeat) {
        worker = heartbeat.worker
        host = heartbeat.host
        hospitals = heartbeat.hospitals
        list = heartbeat.list.flatMap { $0.hasPrefix("redis:") ? $0 : nil } ?? "file"
        network = heartbeat.network
    }
}
