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
        var logger = logger
        logger.handler = ConnectionEndLogHandler(inner: logger.handler)
        await inner.handle(value: value, logger: logger)
    }
}

/// The upgrade channel logs an error whenever a connection ends before its first request is in:
/// every idle connection this deadline closes, every client that leaves. Neither is an error of
/// ours, and anyone could fill the log with them, so they are notices.
struct ConnectionEndLogHandler: LogHandler {
    var inner: any LogHandler

    static let upgradeError = "Error handling upgrade result"

    var logLevel: Logger.Level {
        get { inner.logLevel }
        set { inner.logLevel = newValue }
    }

    var metadata: Logger.Metadata {
        get { inner.metadata }
        set { inner.metadata = newValue }
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { inner[metadataKey: key] }
        set { inner[metadataKey: key] = newValue }
    }

    func log(event: LogEvent) {
        guard event.level == .error, "\(event.message)" == Self.upgradeError else { return inner.log(event: event) }
        guard inner.logLevel <= .notice else { return }
        var event = event
        event.level = .notice
        event.message = "A connection ended before its first request was in (idle past HEADER_TIMEOUT_SECONDS, or the client left)"
        inner.log(event: event)
    }
}
