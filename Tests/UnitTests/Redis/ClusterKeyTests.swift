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
