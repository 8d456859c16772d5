/// Which primary serves each hash slot, read from `CLUSTER SHARDS`.
///
/// Only primaries that report themselves healthy are routed to: during a fail-over the old
/// primary shows as failed until its replica takes over, and its slots stay unrouted meanwhile.
public struct ClusterSlotMap: Sendable, Equatable {
    /// The primaries, in the order the reply named them.
    public private(set) var primaries: [RedisNode] = []
    /// For each slot, an index into ``primaries``, or -1 when no healthy primary serves it.
    private var owners = [Int16](repeating: -1, count: HashSlot.count)

    public init() {}

    /// Reads the reply of `CLUSTER SHARDS` (Redis 7): each shard a flat map with `slots` (pairs of
    /// first and last slot) and `nodes` (each a flat map with `ip` or `endpoint`, `port`, `role`
    /// and `health`).
    public init(shards reply: RedisValue) throws(RedisError) {
        guard let shards = reply.array else { throw .unexpectedReply("CLUSTER SHARDS did not answer a list") }
        for shard in shards {
            let fields = Self.fields(shard)
            guard let ranges = fields["slots"]?.array, let nodes = fields["nodes"]?.array else {
                throw .unexpectedReply("a CLUSTER SHARDS entry has no slots or nodes")
            }
            let primary = nodes.lazy.map(Self.fields).first { node in
                node["role"]?.string == "master" && (node["health"]?.string ?? "online") == "online"
            }
            guard let primary, let node = Self.address(primary) else { continue }
            let index = Int16(primaries.count)
            primaries.append(node)
            var bounds = ranges.compactMap(\.int).makeIterator()
            while let first = bounds.next(), let last = bounds.next() {
                guard first <= last, first >= 0, last < HashSlot.count else {
                    throw .unexpectedReply("CLUSTER SHARDS names slots \(first)-\(last)")
                }
                for slot in first...last { owners[slot] = index }
            }
        }
    }

    /// The primary serving `slot`, if one does.
    public func primary(for slot: HashSlot) -> RedisNode? {
        let index = owners[Int(slot.value)]
        return index < 0 ? nil : primaries[Int(index)]
    }

    /// How many slots have a healthy primary: all 16,384 in a cluster that can serve every key.
    public var coveredSlots: Int { owners.count { $0 >= 0 } }

    /// Routes `slot` to `node` after a `MOVED`, until the next refresh confirms it.
    public mutating func move(_ slot: HashSlot, to node: RedisNode) {
        if let index = primaries.firstIndex(of: node) {
            owners[Int(slot.value)] = Int16(index)
        } else {
            owners[Int(slot.value)] = Int16(primaries.count)
            primaries.append(node)
        }
    }

    /// A flat `[name, value, name, value, …]` reply as a dictionary (RESP2's form of a map).
    private static func fields(_ value: RedisValue) -> [String: RedisValue] {
        guard let items = value.array else { return [:] }
        var fields: [String: RedisValue] = [:]
        var index = 0
        while index + 1 < items.count {
            if let name = items[index].string { fields[name] = items[index + 1] }
            index += 2
        }
        return fields
    }

    private static func address(_ node: [String: RedisValue]) -> RedisNode? {
        let host = [node["endpoint"], node["ip"]].compactMap { $0?.string }.first { !$0.isEmpty && $0 != "?" }
        guard let host, let port = node["port"]?.int ?? node["tls-port"]?.int else { return nil }
        return RedisNode(host: host, port: port)
    }
}
