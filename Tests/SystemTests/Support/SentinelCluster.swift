import Foundation

@testable import Redis
@testable import Shared

/// A real Redis primary, a replica and three `redis-sentinel`s on loopback, monitoring the primary
/// as `loopai` and failing over one second after it stops answering.
final class SentinelCluster: Sendable {
    static let master = "loopai"
    let primary: RedisServer
    let replica: RedisServer
    let sentinelPorts: [Int]
    private let sentinels: [ManagedProcess]
    let directory: URL

    init() async throws {
        directory = try TestPaths.temporaryDirectory("sentinel")
        primary = try await RedisServer(directory: directory.appendingPathComponent("primary"))
        replica = try await RedisServer(directory: directory.appendingPathComponent("replica"), replicaOf: primary.port)
        var ports: [Int] = []
        var processes: [ManagedProcess] = []
        for index in 0..<3 {
            let port = freePort()
            let folder = directory.appendingPathComponent("sentinel-\(index)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let config = folder.appendingPathComponent("sentinel.conf")
            try """
            port \(port)
            bind 127.0.0.1
            dir \(folder.path)
            sentinel monitor \(Self.master) 127.0.0.1 \(primary.port) 2
            sentinel down-after-milliseconds \(Self.master) 1000
            sentinel failover-timeout \(Self.master) 5000
            sentinel parallel-syncs \(Self.master) 1

            """.write(to: config, atomically: true, encoding: .utf8)
            processes.append(
                try ManagedProcess(name: "sentinel-\(port)", executable: Self.executable, arguments: [config.path, "--sentinel"], directory: folder))
            ports.append(port)
        }
        sentinels = processes
        sentinelPorts = ports
        // Ready when the replica is in sync and every sentinel knows the replica and the other sentinels.
        let ready = await eventually(timeout: .seconds(30), interval: .milliseconds(200)) {
            guard let info = try? await self.replica.execute(Ask("INFO", "replication")).string, info.contains("master_link_status:up") else {
                return false
            }
            for port in ports {
                let replicas = (try? await Self.ask(port: port, Ask("SENTINEL", "replicas", Self.master)))?.array?.count ?? 0
                let others = (try? await Self.ask(port: port, Ask("SENTINEL", "sentinels", Self.master)))?.array?.count ?? 0
                guard replicas >= 1 && others >= 2 else { return false }
            }
            return true
        }
        guard ready else { throw RedisServerError(message: "the sentinel cluster did not come up:\n\(processes.map(\.log).joined(separator: "\n"))") }
    }

    /// Debian's `redis-sentinel`, or `redis-server` in sentinel mode (the same program).
    static var executable: String {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/redis-sentinel") ? "/usr/bin/redis-sentinel" : RedisServer.executable
    }

    /// Settings that make gateways and brains find the primary through the sentinels.
    var environment: [String: String] {
        ["REDIS_SENTINELS": sentinelPorts.map { "127.0.0.1:\($0)" }.joined(separator: ","), "REDIS_SENTINEL_MASTER": Self.master]
    }

    /// The port the sentinels currently name as the primary.
    func currentPrimaryPort() async -> Int? {
        for port in sentinelPorts {
            if let pair = (try? await Self.ask(port: port, Ask("SENTINEL", "get-master-addr-by-name", Self.master)))?.array, pair.count == 2,
                let port = pair[1].string.flatMap({ Int($0) })
            {
                return port
            }
        }
        return nil
    }

    /// One command to the sentinel on `port`.
    static func ask<Command: RedisCommandType>(port: Int, _ command: Command) async throws -> Command.Response {
        let connection = try await RedisConnection.connect(to: RedisEndpoint(address: .tcp(host: "127.0.0.1", port: port)))
        defer { Task { await connection.close() } }
        return try await connection.execute(command)
    }

    var logs: String { sentinels.map { "--- \($0.name)\n\(String($0.log.suffix(3000)))" }.joined(separator: "\n") }

    func shutdown() async {
        for sentinel in sentinels { await sentinel.stop() }
        await replica.stop()
        await primary.stop()
        try? FileManager.default.removeItem(at: directory)
    }
}
