import Testing

@testable import Redis
import Shared

/// Typed commands: the words they put on the wire, what their replies decode to, and which may be resent.
@Suite("Redis commands")
struct RedisCommandTests {
    /// Tests make keys as the product does, through ``RedisKeys``.
    static let keys = RedisKeys(prefix: "t:")
    var keys: RedisKeys { Self.keys }

    func words(_ command: some RedisCommandType) -> [String] {
        RESPCommand(command).arguments.map { String(decoding: $0, as: UTF8.self) }
    }

    @Test("Each command spells its name and arguments in Redis's order")
    func encoding() {
        #expect(words(SET(keys.sessionSecret, "v", expiry: .seconds(60), onlyIfAbsent: true)) == ["SET", "t:session-secret", "v", "NX", "EX", "60"])
        #expect(words(SET(keys.sessionSecret, [UInt8]([0, 255]), expiry: .milliseconds(1500))).count == 5)
        #expect(words(ZADD(keys.workers, .onlyGreater, score: 42, member: "m")) == ["ZADD", "t:workers", "GT", "42", "m"])
        #expect(words(ZUNIONSTORE(keys.summaryScratch("s"), keys: [keys.callDayPlaces("a"), keys.callDayPlaces("b")], weights: [-1, -1]))
            == ["ZUNIONSTORE", "t:calls:summary-scratch:s", "2", "t:calls:day:a:places", "t:calls:day:b:places", "WEIGHTS", "-1", "-1"])
        #expect(words(BLMPOP(keys.replies(gateway: "g"), from: .left, count: 8, timeout: "0.5")) == ["BLMPOP", "0.5", "1", "t:replies:g", "LEFT", "COUNT", "8"])
        #expect(words(XADD(keys.voicemails, maximumLength: 10, fields: [("f", Array("v".utf8))])) == ["XADD", "t:voicemails", "MAXLEN", "~", "10", "*", "f", "v"])
        #expect(words(AUTH(username: nil, password: "p")) == ["AUTH", "p"])
    }

    @Test("Blocking pops and appends that would repeat an item are never resent; reads and sets are")
    func resendFlags() {
        #expect(BLMOVE(keys.turns, keys.processing(worker: "w"), from: .right, to: .left, timeout: "1").isBlocking)
        #expect(!BLMPOP(keys.turns, from: .left, count: 1, timeout: "1").isSafeToResend)
        #expect(!RPUSH(keys.turns, "e").isSafeToResend && !XADD(keys.voicemails, fields: []).isSafeToResend && !SUBSCRIBE("c").isSafeToResend)
        #expect(GET(keys.sessionSecret).isSafeToResend && SET(keys.sessionSecret, "v").isSafeToResend && LPUSH(keys.turns, "t").isSafeToResend && ZADD(keys.workers, score: 1, member: "m").isSafeToResend)
    }

    @Test("Replies decode to each command's type; nulls are nil; error replies throw whatever the type")
    func decoding() throws {
        #expect(try GET.Response(reply: .null) == nil)
        #expect(try GET.Response(reply: .bulk([1, 2]))?.bytes == [1, 2])
        #expect(try HMGET.Response(reply: .array([.bulk(Array("7".utf8)), .null])).map { $0?.int } == [7, nil])
        let popped = try #require(try BLMPOP.Response(reply: .array([.bulk(Array("q".utf8)), .array([.bulk([9])])])))
        #expect(popped.key == "q" && popped.items.map(\.bytes) == [[9]])
        let fields = try RedisFieldValues(reply: .array([.bulk(Array("a".utf8)), .bulk(Array("1".utf8))]))
        #expect(fields["a"]?.int == 1 && fields["b"] == nil)
        #expect(throws: RedisError.server("WRONGTYPE")) { try Int(reply: .error("WRONGTYPE")) }
        #expect(throws: RedisError.self) { try Int(reply: .bulk(Array("x".utf8))) }
    }

    struct Sample: RedisScriptCall {
        typealias Response = Int
        static let script = RedisScript(keys: ["counter"], arguments: ["by", "ttl"], body: "return redis.call('INCRBY', key.counter, arg.by)")
        func encode(into encoder: inout RedisScriptEncoder) {
            encoder.key("counter", RedisCommandTests.keys.workers)
            encoder.argument("by", 2)
            encoder.argument("ttl", 60)
        }
    }

    @Test("A script names its keys and arguments; a call sends them in that order, by digest or with the source")
    func scripts() {
        #expect(Sample.script.source.hasPrefix("local key = {counter = KEYS[1]}\nlocal arg = {by = ARGV[1], ttl = ARGV[2]}\n"))
        #expect(Sample.script.sha1.count == 40)
        #expect(words(Sample().command()) == ["EVALSHA", Sample.script.sha1, "1", "t:workers", "2", "60"])
        #expect(words(Sample().command(withSource: true)).first == "EVAL")
        #expect(Sample().command().isSafeToResend)
    }
}
