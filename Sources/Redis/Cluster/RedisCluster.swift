/// Redis Cluster (`REDIS_CLUSTER_NODES`): keys spread over several primaries by hash slot, each
/// with its replicas. The nodes named are only where to start: the client asks any of them for
/// the slot map (`CLUSTER SHARDS`) and follows it, and `MOVED`, from then on.
public struct RedisCluster: Sendable, Equatable {
    public var nodes: [RedisNode]

    public init(nodes: [RedisNode]) {
        self.nodes = nodes
    }

    /// Parses `host:port,host:port`, saying what is wrong with a bad entry.
    public static func nodes(from text: String) throws(RedisConfigurationError) -> [RedisNode] {
        try RedisNode.list(from: text, setting: "REDIS_CLUSTER_NODES", naming: "node")
    }
}
