import Config
import Testing

@testable import Redis
@testable import Shared

@Suite("Cluster key layout")
struct ClusterKeyTests {
    @Test("Outside a cluster there is one shard, the keys themselves, and every key reads as it always has")
    func single() {
        let keys = RedisKeys()
        #expect(keys.shards == [keys])
        #expect(keys.of(.phoneCall(TurnHarness.call)) == keys && keys.global == keys && keys.counted == [keys])
        #expect(keys.of(.phoneCall(TurnHarness.call)).session(call: TurnHarness.call).text == "loopai:session:" + TurnHarness.call.value)
        #expect(keys.shard(5).turns.text == "loopai:turns")
    }

    @Test("In a cluster the shards' slots are spread evenly over the slot space, one slot each")
    func spread() {
        let shards = RedisKeys.cluster().shards
        #expect(shards.count == RedisKeys.clusterShards)
        for (index, shard) in shards.enumerated() {
            let slot = Int(HashSlot(key: shard.turns).value)
            #expect(slot >= index * 16384 / shards.count && slot < (index + 1) * 16384 / shards.count, "shard \(index)")
            #expect(HashSlot(key: shard.outboxDue) == HashSlot(key: shard.turns))
        }
    }

    @Test("A conversation's keys and its shard's shared keys are in one slot; the gateway's reply list is not under a tag")
    func conversationSlot() {
        let keys = RedisKeys.cluster()
        let call = TurnHarness.call
        let mine = keys.of(.phoneCall(call))
        let slot = HashSlot(key: mine.session(call: call))
        for key in [mine.reply(turn: .random()), mine.callEvents(call: call), mine.turns, mine.processing(worker: "w"), mine.closingCalls, mine.outboxJobs] {
            #expect(HashSlot(key: key) == slot, "\(key)")
        }
        #expect(keys.replies(gateway: "g1").text == "loopai:replies:g1")
        #expect(keys.networkCurrent.text == "loopai:{global}:network:current")
    }
}

@Suite("REDIS_CLUSTER_NODES settings")
struct ClusterSettingsTests {
    static func settings(_ environment: [String: String]) async throws -> Settings {
        try await Settings.load(environment: environment, environmentFile: nil)
    }

    @Test("REDIS_CLUSTER_NODES makes a cluster endpoint and cluster keys; REDIS_URL then gives only the password")
    func cluster() async throws {
        let settings = try await Self.settings(["REDIS_CLUSTER_NODES": "10.0.0.1:7000,10.0.0.2:7000", "REDIS_URL": "redis://:pw@unused:6379/3"])
        let endpoint = try settings.redisEndpoint()
        #expect(endpoint.cluster?.nodes.map(\.description) == ["10.0.0.1:7000", "10.0.0.2:7000"])
        #expect(endpoint.password == "pw" && endpoint.database == 0)
        #expect(try settings.keys().isSharded)
        #expect(try await Self.settings([:]).keys() == RedisKeys())
    }

    @Test("A cluster with sentinels, or a key prefix with a brace, is refused with a message naming the setting")
    func refused() async throws {
        let both = try await Self.settings(["REDIS_CLUSTER_NODES": "10.0.0.1:7000", "REDIS_SENTINELS": "10.0.0.1:26379"])
        #expect { try both.redisEndpoint() } throws: { "\($0)".contains("REDIS_SENTINELS") }
        let braces = try await Self.settings(["REDIS_CLUSTER_NODES": "10.0.0.1:7000", "REDIS_KEY_PREFIX": "loop{ai}:"])
        #expect { try braces.keys() } throws: { "\($0)".contains("REDIS_KEY_PREFIX") }
        let bad = try await Self.settings(["REDIS_CLUSTER_NODES": "10.0.0.1"])
        #expect { try bad.redisEndpoint() } throws: { "\($0)".contains("REDIS_CLUSTER_NODES") }
    }
}
