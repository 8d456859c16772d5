import AsyncHTTPClient
import Foundation
import Hummingbird
import Logging
import NIOCore
import Runtime
import Synchronization

@testable import Shared
@testable import Twilio

/// A local HTTP server that behaves like Twilio's REST API at its edge: it checks HTTP Basic
/// auth, the account in the path and the form fields Twilio requires, answers with Twilio-shaped
/// JSON (201 and the resource, or Twilio's error body), and can be told to fail or stall.
final class FakeTwilioAPI: Sendable {
    /// What the server does with the next request, before its own checks.
    enum Behaviour: Sendable {
        case fail(status: Int, code: Int, retryAfter: Int? = nil)
        case stall(Duration)
        /// Takes the request as Twilio would, then answers only after this long: an answer the
        /// sender may give up waiting for although the message exists.
        case answerLate(Duration)
    }

    /// One request as received.
    struct Received: Sendable {
        var path: String
        var fields: [String: String]
        var authorized: Bool
    }

    let port: Int
    let accountSid: String
    /// WhatsApp's rules for messages to `whatsapp:` addresses.
    let whatsApp = FakeWhatsApp()
    private let ledger: Ledger
    private let server: BackgroundService

    /// The scripted behaviours and the requests received, shared with the routes.
    private final class Ledger: Sendable {
        let accountSid: String
        let users: [String: String]
        let state = Mutex<(script: [Behaviour], received: [Received])>(([], []))
        /// Messages created, newest last, as `GET …/Messages.json` lists them; and how often it was asked.
        let created = Mutex<(messages: [[String: String]], lookups: Int)>(([], 0))
        /// Recordings' audio by RecordingSid, served as Twilio serves media (HTTP Basic auth enforced).
        let recordings = Mutex<[String: [UInt8]]>([:])

        init(accountSid: String, users: [String: String]) {
            self.accountSid = accountSid
            self.users = users
        }
    }

