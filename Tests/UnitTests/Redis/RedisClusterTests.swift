import Testing

@testable import Redis
@testable import Shared

@Suite("Redis Cluster routing")
struct RedisClusterTests {
    @Test("CRC16 is XMODEM's: the check value of '123456789' is 0x31C3")
    func crc16() {
        #expect(HashSlot.crc16(Array("123456789".utf8)) == 0x31C3)
        #expect(HashSlot.crc16([UInt8]()) == 0)
    }

    @Test(
        "Keys land in the slots Redis Cluster gives them",
        arguments: [("foo", 12182), ("bar", 5061), ("hello", 866), ("123456789", 0x31C3 % 16384), ("", 0)])
    func slots(key: String, slot: Int) {
        #expect(Int(HashSlot(key: Array(key.utf8)).value) == slot)
    }

    @Test(
        "Only the first non-empty {…} decides the slot",
        arguments: [
            ("{user1000}.following", "user1000"), ("foo{bar}{zap}", "bar"), ("foo{}{bar}", "foo{}{bar}"), ("foo{{bar}}zap", "{bar"),
            ("foo{bar", "foo{bar"), ("loopai:{3-1}:session:CA1", "3-1"), ("plain", "plain"),
        ])
    func hashTags(key: String, tag: String) {
        #expect(String(decoding: HashSlot.hashTag(of: Array(key.utf8)), as: UTF8.self) == tag)
        #expect(HashSlot(key: Array(key.utf8)) == HashSlot(key: Array(tag.utf8)))
    }

    @Test("MOVED and ASK name the slot and the node to go to; other errors are not redirections")
    func redirections() {
        #expect(
            ClusterRedirection(error: "MOVED 3999 127.0.0.1:6381")
                == ClusterRedirection(kind: .moved, slot: HashSlot(3999)!, node: RedisNode(host: "127.0.0.1", port: 6381)))
        #expect(
            ClusterRedirection(reply: .error("ASK 12182 10.0.0.5:7002"))
                == ClusterRedirection(kind: .ask, slot: HashSlot(12182)!, node: RedisNode(host: "10.0.0.5", port: 7002)))
        #expect(ClusterRedirection(error: "MOVED 1 ::1:7000")?.node == RedisNode(host: "::1", port: 7000))
        #expect(ClusterRedirection(error: "MOVED 16384 127.0.0.1:7000") == nil, "no such slot")
        #expect(ClusterRedirection(error: "ERR unknown command") == nil)
        #expect(ClusterRedirection(error: "TRYAGAIN Multiple keys request during rehashing of slot") == nil)
        #expect(ClusterRedirection(reply: .bulk(Array("MOVED 1 a:1".utf8))) == nil, "only an error reply redirects")
    }

    /// A `CLUSTER SHARDS` reply as Redis 7 sends it over RESP2: flat maps.
    static func shard(slots: [Int], nodes: [(port: Int, role: String, health: String)]) -> RedisValue {
        func text(_ value: String) -> RedisValue { .bulk(Array(value.utf8)) }
        func node(_ port: Int, _ role: String, _ health: String) -> RedisValue {
            let fields: [RedisValue] = [
                text("id"), text("abc"), text("port"), .integer(port), text("ip"), text("127.0.0.1"), text("endpoint"), text("127.0.0.1"),
                text("role"), text(role), text("replication-offset"), .integer(42), text("health"), text(health),
            ]
            return .array(fields)
        }
        let ranges: [RedisValue] = slots.map { .integer($0) }
        let members: [RedisValue] = nodes.map { node($0.port, $0.role, $0.health) }
        return .array([text("slots"), .array(ranges), text("nodes"), .array(members)])
    }

    @Test("The slot map routes each slot to its shard's healthy primary; a shard whose primary failed is not routed until its replica takes over")
    func slotMap() throws {
        let reply = RedisValue.array([
            Self.shard(slots: [0, 5460], nodes: [(7000, "master", "online"), (7003, "replica", "online")]),
            Self.shard(slots: [5461, 10922], nodes: [(7004, "replica", "online"), (7001, "master", "online")]),
            Self.shard(slots: [10923, 12000, 12001, 16383], nodes: [(7002, "master", "fail"), (7005, "replica", "online")]),
        ])
        let map = try ClusterSlotMap(shards: reply)
        #expect(map.primary(for: HashSlot(0)!) == RedisNode(host: "127.0.0.1", port: 7000))
        #expect(map.primary(for: HashSlot(5461)!) == RedisNode(host: "127.0.0.1", port: 7001))
        #expect(map.primary(for: HashSlot(12182)!) == nil)
        #expect(map.coveredSlots == 10923)
        var promoted = map
        promoted.move(HashSlot(12182)!, to: RedisNode(host: "127.0.0.1", port: 7005))
        #expect(promoted.primary(for: HashSlot(12182)!)?.port == 7005)
        #expect(throws: RedisError.self) { try ClusterSlotMap(shards: .status("OK")) }
    }

    @Test("REDIS_CLUSTER_NODES is host:port,host:port; a bad entry is named")
    func nodes() throws {
        #expect(try RedisCluster.nodes(from: "10.0.0.1:7000, redis-2:7001") == [
            RedisNode(host: "10.0.0.1", port: 7000), RedisNode(host: "redis-2", port: 7001),
        ])
        #expect(throws: RedisConfigurationError.self) { try RedisCluster.nodes(from: "10.0.0.1") }
        #expect(throws: RedisConfigurationError.self) { try RedisCluster.nodes(from: " , ") }
    }

    @Test("A command is routed by its first key; a script by its first key too; a keyless one by none")
    func routing() {
        let key = RedisKeys(prefix: "t:{7}:").turns
        #expect(RoutedCommand(GET(key)).slot == HashSlot(key: Array("7".utf8)))
        #expect(RoutedCommand(PING()).slot == nil)
    }
}
