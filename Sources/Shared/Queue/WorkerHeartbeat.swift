import Foundation

/// What a live brain worker publishes about itself every second (key ``RedisKeys/heartbeat(worker:)``).
public struct WorkerHeartbeat: Sendable, Codable, Equatable {
    public var worker: String
    public var host: String
    public var pid: Int32
    public var hospitals: Int
    public var network: String
    public var consumers: Int
    public var startedAt: Int64
    /// Where the list came from: a file's path, or `redis:` and the uploaded version.
    public var list: String?

    public init(
        worker: String, host: String, pid: Int32, hospitals: Int, network: String, consumers: Int, startedAt: Int64, list: String? = nil
    ) {
        self.worker = worker
        self.host = host
        self.pid = pid
        self.hospitals = hospitals
        self.network = network
        self.consumers = consumers
        self.startedAt = startedAt
        self.list = list
    }

    /// A worker whose heartbeat key has been gone this long is treated as dead and its turns recovered.
    public static let timeToLive: Duration = .seconds(3)
    public static let interval: Duration = .seconds(1)
}
