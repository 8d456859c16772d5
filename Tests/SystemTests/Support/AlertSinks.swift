import AsyncHTTPClient
import Foundation
import Hummingbird
import Logging
import NIOCore
import Synchronization

@testable import Runtime
@testable import Shared

/// A local webhook receiver standing in for Slack: keeps the `text` of every JSON post.
final class WebhookReceiver: Sendable {
    let port: Int
    private let texts: Texts
    private let server: BackgroundService

    /// The texts received, shared with the route.
    private final class Texts: Sendable {
        let value = Mutex<[String]>([])
    }

    init() async throws {
        port = freePort()
        let texts = Texts()
        self.texts = texts
        let router = Router()
        router.post("/hook") { request, _ -> HTTPResponse.Status in
            let body = try await request.body.collect(upTo: 1 << 16)
            guard let json = try? JSONSerialization.jsonObject(with: Data(buffer: body)) as? [String: Any], let text = json["text"] as? String else {
                return .badRequest
            }
            texts.value.withLock { $0.append(text) }
            return .ok
        }
        var logger = Logger(label: "webhook-receiver")
        logger.logLevel = .critical
        server = BackgroundService(Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: port)), logger: logger), logger: logger)
        _ = await eventually(timeout: .seconds(5)) { await LoopStack.get("http://127.0.0.1:\(port)/") != nil }
    }

    var url: String { "http://127.0.0.1:\(port)/hook" }
    var received: [String] { texts.value.withLock { $0 } }
    func count(_ part: String) -> Int { received.filter { $0.contains(part) }.count }
    func stop() async { await server.stop() }
}

/// A local SMTP sink (`python3 -m aiosmtpd -n`): prints every message it takes to its log.
final class SMTPSink: Sendable {
    let port: Int
    let process: ManagedProcess

    init(directory: URL) async throws {
        port = freePort()
        process = try ManagedProcess(
            name: "smtp-sink", executable: "python3", arguments: ["-m", "aiosmtpd", "-n", "-l", "127.0.0.1:\(port)"],
            environment: ["PYTHONUNBUFFERED": "1"], directory: directory)
        let port = port
        let up = await eventually(timeout: .seconds(15)) { Self.accepts(port) || !process.isRunning }
        guard up, process.isRunning else { throw RedisServerError(message: "aiosmtpd did not start (scripts/test installs it):\n\(process.log)") }
    }

    /// True once something listens on the port.
    private static func accepts(_ port: Int) -> Bool {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
        }
    }

    var url: String { "smtp://127.0.0.1:\(port)" }
    /// Everything the sink printed: the messages, headers first.
    var log: String { process.log }
    func stop() async { await process.stop() }
}
