import NIOCore

/// Commands written to a Redis channel together, answered together.
struct RedisRequest {
    let commands: [RESPCommand]
    let promise: EventLoopPromise<[RedisValue]>
}

/// Speaks RESP on one Redis channel: encodes requests, parses replies with hiredis's reader and
/// hands each reply to the request that waits for it, in order.
///
/// Everything written during one event-loop tick goes out in one socket write (automatic
/// pipelining): the first flush of a tick schedules the real flush for the end of the tick.
/// Replies that answer no request (pub/sub messages after `SUBSCRIBE`) go to `onPush`.
/// If the oldest request waits longer than the command timeout the connection is closed and
/// every waiting request fails, so a dead server is never waited on forever.
final class RedisChannelHandler: ChannelDuplexHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundIn = RedisRequest
    typealias OutboundOut = ByteBuffer

    private struct Waiting {
        let promise: EventLoopPromise<[RedisValue]>
        let expected: Int
        var replies: [RedisValue]
        let deadline: NIODeadline
    }

    private let reader: RedisReplyReader
    private let commandTimeout: TimeAmount
    private let onPush: (RedisValue) -> Void
    private let onClose: () -> Void
    private var waiting = CircularBuffer<Waiting>(initialCapacity: 16)
    private var outgoing: ByteBuffer?
    private var flushScheduled = false
    private var timeoutArmed = false
    private var failure: RedisError?

    init(commandTimeout: TimeAmount, onPush: @escaping (RedisValue) -> Void, onClose: @escaping () -> Void) throws(RedisError) {
        self.reader = try RedisReplyReader()
        self.commandTimeout = commandTimeout
        self.onPush = onPush
        self.onClose = onClose
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        let request = unwrapOutboundIn(data)
        if let failure {
            request.promise.fail(failure)
            promise?.fail(failure)
            return
        }
        var buffer = outgoing ?? context.channel.allocator.buffer(capacity: 256)
        for command in request.commands { command.encode(into: &buffer) }
        outgoing = buffer
        waiting.append(
            Waiting(promise: request.promise, expected: request.commands.count, replies: [], deadline: .now() + commandTimeout))
        armTimeout(context: context)
        promise?.succeed()
    }

    func flush(context: ChannelHandlerContext) {
        guard !flushScheduled else { return }
        flushScheduled = true
        // Runs after the other writes already queued on this loop, so they share one syscall.
        context.eventLoop.assumeIsolated().execute {
            self.flushScheduled = false
            guard let buffer = self.outgoing else { return }
            self.outgoing = nil
            context.writeAndFlush(self.wrapOutboundOut(buffer), promise: nil)
        }
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let buffer = unwrapInboundIn(data)
        do {
            try buffer.withUnsafeReadableBytes { bytes throws(RedisError) in try reader.feed(bytes) }
            while let reply = try reader.next() { deliver(reply) }
        } catch {
            fail(error, context: context)
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        failAll(failure ?? .connection("the server closed the connection"))
        onClose()
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        fail(.connection("\(error)"), context: context)
    }

    private func deliver(_ reply: RedisValue) {
        guard !waiting.isEmpty else {
            onPush(reply)
            return
        }
        waiting[waiting.startIndex].replies.append(reply)
        if waiting[waiting.startIndex].replies.count == waiting[waiting.startIndex].expected {
            let done = waiting.removeFirst()
            done.promise.succeed(done.replies)
        }
    }

    private func fail(_ error: RedisError, context: ChannelHandlerContext) {
        guard failure == nil else { return }
        failAll(error)
        context.close(promise: nil)
    }

    private func failAll(_ error: RedisError) {
        failure = failure ?? error
        outgoing = nil
        while let next = waiting.popFirst() { next.promise.fail(error) }
    }

    /// One timer at a time, set for the oldest request's deadline.
    private func armTimeout(context: ChannelHandlerContext) {
        guard !timeoutArmed, let oldest = waiting.first else { return }
        timeoutArmed = true
        context.eventLoop.assumeIsolated().scheduleTask(deadline: oldest.deadline) {
            self.timeoutArmed = false
            guard let oldest = self.waiting.first else { return }
            if oldest.deadline <= .now() {
                self.fail(.connection("no reply within \(self.commandTimeout.nanoseconds / 1_000_000) ms"), context: context)
            } else {
                self.armTimeout(context: context)
            }
        }
    }
}
