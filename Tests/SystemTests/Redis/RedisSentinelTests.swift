import Config
import Foundation
import Logging
import Testing

@testable import Redis
@testable import Shared

/// Finding and following the primary through real `redis-sentinel`s.
@Suite("Redis Sentinel", .serialized, .timeLimit(.minutes(2)))
struct RedisSentinelTests {
    @Test("The primary is found through the sentinels, and writes follow a fail-over without a restart")
    func followsAFailOver() async throws {
        let cluster = try await SentinelCluster()
        do {
            var endpoint = RedisEndpoint(address: .tcp(host: "127.0.0.1", port: 1))
            endpoint.sentinel = RedisSentinel(nodes: cluster.sentinelPorts.map { .init(host: "127.0.0.1", port: $0) }, master: SentinelCluster.master)
            let connection = ReconnectingRedisConnection(endpoint: endpoint, logger: Logger(label: "test"))
            let key = RedisKeys(prefix: "loopai:test:").sessionSecret
            #expect(try await connection.execute(SET(key, "one", expiry: .milliseconds(60_000))) == "OK")
            #expect(try await cluster.primary.execute(GET(key))?.string == "one")
            // A fail-over turns the old primary into a replica: the next write meets READONLY there
            // and goes to the new primary instead of failing.
            _ = try await SentinelCluster.ask(port: cluster.sentinelPorts[0], Ask("SENTINEL", "FAILOVER", SentinelCluster.master))
            let switched = await eventually(timeout: .seconds(20), interval: .milliseconds(100)) {
                guard await cluster.currentPrimaryPort() == cluster.replica.port else { return false }
                return (try? await cluster.primary.execute(Ask("ROLE")).array?.first?.string) == "slave"
            }
            #expect(switched, "\(cluster.logs)")
            #expect(try await connection.execute(SET(key, "two", expiry: .milliseconds(60_000))) == "OK")
            #expect(try await cluster.replica.execute(GET(key))?.string == "two")
            await connection.close()
        } catch {
            Issue.record("\(error)\n\(cluster.logs)")
        }
        await cluster.shutdown()
    }

    @Test("REDIS_SENTINELS is read as host:port pairs, and a bad entry is refused with its text")
    func parsesNodes() throws {
        #expect(
            try RedisSentinel.nodes(from: "10.0.0.1:26379, sentinel-2:26380") == [.init(host: "10.0.0.1", port: 26379), .init(host: "sentinel-2", port: 26380)])
        #expect(throws: RedisConfigurationError.self) { try RedisSentinel.nodes(from: "10.0.0.1") }
        #expect(throws: RedisConfigurationError.self) { try RedisSentinel.nodes(from: "host:99999") }
    }
}
