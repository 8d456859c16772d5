/// `CLUSTER SHARDS`: the cluster's slot ranges and the nodes serving each (``ClusterSlotMap``).
public struct CLUSTERSHARDS: RedisCommandType {
    public static let name = "CLUSTER SHARDS"

    public init() {}

    public func encode(into encoder: inout RedisCommandEncoder) {
        encoder.encode("CLUSTER")
        encoder.encode("SHARDS")
    }
}

/// `ASKING`: the next command on this connection may touch a slot the node is importing (after an
/// `ASK` redirection).
public struct ASKING: RedisCommandType {
    public typealias Response = String
    public static let name = "ASKING"

    public init() {}

    public func encode(into encoder: inout RedisCommandEncoder) {
        encoder.encode(Self.name)
    }
}
