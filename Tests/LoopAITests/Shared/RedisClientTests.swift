import Foundation
import Logging
import Testing

@testable import Shared

/// The NIO Redis client (hiredis parsing the replies) against a real redis-server.
@Suite("Redis client", .timeLimit(.minutes(3)))
struct RedisClientTests {
    let logger = Logger(label: "test")

    @Test("Binary values survive a round trip, including NUL bytes and invalid UTF-8")
    func binarySafeRoundTrip() async throws {
        let server = try await RedisServer()
        defer { Task { await server.stop() } }
        let client = RedisClient(endpoint: server.endpoint, connections: 2, logger: logger)
        defer { Task { await client.shutdown() } }
        let value: [UInt8] = [0, 1, 2, 0xFF, 0xFE, 13, 10, 0x24, 0x2A]
        try await client.execute(RedisCommand([Array("SET".utf8), Array("k".utf8), value]))
        let read = try await client.execute(["GET", "k"])
        #expect(read.bytes == value)
    }

    @Test("A pipeline returns every reply in order, with an error reply in place")
    func pipelineKeepsOrderAndErrors() async throws {
        let server = try await RedisServer()
        defer { Task { await server.stop() } }
        let client = RedisClient(endpoint: server.endpoint, connections: 1, logger: logger)
        defer { Task { await client.shutdown() } }
        let replies = try await client.pipeline([["SET", "a", "1"], ["INCR", "a"], ["LPUSH", "a", "x"], ["GET", "a"]])
        #expect(replies[0] == .status("OK"))
        #expect(replies[1] == .integer(2))
        if case .error(let message) = replies[2] { #expect(message.contains("WRONGTYPE")) } else { Issue.record("expected an error reply") }
        #expect(replies[3].string == "2")
    }

    @Test("Concurrent requests on few connections all get their own replies")
    func concurrentRequestsAreNotMixedUp() async throws {
        let server = try await RedisServer()
        defer { Task { await server.stop() } }
        let client = RedisClient(endpoint: server.endpoint, connections: 2, logger: logger)
        defer { Task { await client.shutdown() } }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<200 {
                group.addTask {
                    let replies = try await client.pipeline([["SET", "key\(index)", "value\(index)"], ["GET", "key\(index)"]])
                    #expect(replies[1].string == "value\(index)")
                }
            }
            try await group.waitForAll()
        }
    }

    @Test("The password and database number in the URL are honoured")
    func passwordAndDatabase() async throws {
        let server = try await RedisServer(password: "s3cr3t p@ss")
        defer { Task { await server.stop() } }
        let url = "redis://:s3cr3t%20p%40ss@127.0.0.1:\(server.port)/5"
        let endpoint = try RedisEndpoint(url: url)
        let connection = try await RedisConnection.connect(to: endpoint)
        _ = try await connection.execute(["SET", "in-db-5", "yes"])
        let other = try await RedisConnection.connect(to: RedisEndpoint(address: endpoint.address, password: "s3cr3t p@ss", database: 0))
        #expect(try await other.execute(["GET", "in-db-5"]).isNull)
        #expect(try await connection.execute(["GET", "in-db-5"]).string == "yes")
        await #expect(throws: RedisError.self) { try await RedisConnection.connect(to: RedisEndpoint(address: endpoint.address, password: "wrong")) }
        await connection.close()
        await other.close()
    }

    @Test("After Redis restarts, the client reconnects on its own and the next request succeeds")
    func reconnectsAfterRestart() async throws {
        let server = try await RedisServer()
        defer { Task { await server.stop() } }
        let client = RedisClient(endpoint: server.endpoint, connections: 1, logger: logger)
        defer { Task { await client.shutdown() } }
        try await client.execute(["SET", "before", "1"])
        await server.stop()
        await #expect(throws: RedisError.self) { try await client.execute(["PING"]) }
        try await server.start()
        let recovered = await eventually(timeout: .seconds(10)) {
            (try? await client.execute(["PING"]))?.string == "PONG"
        }
        #expect(recovered)
    }

    @Test("While Redis is down, every request ends in a connection error instead of hanging")
    func failsWhileDown() async throws {
        let endpoint = RedisEndpoint(address: .tcp(host: "127.0.0.1", port: freePort()))
        let client = RedisClient(endpoint: endpoint, connections: 1, logger: logger)
        defer { Task { await client.shutdown() } }
        // Not a speed check: a request that hung would never return and the test would time out.
        for _ in 0..<20 {
            await #expect {
                try await client.execute(["PING"])
            } throws: { error in
                (error as? RedisError)?.isConnectionProblem == true
            }
        }
    }
}
