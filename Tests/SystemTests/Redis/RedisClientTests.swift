import Foundation
import Logging
import NIOCore
import Testing

@testable import Redis
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
        let key = RedisKeys(prefix: "t:").sessionSecret
        try await client.execute(SET(key, value))
        let read = try await client.execute(Ask("GET", key))
        #expect(read.bytes == value)
    }

    @Test("A pipeline returns every reply in order, with an error reply in place")
    func pipelineKeepsOrderAndErrors() async throws {
        let server = try await RedisServer()
        defer { Task { await server.stop() } }
        let client = RedisClient(endpoint: server.endpoint, connections: 1, logger: logger)
        defer { Task { await client.shutdown() } }
        let replies = try await client.pipeline([Ask("SET", "a", "1"), Ask("INCR", "a"), Ask("LPUSH", "a", "x"), Ask("GET", "a")])
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
                    let replies = try await client.pipeline([Ask("SET", "key\(index)", "value\(index)"), Ask("GET", "key\(index)")])
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
        _ = try await connection.execute(Ask("SET", "in-db-5", "yes"))
        let other = try await RedisConnection.connect(to: RedisEndpoint(address: endpoint.address, password: "s3cr3t p@ss", database: 0))
        #expect(try await other.execute(Ask("GET", "in-db-5")).isNull)
        #expect(try await connection.execute(Ask("GET", "in-db-5")).string == "yes")
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
        try await client.execute(Ask("SET", "before", "1"))
        await server.stop()
        await #expect(throws: RedisError.self) { try await client.execute(Ask("PING")) }
        try await server.start()
        let recovered = await eventually(timeout: .seconds(10)) {
            (try? await client.execute(Ask("PING")))?.string == "PONG"
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
                try await client.execute(Ask("PING"))
            } throws: { error in
                (error as? RedisError)?.isConnectionProblem == true
            }
        }
    }

    @Test("Requests sent at the same moment share writes: 1,000 commands from 100 tasks reach Redis in far fewer reads")
    func pipelinesWithinATick() async throws {
        let server = try await RedisServer()
        defer { Task { await server.stop() } }
        let connection = try await RedisConnection.connect(to: server.endpoint)
        let readsBefore = try await Self.netInputReads(connection)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for task in 0..<100 {
                group.addTask {
                    for step in 0..<10 { _ = try await connection.execute(Ask("SET", "k\(task)", "\(step)")) }
                }
            }
            try await group.waitForAll()
        }
        let reads = try await Self.netInputReads(connection) - readsBefore
        // One read per command if nothing were shared; concurrent commands travel together.
        #expect(reads < 1_000, "\(reads) reads for 1,000 commands")
        #expect(try await connection.execute(Ask("GET", "k99")).string == "9")
        await connection.close()
    }

    @Test("A server that stops answering fails the waiting command within the command timeout, and the client recovers")
    func commandTimeout() async throws {
        let server = try await RedisServer()
        defer { Task { await server.stop() } }
        let client = RedisClient(endpoint: server.endpoint, connections: 1, commandTimeout: .milliseconds(300), logger: logger)
        defer { Task { await client.shutdown() } }
        try await client.execute(Ask("PING"))
        server.signal(SIGSTOP)
        let started = ContinuousClock.now
        await #expect(throws: RedisError.self) { try await client.execute(Ask("PING")) }
        #expect(ContinuousClock.now - started < .seconds(5))
        server.signal(SIGCONT)
        let recovered = await eventually(timeout: .seconds(10)) { (try? await client.execute(Ask("PING")))?.string == "PONG" }
        #expect(recovered)
    }

    @Test("Cancelling a task that waits on a blocking command returns at once, and the connection stays usable")
    func cancellation() async throws {
        let server = try await RedisServer()
        defer { Task { await server.stop() } }
        let connection = try await RedisConnection.connect(to: server.endpoint, commandTimeout: .seconds(30))
        let waiting = Task { try await connection.execute(BLMOVE(RedisKeys(prefix: "t:").turns, RedisKeys(prefix: "t:").processing(worker: "w"), from: .right, to: .left, timeout: "6")) }
        try await Task.sleep(for: .milliseconds(100))
        let started = ContinuousClock.now
        waiting.cancel()
        await #expect(throws: RedisError.cancelled) { try await waiting.value }
        // Well before the command's own 6 s: cancelled, not waited out (a loaded machine may take a while).
        #expect(ContinuousClock.now - started < .seconds(3))
        // The cancelled command's reply is still read in its turn, so the next one gets its own.
        #expect(try await connection.execute(Ask("ECHO", "after")).string == "after")
        await connection.close()
    }

    @Test("Pub/sub messages arrive on the connection's pushes, and the stream ends when the connection closes")
    func pushes() async throws {
        let server = try await RedisServer()
        defer { Task { await server.stop() } }
        let subscriber = try await RedisConnection.connect(to: server.endpoint)
        _ = try await subscriber.execute(Ask("SUBSCRIBE", "news"))
        _ = try await server.execute(Ask("PUBLISH", "news", "hello"))
        var iterator = subscriber.pushes.makeAsyncIterator()
        let message = await iterator.next()
        #expect(message?.array?.last?.string == "hello")
        await subscriber.close()
        #expect(await iterator.next() == nil)
    }

    @Test("Commands are written in RESP with exact lengths, whatever their size")
    func respEncoding() throws {
        for size in [0, 1, 9, 10, 99, 100, 12_345] {
            var buffer = ByteBuffer()
            RESPCommand([Array("SET".utf8), Array(repeating: UInt8(ascii: "x"), count: size)]).encode(into: &buffer)
            let expected = "*2\r\n$3\r\nSET\r\n$\(size)\r\n" + String(repeating: "x", count: size) + "\r\n"
            #expect(String(buffer: buffer) == expected)
        }
    }

    static func stat(_ name: String, in info: String) -> Int {
        info.split(whereSeparator: \.isNewline).first { $0.hasPrefix(name + ":") }.flatMap { Int($0.split(separator: ":")[1]) } ?? 0
    }

    static func netInputReads(_ connection: RedisConnection) async throws -> Int {
        stat("total_reads_processed", in: try await connection.execute(Ask("INFO", "stats")).string ?? "")
    }
}
