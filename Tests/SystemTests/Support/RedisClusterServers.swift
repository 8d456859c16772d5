import Foundation
import Logging

@testable import Redis
@testable import Shared

/// A real Redis Cluster on loopback: three primaries and three replicas of
/// `redis-server --cluster-enabled yes`, joined by `redis-cli --cluster create`, failing a
/// primary over to its replica about a second after it stops answering.
final class RedisClusterServers: Sendable {
    let nodes: [RedisServer]
    let directory: URL
    /// A client of the whole cluster, for the tests' own reads.
    let client: RedisClusterClient

    /// How long a node may be silent before its replica takes over (ms).
    static let nodeTimeout = 1000

    init() async throws {
        directory = try TestPaths.temporaryDirectory("cluster")
        var nodes: [RedisServer] = []
        for index in 0..<6 {
            let folder = directory.appendingPathComponent("node-\(index)")
            nodes.append(
                try await RedisServer(
                    directory: folder,
                    extraArguments: [
                        // The bus port is chosen free too (by default it is the port + 10000, which may be taken).
                        "--cluster-enabled", "yes", "--cluster-port", String(freePort()),
                        "--cluster-config-file", folder.appendingPathComponent("nodes.conf").path,
                        "--cluster-node-timeout", String(Self.nodeTimeout), "--cluster-require-full-coverage", "no",
                        "--cluster-replica-validity-factor", "0",
                    ]))
        }
        self.nodes = nodes
        client = RedisClusterClient(
            cluster: RedisCluster(nodes: nodes.map { RedisNode(host: "127.0.0.1", port: $0.port) }),
            endpoint: RedisEndpoint(address: .tcp(host: "127.0.0.1", port: nodes[0].port)), connectTimeout: .milliseconds(500),
            commandTimeout: .seconds(2), logger: Logger(label: "test-cluster"))
        let created = try await Self.redisCLI(["--cluster", "create"] + nodes.map { "127.0.0.1:\($0.port)" } + ["--cluster-replicas", "1", "--cluster-yes"])
        guard created.status == 0 else { throw RedisServerError(message: "redis-cli --cluster create failed:\n\(created.output)") }
        let ready = await eventually(timeout: .seconds(30), interval: .milliseconds(200)) {
            for node in nodes {
                guard let info = try? await node.execute(Ask("CLUSTER", "INFO")).string, info.contains("cluster_state:ok") else { return false }
            }
            let covered = (try? await self.currentMap().coveredSlots) == HashSlot.count
            return covered ? await self.replicasInSync() : false
        }
        guard ready else { throw RedisServerError(message: "the cluster did not come up:\n\(created.output)") }
    }

    /// True when every replica's link to its primary is up.
    private func replicasInSync() async -> Bool {
        var replicas = 0
        for node in nodes {
            guard let info = try? await node.execute(Ask("INFO", "replication")).string else { return false }
            if info.contains("role:slave") {
                guard info.contains("master_link_status:up") else { return false }
                replicas += 1
            }
        }
        return replicas == 3
    }

    /// Settings that point gateways and brains at the cluster.
    var environment: [String: String] {
        ["REDIS_CLUSTER_NODES": nodes.map { "127.0.0.1:\($0.port)" }.joined(separator: ",")]
    }

    /// The node serving `key` now, as the first node that answers says.
    func primary(for key: RedisKey) async throws -> RedisServer? {
        let port = try await currentMap().primary(for: HashSlot(key: key))?.port
        return nodes.first { $0.port == port }
    }

    /// The slot map as a live node has it now (the client's may be older).
    func currentMap() async throws -> ClusterSlotMap {
        for node in nodes {
            if let reply = try? await node.execute(CLUSTERSHARDS()) { return try ClusterSlotMap(shards: reply) }
        }
        throw RedisServerError(message: "no cluster node answered")
    }

    /// A node's cluster id (`CLUSTER MYID`).
    func id(of node: RedisServer) async throws -> String {
        try await node.execute(Ask("CLUSTER", "MYID")).string ?? ""
    }

    /// Runs `redis-cli` to completion without holding a thread of the test's pool.
    static func redisCLI(_ arguments: [String]) async throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: FileManager.default.isExecutableFile(atPath: "/usr/bin/redis-cli") ? "/usr/bin/redis-cli" : "redis-cli")
        process.arguments = arguments
        let output = try TestPaths.temporaryDirectory("redis-cli").appendingPathComponent("out")
        FileManager.default.createFile(atPath: output.path, contents: nil)
        let handle = try FileHandle(forWritingTo: output)
        process.standardOutput = handle
        process.standardError = handle
        let status = try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Int32, any Error>) in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
            }
        }
        try? handle.close()
        return (status, (try? String(contentsOf: output, encoding: .utf8)) ?? "")
    }

    var logs: String { nodes.map { "--- redis-\($0.port)" }.joined(separator: "\n") }

    func shutdown() async {
        await client.close()
        for node in nodes { await node.stop() }
        try? FileManager.default.removeItem(at: directory)
    }
}
