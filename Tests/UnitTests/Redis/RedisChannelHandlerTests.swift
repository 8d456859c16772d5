import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOEmbedded
import Testing

@testable import Redis

/// The RESP channel handler on NIO's `EmbeddedChannel`: bytes out, bytes in, no server.
@Suite("Redis channel handler")
struct RedisChannelHandlerTests {
    final class Pushes: Sendable {
        let box = NIOLockedValueBox<(values: [RedisValue], closed: Bool)>(([], false))
        var values: [RedisValue] { box.withLockedValue { $0.values } }
        var closed: Bool { box.withLockedValue { $0.closed } }
    }

    func channel(timeout: TimeAmount = .seconds(1), pushes: Pushes = Pushes()) throws -> EmbeddedChannel {
        let handler = try RedisChannelHandler(commandTimeout: timeout, onPush: { value in pushes.box.withLockedValue { $0.values.append(value) } }, onClose: { pushes.box.withLockedValue { $0.closed = true } })
        let channel = EmbeddedChannel()
        try channel.pipeline.syncOperations.addHandler(handler)
        try channel.connect(to: SocketAddress(ipAddress: "127.0.0.1", port: 6379)).wait()
        return channel
    }

    func send(_ commands: [RESPCommand], on channel: EmbeddedChannel) -> EventLoopFuture<[RedisValue]> {
        let promise = channel.eventLoop.makePromise(of: [RedisValue].self)
        channel.writeAndFlush(RedisRequest(commands: commands, promise: promise), promise: nil)
        return promise.futureResult
    }

    /// The future's result if it has one now; an embedded loop's futures never complete later by themselves.
    func outcome(_ future: EventLoopFuture<[RedisValue]>) -> Result<[RedisValue], any Error>? {
        let outcome = NIOLockedValueBox<Result<[RedisValue], any Error>?>(nil)
        future.whenComplete { result in outcome.withLockedValue { $0 = result } }
        return outcome.withLockedValue { $0 }
    }

    func replies(_ future: EventLoopFuture<[RedisValue]>) -> [RedisValue]? {
        if case .success(let values) = outcome(future) { return values }
        return nil
    }

    func failed(_ future: EventLoopFuture<[RedisValue]>) -> Bool {
        if case .failure(let error) = outcome(future) { return error is RedisError }
        return false
    }

    func written(_ channel: EmbeddedChannel) throws -> String {
        channel.embeddedEventLoop.run()
        var text = ""
        while var buffer = try channel.readOutbound(as: ByteBuffer.self) { text += buffer.readString(length: buffer.readableBytes) ?? "" }
        return text
    }

    @Test("Commands written in one tick leave in one write, in RESP, binary-safe")
    func encodesAndCoalesces() throws {
        let channel = try channel()
        _ = send([["SET", "k", "v\r\n"]], on: channel)
        _ = send([["GET", "k"]], on: channel)
        #expect(try written(channel) == "*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$3\r\nv\r\n\r\n*2\r\n$3\r\nGET\r\n$1\r\nk\r\n")
    }

    @Test("Replies reach their requests in order, a pipeline's replies together, errors in place")
    func repliesInOrder() throws {
        let channel = try channel()
        let first = send([["PING"]], on: channel)
        let second = send([["GET", "a"], ["INCR", "b"], ["GET", "c"]], on: channel)
        _ = try written(channel)
        // Split mid-reply: the reader must wait for the rest.
        try channel.writeInbound(ByteBuffer(string: "+PONG\r\n$2\r\nh"))
        try channel.writeInbound(ByteBuffer(string: "i\r\n-ERR not an integer\r\n$-1\r\n"))
        #expect(replies(first) == [.status("PONG")])
        #expect(replies(second) == [.bulk(Array("hi".utf8)), .error("ERR not an integer"), .null])
    }

    @Test("A reply nobody asked for is a push, not someone else's answer")
    func pushes() throws {
        let pushes = Pushes()
        let channel = try channel(pushes: pushes)
        try channel.writeInbound(ByteBuffer(string: "*3\r\n$7\r\nmessage\r\n$1\r\nc\r\n$1\r\nx\r\n"))
        #expect(pushes.values == [.array([.bulk(Array("message".utf8)), .bulk(Array("c".utf8)), .bulk(Array("x".utf8))])])
    }

    @Test("No reply within the command timeout: every waiting request fails and the channel closes")
    func timesOut() throws {
        let pushes = Pushes()
        let channel = try channel(timeout: .milliseconds(100), pushes: pushes)
        let waiting = send([["BLPOP", "q", "0"]], on: channel)
        _ = try written(channel)
        // Deadlines are read from the real clock, the timer from the loop's: both must pass.
        usleep(150_000)
        channel.embeddedEventLoop.advanceTime(to: .now())
        #expect(failed(waiting))
        #expect(!channel.isActive && pushes.closed)
    }

    @Test("A malformed reply fails the connection instead of answering wrongly")
    func protocolError() throws {
        let channel = try channel()
        let waiting = send([["PING"]], on: channel)
        _ = try written(channel)
        try? channel.writeInbound(ByteBuffer(string: "?garbage\r\n"))
        #expect(failed(waiting))
        #expect(!channel.isActive)
    }
}
