import Redis
import Testing

@testable import Gateway
@testable import Shared

/// Keys are what deployed data is found under: their spelling never changes with the code.
@Suite("Redis keys")
struct RedisKeysTests {
    @Test("The SMS allowance's counters keep the keys deployed data is under")
    func textQuotaKeys() {
        let keys = RedisKeys()
        #expect(keys.textQuota(.number(hash: "abc"), day: "2026-11-26").text == "loopai:sms-quota:abc:2026-11-26")
        #expect(keys.textQuota(.range(hash: "def"), day: "2026-11-26").text == "loopai:sms-quota:range-def:2026-11-26")
        #expect(keys.textQuota(.hour(5), day: "2026-11-26").text == "loopai:sms-quota:all:2026-11-26T5")
        #expect(keys.textQuota(.day, day: "2026-11-26").text == "loopai:sms-quota:all:2026-11-26")
    }

    @Test("Queues, sessions, records and the console's keys keep the text deployed data is under")
    func keyText() throws {
        let keys = RedisKeys()
        let call = try #require(CallSid("CA" + String(repeating: "ab", count: 16)))
        let pinned: [(RedisKey, String)] = [
            (keys.turns, "loopai:turns"),
            (keys.processing(worker: "br-1"), "loopai:processing:br-1"),
            (keys.workers, "loopai:workers"),
            (keys.heartbeat(worker: "br-1"), "loopai:worker:br-1"),
            (keys.session(call: call), "loopai:session:" + call.value),
            (keys.session(.phoneCall(call)), "loopai:session:" + call.value),
            (keys.session(.textThread(call)), "loopai:session:sms:" + call.value),
            (keys.relaySocket(call: call), "loopai:relay-socket:" + call.value),
            (keys.replies(gateway: "gw-1"), "loopai:replies:gw-1"),
            (keys.webhook(call: call, key: "idem"), "loopai:webhook:" + call.value + ":idem"),
            (keys.callEvents(call: call), "loopai:call-events:" + call.value),
            (keys.stats(minute: 29_000_000), "loopai:stats:29000000"),
            (keys.networkCSV(version: 7), "loopai:network:csv:7"),
            (keys.callDayNotFound("2026-11-26"), "loopai:calls:day:2026-11-26:not-found"),
            (keys.summaryKeys(.web, day: "2026-11-26").places, "loopai:web:day:2026-11-26:places"),
            (keys.summaryScratch("x:0"), "loopai:calls:summary-scratch:x:0"),
            (keys.outboxDue, "loopai:outbox:due"),
            (keys.smsOptOuts, "loopai:sms-opt-outs"),
            (keys.callbackIndex, "loopai:callbacks"),
            (keys.callbackNone, "loopai:callbacks:none"),
            (keys.callsByCaller("h"), "loopai:calls:by-caller:h"),
            (keys.alertIncidents, "loopai:alerts:incidents"),
            (keys.dailyReportClaim("2026-11-26"), "loopai:alerts:report:made:2026-11-26"),
            (RedisKeys(prefix: "other:").turns, "other:turns"),
        ]
        for (key, text) in pinned {
            #expect(key.text == text)
            #expect(key.redisBytes == Array(text.utf8), "the wire carries the key's text unchanged")
        }
    }
}
