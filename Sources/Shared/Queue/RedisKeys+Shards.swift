import Redis

/// Redis Cluster's key layout (`REDIS_CLUSTER_NODES`).
///
/// A Lua script runs on one node, and every key it names must hash to one slot. A turn's commit
/// names its conversation's keys (session, reply, call events) and the shared lists it adds to
/// (the turn queue's processing list, the outbox, the statistics, the tallies), so in a cluster
/// those shared keys are split into ``shardCount`` shards, each under a hash tag of its own, and
/// a conversation's keys live under its shard's tag: a conversation is one shard, and its commit
/// one script on one node. The tags are chosen so the shards' slots are spread evenly over the
/// slot space, and so over the primaries. Keys no script shares with a conversation's stay under
/// one tag of their own (`{global}`), where the scripts that use several of them still run.
///
/// Outside a cluster there is one shard, these keys themselves, and every key reads exactly as it
/// always has.
extension RedisKeys {
    struct Sharding: Sendable, Equatable {
        let count: Int
        /// This shard's index; nil for the global keys.
        let index: Int?
    }

    /// How many shards the queue, the outbox and the tallies are split into in cluster mode:
    /// enough to spread over several primaries, few enough that each brain can wait on each.
    public static let clusterShards = 16

    /// The tag of the keys that belong to no conversation in cluster mode.
    static let globalTag = "global"

    /// Cluster mode's global keys (``RedisKeys/shards`` are the conversations' shards).
    public static func cluster(prefix: String = "loopai:", shards: Int = clusterShards) -> RedisKeys {
        RedisKeys(deploymentPrefix: prefix, tag: globalTag, sharding: Sharding(count: max(1, shards), index: nil))
    }

    /// True in cluster mode.
    public var isSharded: Bool { sharding != nil }

    /// Every shard's keys: the turn queues a brain waits on, the outboxes its senders serve, the
    /// tallies a summary adds up. Outside a cluster, these keys alone.
    public var shards: [RedisKeys] {
        guard let sharding else { return [self] }
        return (0..<sharding.count).map(shard)
    }

    /// Every set of keys counters are kept under, to be added up when read: the shards (turns
    /// commit their statistics and tallies there) and, in cluster mode, the global keys (what
    /// gateways and senders count). Outside a cluster, these keys alone.
    public var counted: [RedisKeys] {
        isSharded ? shards + [global] : [self]
    }

    /// The keys of shard `index` (wrapping around); these keys outside a cluster.
    public func shard(_ index: Int) -> RedisKeys {
        guard let sharding else { return self }
        let wrapped = abs(index % sharding.count)
        return RedisKeys(
            deploymentPrefix: deploymentPrefix, tag: Self.tag(shard: wrapped, of: sharding.count),
            sharding: Sharding(count: sharding.count, index: wrapped))
    }

    /// The keys of a conversation's shard: its session, its replies, its events, and the queue,
    /// outbox and tallies its turns commit to.
    public func of(_ conversation: ConversationID) -> RedisKeys {
        of(record: conversation.recordSid)
    }

    /// The keys of the shard of the conversation filed under `record` (``ConversationID/recordSid``).
    public func of(record: CallSid) -> RedisKeys {
        guard let sharding else { return self }
        return shard(Int(HashSlot.crc16(record.value.utf8)) % sharding.count)
    }

    /// The keys no conversation owns, whichever shard these are.
    public var global: RedisKeys {
        guard let sharding else { return self }
        return RedisKeys(deploymentPrefix: deploymentPrefix, tag: Self.globalTag, sharding: Sharding(count: sharding.count, index: nil))
    }

    /// A tag whose slot lies in the `index`-th of `count` equal parts of the slot space: the
    /// first of `0-0`, `0-1`, … that does (about `count` tries, made once per shard).
    static func tag(shard index: Int, of count: Int) -> String {
        if count == clusterShards, index < standardTags.count { return standardTags[index] }
        return searchTag(shard: index, of: count)
    }

    private static let standardTags = (0..<clusterShards).map { searchTag(shard: $0, of: clusterShards) }

    private static func searchTag(shard index: Int, of count: Int) -> String {
        let low = index * HashSlot.count / count, high = (index + 1) * HashSlot.count / count
        var attempt = 0
        while true {
            let tag = "\(index)-\(attempt)"
            let slot = Int(HashSlot(key: tag.utf8).value)
            if slot >= low && slot < high { return tag }
            attempt += 1
        }
    }
}
