import Logging
import Synchronization

/// Redis Sentinel: where the current primary is, asked of the sentinels (`REDIS_SENTINELS`,
/// `REDIS_SENTINEL_MASTER`), so gateways and brains follow a fail-over without a restart.
///
/// Connections ask on every (re)connect, check that the server they reached is the primary
/// (`ROLE`), and reconnect when a sentinel announces `+switch-master` (``SentinelWatcher``
/// bumps ``generation``) or when a write meets `READONLY`.
public struct RedisSentinel: Sendable, Equatable {
    /// One sentinel's address.
    public typealias Node = RedisNode

    public var nodes: [Node]
    /// The name the sentinels monitor the primary under.
    public var master: String
    public var password: String?

    public init(nodes: [Node], master: String, password: String? = nil) {
        self.nodes = nodes
        self.master = master
        self.password = password
    }

    /// Parses `host:port,host:port`, saying what is wrong with a bad entry.
    public static func nodes(from text: String) throws(RedisConfigurationError) -> [Node] {
        try RedisNode.list(from: text, setting: "REDIS_SENTINELS", naming: "sentinel")
    }

    /// Bumped whenever a sentinel announces a new primary; connections made before reconnect.
    public static let generation = Atomic<Int>(0)

    /// The primary's address, from the first sentinel that knows it.
    func primary(connectTimeout: Duration) async throws(RedisError) -> RedisEndpoint.Address {
        var problems: [String] = []
        for node in nodes {
            do {
                let connection = try await RedisConnection.connect(
                    to: endpoint(of: node), connectTimeout: connectTimeout, commandTimeout: connectTimeout)
                let reply = try await connection.execute(SENTINELGetMasterAddress(master: master))
                await connection.close()
                guard let pair = reply, pair.count == 2, let port = Int(pair[1]) else {
                    problems.append("\(node): does not know '\(master)'")
                    continue
                }
                return .tcp(host: pair[0], port: port)
            } catch {
                problems.append("\(node): \(error)")
            }
        }
        throw .connection("no sentinel named the primary '\(master)' (\(problems.joined(separator: "; ")))")
    }

    /// How to reach one sentinel.
    func endpoint(of node: Node) -> RedisEndpoint {
        RedisEndpoint(address: .tcp(host: node.host, port: node.port), password: password)
    }
}
