import Foundation
import HTTPTypes
import Logging
import WSClient

/// Twilio's end of a ConversationRelay WebSocket: a real client connection, its frames sent as
/// written and the gateway's frames kept in order until read.
final class RelaySocket: Sendable {
    private let outgoing: AsyncStream<String>.Continuation
    private let incoming = Mailbox<[String: any Sendable]>()
    private let task: Task<Void, Never>
    /// Why the connection ended, once it has.
    let closed = Mailbox<String>()

    /// Connects to `url` with Twilio's handshake header `signature`.
    init(url: String, signature: String?) {
        let (stream, continuation) = AsyncStream.makeStream(of: String.self)
        outgoing = continuation
        var configuration = WebSocketClientConfiguration(maxFrameSize: 1 << 16)
        if let signature, let name = HTTPField.Name("X-Twilio-Signature") { configuration.additionalHeaders[name] = signature }
        let incoming = self.incoming, closed = self.closed
        task = Task {
            do {
                try await WebSocketClient.connect(url: url, configuration: configuration, logger: Logger(label: "relay-socket")) { inbound, outbound, _ in
                    try await withThrowingTaskGroup(of: Void.self) { group in
                        group.addTask {
                            for await text in stream { try await outbound.writeTextMessage(text) }
                            try await outbound.close(.normalClosure, reason: nil)
                        }
                        for try await message in inbound.messages(maxSize: 1 << 16) {
                            guard case .text(let text) = message,
                                let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
                            else { continue }
                            await incoming.push(object.compactMapValues(Self.sendable))
                        }
                        group.cancelAll()
                    }
                }
                await closed.push("closed")
            } catch {
                await closed.push("\(error)")
            }
            await incoming.finish()
        }
    }

    /// Sends a JSON object as one text frame.
    func send(_ object: [String: Any]) {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) else { return }
        outgoing.yield(String(decoding: data, as: UTF8.self))
    }

    /// Sends a frame's text as is (for malformed input).
    func sendRaw(_ text: String) {
        outgoing.yield(text)
    }

    /// The gateway's next message, or nil if none comes within `timeout` or the socket closed.
    func next(timeout: Duration) async -> [String: any Sendable]? {
        await incoming.next(timeout: timeout)
    }

    /// Closes Twilio's side, as Twilio does once an `end` message arrived.
    func close() async {
        outgoing.finish()
        _ = await task.value
    }

    private static func sendable(_ value: Any) -> (any Sendable)? {
        switch value {
        case let text as String: return text
        case let flag as Bool: return flag
        case let number as Int: return number
        default: return "\(value)"
        }
    }
}

/// Values in arrival order, read one at a time with a deadline.
actor Mailbox<Element: Sendable> {
    private var items: [Element] = []
    private var finished = false
    private var waiter: (id: Int, continuation: CheckedContinuation<Element?, Never>)?
    /// The waiter's deadline, cancelled once something arrives (a benchmark waits thousands of times).
    private var timer: Task<Void, Never>?
    private var waits = 0

    func push(_ item: Element) {
        if waiter != nil {
            resume(with: item)
        } else {
            items.append(item)
        }
    }

    func finish() {
        finished = true
        resume(with: nil)
    }

    func next(timeout: Duration) async -> Element? {
        if !items.isEmpty { return items.removeFirst() }
        if finished { return nil }
        waits += 1
        let id = waits
        return await withCheckedContinuation { continuation in
            waiter = (id, continuation)
            timer = Task {
                try? await Task.sleep(for: timeout)
                self.expire(id)
            }
        }
    }

    private func expire(_ id: Int) {
        guard let waiter, waiter.id == id else { return }
        resume(with: nil)
    }

    private func resume(with item: Element?) {
        guard let waiter else { return }
        self.waiter = nil
        timer?.cancel()
        timer = nil
        waiter.continuation.resume(returning: item)
    }
}
