/// Redis Cluster (`REDIS_CLUSTER_NODES`): keys spread over several primaries by hash slot, each
/// with its replicas. The nodes named are only where to start: the client asks any of them for
/// the slot map (`CLUSTER SHARDS`) and follows it, and `MOVED`, from then on.
public struct RedisCluster: Sendable, Equatable {
    public var nodes: [RedisClusterNode]

    public init(nodes: [RedisClusterNode]) {
        self.nodes = nodes
    }

    /// Parses `host:port,host:port`, saying what is wrong with a bad entry.
    public static func nodes(from text: String) throws(RedisConfigurationError) -> [RedisClusterNode] {
        var nodes: [RedisClusterNode] = []
        for entry in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !entry.isEmpty {
            guard let node = RedisClusterNode(parsing: entry) else {
                throw RedisConfigurationError("REDIS_CLUSTER_NODES entry '\(entry)' is not host:port")
            }
            nodes.append(node)
        }
        guard !nodes.isEmpty else { throw RedisConfigurationError("REDIS_CLUSTER_NODES names no node; expected host:port,host:port") }
        return nodes
    }
}

/// One cluster node's address.
public struct RedisClusterNode: Sendable, Hashable, CustomStringConvertible {
    public var host: String
    public var port: Int

    public init(host: String, port: Int) {
        self.host = host
        self.port = port
    }

    /// `host:port`; the port is after the last colon, so an IPv6 host keeps its own.
    public init?(parsing text: String) {
        guard let colon = text.lastIndex(of: ":"), colon != text.startIndex,
            let port = Int(text[text.index(after: colon)...]), (1...65535).contains(port)
        else { return nil }
        self.init(host: String(text[..<colon]), port: port)
    }

    public var description: String { "\(host):\(port)" }
}
