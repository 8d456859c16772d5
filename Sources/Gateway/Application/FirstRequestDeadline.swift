import HummingbirdCore
import Logging
import NIOCore

/// Closes a connection whose first request's headers are not in within `header` of it opening.
///
/// ``ReadDeadlines`` guards every request once HTTP is decoded, but on a server that can upgrade
/// to a WebSocket the HTTP handlers are only added after the first request's head has arrived,
/// so this one watches the raw bytes until then and steps aside.
final class FirstRequestDeadline: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer

    let header: TimeAmount
    private var deadline: Scheduled<Void>?
    /// The last bytes seen, so a `\r\n\r\n` split across reads is still found.
    private var tail: [UInt8] = []

    init(header: TimeAmount) {
        self.header = header
    }

    func handlerAdded(context: ChannelHandlerContext) {
        if context.channel.isActive { arm(context: context) }
    }

    func channelActive(context: ChannelHandlerContext) {
        if deadline == nil { arm(context: context) }
        context.fireChannelActive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let buffer = unwrapInboundIn(data)
        let bytes = tail + buffer.readableBytesView
        let complete = bytes.count >= 4 && (0...(bytes.count - 4)).contains { bytes[$0] == 13 && bytes[$0 + 1] == 10 && bytes[$0 + 2] == 13 && bytes[$0 + 3] == 10 }
        tail = Array(bytes.suffix(3))
        context.fireChannelRead(data)
        if complete {
            disarm()
            context.pipeline.syncOperations.removeHandler(context: context, promise: nil)
        }
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        disarm()
    }

    private func arm(context: ChannelHandlerContext) {
        let loop = context.eventLoop.assumeIsolated()
        deadline = loop.scheduleTask(in: header) { context.close(promise: nil) }
    }

    private func disarm() {
        deadline?.cancel()
        deadline = nil
    }
}

/// A server channel with ``FirstRequestDeadline`` in front of `inner`'s handlers.
struct FirstRequestDeadlineChannel<Inner: ServerChildChannel>: ServerChildChannel {
    let inner: Inner
    let header: TimeAmount

    func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<Inner.Value> {
        do {
            try channel.pipeline.syncOperations.addHandler(FirstRequestDeadline(header: header))
        } catch {
            return channel.eventLoop.makeFailedFuture(error)
        }
        return inner.setup(channel: channel, logger: logger)
    }

    func handle(value: Inner.Value, logger: Logger) async {
        await inner.handle(value: value, logger: logger)
    }
}