    /// - Parameter users: Basic-auth user → password pairs accepted (the account SID and its token, API keys).
    init(accountSid: String = "AC" + String(repeating: "a", count: 32), users: [String: String]) async throws {
        self.port = freePort()
        self.accountSid = accountSid
        let ledger = Ledger(accountSid: accountSid, users: users)
        self.ledger = ledger
        let router = Router()
        let whatsApp = self.whatsApp
        router.post("/2010-04-01/Accounts/:account/Messages.json") { request, context in
            try await Self.handle(request, context, .message, ledger, whatsApp: whatsApp)
        }
        router.get("/2010-04-01/Accounts/:account/Messages.json") { request, context in Self.list(request, context, ledger) }
        router.post("/2010-04-01/Accounts/:account/Calls/:call/Recordings.json") { request, context in
            try await Self.handle(request, context, .startRecording, ledger)
        }
        router.post("/2010-04-01/Accounts/:account/Calls/:call/Recordings/:recording") { request, context in
            try await Self.handle(request, context, .updateRecording, ledger)
        }
        router.get("/2010-04-01/Accounts/:account/Recordings/:file") { request, context in Self.media(request, context, ledger) }
        var logger = Logger(label: "fake-twilio")
        logger.logLevel = .critical
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: port)), logger: logger)
        server = BackgroundService(app, logger: logger)
        for _ in 0..<100 {
            if (try? await HTTPClient.shared.execute(HTTPClientRequest(url: "http://127.0.0.1:\(port)/"), timeout: .seconds(1))) != nil { return }
            try await Task.sleep(for: .milliseconds(20))
        }
    }

    var baseURL: String { "http://127.0.0.1:\(port)" }

    /// Queues behaviours for the next requests, in order.
    func script(_ behaviours: Behaviour...) {
        ledger.state.withLock { $0.script += behaviours }
    }

    var received: [Received] { ledger.state.withLock { $0.received } }

    /// How many times the message list was read.
    var lookups: Int { ledger.created.withLock { $0.lookups } }

    /// Keeps a recording for `GET …/Recordings/{sid}.mp3`: 12 seconds of silent MP3 (MPEG-1
    /// layer III frames, 128 kbit/s, 44.1 kHz, mono), so a browser's player can load and play it.
    @discardableResult
    func addRecording(sid: String) -> [UInt8] {
        let frame: [UInt8] = [0xFF, 0xFB, 0x90, 0xC0] + [UInt8](repeating: 0, count: 413)
        let audio = Array((0..<460).map { _ in frame }.joined())
        ledger.recordings.withLock { $0[sid] = audio }
        return audio
    }

    func stop() async { await server.stop() }

    private enum Kind { case message, startRecording, updateRecording }

    private static func handle(
        _ request: Request, _ context: BasicRequestContext, _ kind: Kind, _ ledger: Ledger, whatsApp: FakeWhatsApp? = nil
    ) async throws -> Response {
        let body = try await request.body.collect(upTo: 1 << 16)
        let fields = (try? FormBody(String(buffer: body)).fields) ?? [:]
        let authorized = isAuthorized(request.headers[.authorization], users: ledger.users)
        let behaviour = ledger.state.withLock { state -> Behaviour? in
            state.received.append(Received(path: request.uri.path, fields: fields, authorized: authorized))
            return state.script.isEmpty ? nil : state.script.removeFirst()
        }
        switch behaviour {
        case .fail(let status, let code, let retryAfter):
            var response = Self.error(status: status, code: code, message: "Scripted failure")
            if let retryAfter { response.headers[.retryAfter] = String(retryAfter) }
            return response
        case .stall(let duration):
            try await Task.sleep(for: duration)
        case .answerLate, nil:
            break
        }
        guard authorized else { return Self.error(status: 401, code: 20003, message: "Authenticate") }
        guard context.parameters.get("account") == ledger.accountSid else {
            return Self.error(status: 404, code: 20404, message: "The requested resource was not found")
        }
        switch kind {
        case .message:
            guard let to = fields["To"], !to.isEmpty else { return Self.error(status: 400, code: 21604, message: "A 'To' phone number is required.") }
            if to.hasPrefix("whatsapp:"), let whatsApp {
                let (status, json) = await whatsApp.handle(fields)
                guard status == 201 else { return Self.error(status: status, code: Int(json["code"] ?? "") ?? 0, message: json["message"] ?? "") }
                return Self.json(status, json)
            }
            guard to.hasPrefix("+"), to.dropFirst().allSatisfy(\.isNumber) else {
                return Self.error(status: 400, code: 21211, message: "The 'To' number \(to) is not a valid phone number.")
            }
            guard fields["From"] != nil || fields["MessagingServiceSid"] != nil else {
                return Self.error(status: 400, code: 21603, message: "A 'From' or 'MessagingServiceSid' parameter is required to send a message.")
            }
            guard let text = fields["Body"], !text.isEmpty, text.count <= 1600 else {
                return Self.error(status: 400, code: 21602, message: "Message body is required and may be at most 1600 characters.")
            }
            let segments = (text.utf16.count + 152) / 153
            let message = [
                "sid": "SM" + Self.hex(), "status": "queued", "to": to, "from": fields["From"] ?? "+15550000000", "body": text,
                "num_segments": String(max(1, segments)), "date_created": Self.rfc2822.string(from: Date()),
            ]
            ledger.created.withLock { $0.messages.append(message) }
            if case .answerLate(let duration) = behaviour { try await Task.sleep(for: duration) }
            return Self.json(201, message)
        case .startRecording:
            guard fields["RecordingStatusCallback"] != nil else { return Self.error(status: 400, code: 21609, message: "Invalid RecordingStatusCallback") }
            return Self.json(201, ["sid": "RE" + Self.hex(), "status": "in-progress", "call_sid": context.parameters.get("call") ?? ""])
        case .updateRecording:
            guard fields["Status"] == "stopped" || fields["Status"] == "paused" || fields["Status"] == "in-progress" else {
                return Self.error(status: 400, code: 21220, message: "Invalid recording status")
            }
            return Self.json(200, ["sid": "RE" + Self.hex(), "status": fields["Status"] ?? "", "call_sid": context.parameters.get("call") ?? ""])
        }
    }

    /// A recording's media, as Twilio serves it with HTTP auth enforced: 401 without the account's
    /// credentials, 404 for an unknown recording, a single byte range as 206 (416 past the end).
    private static func media(_ request: Request, _ context: BasicRequestContext, _ ledger: Ledger) -> Response {
        let authorized = isAuthorized(request.headers[.authorization], users: ledger.users)
        ledger.state.withLock { $0.received.append(Received(path: request.uri.path, fields: ["Range": request.headers[.range] ?? ""], authorized: authorized)) }
        guard authorized else { return Self.error(status: 401, code: 20003, message: "Authenticate") }
        guard context.parameters.get("account") == ledger.accountSid, let file = context.parameters.get("file"), file.hasSuffix(".mp3"),
            let audio = ledger.recordings.withLock({ $0[String(file.dropLast(4))] })
        else { return Self.error(status: 404, code: 20404, message: "The requested resource was not found") }
        var headers: HTTPFields = [.contentType: "audio/mpeg", .acceptRanges: "bytes"]
        guard let range = request.headers[.range] else {
            headers[.contentLength] = String(audio.count)
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: audio)))
        }
        let bounds = range.dropFirst("bytes=".count).split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard range.hasPrefix("bytes="), bounds.count == 2 else { return Self.error(status: 416, code: 0, message: "Bad range") }
        let first = bounds[0] ?? max(0, audio.count - (bounds[1] ?? 0))
        let last = bounds[0] == nil ? audio.count - 1 : min(bounds[1] ?? audio.count - 1, audio.count - 1)
        guard first < audio.count, first <= last else {
            headers[.contentRange] = "bytes */\(audio.count)"
            return Response(status: .rangeNotSatisfiable, headers: headers)
        }
        headers[.contentRange] = "bytes \(first)-\(last)/\(audio.count)"
        headers[.contentLength] = String(last - first + 1)
        return Response(status: .partialContent, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: audio[first...last])))
    }

    /// The message list as Twilio answers it: newest first, filtered by `To` and `From`, one page.
    private static func list(_ request: Request, _ context: BasicRequestContext, _ ledger: Ledger) -> Response {
        guard isAuthorized(request.headers[.authorization], users: ledger.users) else { return Self.error(status: 401, code: 20003, message: "Authenticate") }
        guard context.parameters.get("account") == ledger.accountSid else {
            return Self.error(status: 404, code: 20404, message: "The requested resource was not found")
        }
        let query = request.uri.queryParameters
        let size = query.get("PageSize").flatMap { Int($0) } ?? 50
        let messages = ledger.created.withLock { created -> [[String: String]] in
            created.lookups += 1
            return created.messages.reversed().filter { message in
                query.get("To").map { message["to"] == $0 } ?? true && query.get("From").map { message["from"] == $0 } ?? true
            }
        }
        let object: [String: Any] = ["messages": Array(messages.prefix(size)), "page": 0, "page_size": size]
        let data = (try? JSONSerialization.data(withJSONObject: object)) ?? Data()
        return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    private static var rfc2822: DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        return formatter
    }

    private static func isAuthorized(_ header: String?, users: [String: String]) -> Bool {
        guard let header, header.hasPrefix("Basic "), let data = Data(base64Encoded: String(header.dropFirst(6))),
            let pair = String(data: data, encoding: .utf8), let colon = pair.firstIndex(of: ":")
        else { return false }
        return users[String(pair[..<colon])] == String(pair[pair.index(after: colon)...])
    }

    private static func hex() -> String { (0..<32).map { _ in String(Int.random(in: 0..<16), radix: 16) }.joined() }

    private static func json(_ status: Int, _ object: [String: String]) -> Response {
        let data = (try? JSONSerialization.data(withJSONObject: object)) ?? Data()
        return Response(
            status: .init(code: status), headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    private static func error(status: Int, code: Int, message: String) -> Response {
        let object: [String: Any] = ["code": code, "message": message, "more_info": "https://www.twilio.com/docs/errors/\(code)", "status": status]
        let data = (try? JSONSerialization.data(withJSONObject: object)) ?? Data()
        return Response(
            status: .init(code: status), headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
