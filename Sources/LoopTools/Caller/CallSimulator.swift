import AsyncHTTPClient
import Foundation
import NIOCore
import Shared
import Twilio

/// Plays Twilio's side of one phone call against a running gateway.
///
/// Sends the same form fields, headers and signature Twilio would, follows `<Redirect>` the
/// way Twilio does, and posts what the "caller" says to the current `<Gather>` action.
/// Used by `loop call`, the soak run and the end-to-end tests.
final class CallSimulator {
    /// What one exchange produced: everything Loop AI said until it listened or hung up.
    struct Exchange: Sendable {
        var said: [String]
        var next: TwiMLDocument.Next
        var documents: [TwiMLDocument]
        /// Seconds from sending the first request to the last reply.
        var seconds: Double

        var text: String { said.joined(separator: " ") }
        var ended: Bool {
            switch next {
            case .hangup, .dial, .record, .end: return true
            default: return false
            }
        }
    }

    let baseURL: String
    /// Other gateways to send to when `baseURL` cannot be reached, the way a load balancer or
    /// Twilio's retry would; a retry carries the same idempotency token.
    let fallbackURLs: [String]
    /// The base URL Twilio would sign (PUBLIC_URL) when it differs from where requests are sent.
    let signingBaseURL: String
    /// Send every redirect to the next gateway in turn (to show any gateway can serve any step).
    var rotateGateways = false
    private var rotation = 0
    let authToken: String?
    let signer: TwilioSigner
    let callSid: String
    let from: String
    let to: String
    let accountSid: String
    let client: HTTPClient
    private(set) var nextAction: String = TwilioRoutes.processSpeech
    /// The gateway that answered the last request (a relay socket connects to it).
    private(set) var lastTarget: String
    private(set) var ended = false
    /// The most redirects followed for one exchange before giving up (a loop would be a bug).
    static let maximumRedirects = 10

    init(
        baseURL: String, fallbackURLs: [String] = [], signingBaseURL: String? = nil, authToken: String?, callSid: String = TwilioWebhook.randomCallSid(),
        from: String = "+919876545678", to: String = "+15551234567", accountSid: String = "AC" + String(repeating: "0", count: 32),
        client: HTTPClient = .shared
    ) {
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.fallbackURLs = fallbackURLs
        self.signingBaseURL = (signingBaseURL ?? baseURL).hasSuffix("/") ? String((signingBaseURL ?? baseURL).dropLast()) : (signingBaseURL ?? baseURL)
        self.authToken = authToken
        self.signer = TwilioSigner(authToken: authToken)
        self.callSid = callSid
        self.from = from
        self.to = to
        self.accountSid = accountSid
        self.client = client
        self.lastTarget = self.baseURL
    }

    /// The call connects: Twilio posts to the voice URL.
    func start() async throws -> Exchange {
        let webhook = TwilioWebhook.callStarted(callSid: callSid, from: from, to: to, accountSid: accountSid)
        return try await exchange(path: TwilioRoutes.voice, webhook: webhook)
    }

    /// The caller says `speech` (nil: stays silent) in answer to the last `<Gather>`.
    func say(_ speech: String?, confidence: Double = 0.92) async throws -> Exchange {
        let webhook = TwilioWebhook.speech(speech, confidence: confidence, callSid: callSid, from: from, to: to, accountSid: accountSid)
        return try await exchange(path: nextAction, webhook: webhook)
    }

    /// The caller presses keys in answer to the last `<Gather>`.
    func press(_ digits: String) async throws -> Exchange {
        let webhook = TwilioWebhook.keys(digits, callSid: callSid, from: from, to: to, accountSid: accountSid)
        return try await exchange(path: nextAction, webhook: webhook)
    }

    /// Twilio posts a callback about this call (its status, a dial's result, a recording) with `fields`.
    func callback(_ path: String, _ fields: [(String, String)]) async throws -> (status: Int, body: String) {
        try await send(path: path, webhook: TwilioWebhook.callback(fields, callSid: callSid, from: from, to: to, accountSid: accountSid))
    }

    /// The caller texts `body` to the number (`/twilio/sms`); the reply's `<Message>` bodies.
    func text(_ body: String) async throws -> [String] {
        try await post(path: TwilioRoutes.sms, webhook: TwilioWebhook.sms(body, from: from, to: to, accountSid: accountSid)).messages
    }

    /// The caller writes `body` on WhatsApp (`/twilio/whatsapp`); the reply's `<Message>` bodies.
    func whatsApp(_ body: String, profileName: String = "Member") async throws -> [String] {
        try await post(path: TwilioRoutes.whatsapp, webhook: TwilioWebhook.whatsApp(body, from: from, to: to, profileName: profileName, accountSid: accountSid)).messages
    }

    private func exchange(path: String, webhook: TwilioWebhook) async throws -> Exchange {
        let started = ContinuousClock.now
        var result = Exchange(said: [], next: .end, documents: [], seconds: 0)
        var path = path
        for _ in 0...Self.maximumRedirects {
            let document = try await post(path: path, webhook: webhook)
            result.documents.append(document)
            result.said += document.said
            result.next = document.next
            switch document.next {
            case .gather(let action, _):
                nextAction = action
            case .redirect(let url):
                // Twilio fetches the redirect at once, with the call's parameters.
                path = url
                continue
            case .hangup, .dial, .record, .end:
                ended = true
            case .relay:
                // The call goes on over a socket (``RelayCaller``).
                break
            }
            result.seconds = (ContinuousClock.now - started).seconds
            return result
        }
        throw TwiMLError(message: "more than \(Self.maximumRedirects) redirects in a row", xml: result.documents.last?.xml ?? "")
    }

    /// One signed webhook request; throws unless the gateway answers 200 with TwiML.
    func post(path: String, webhook: TwilioWebhook) async throws -> TwiMLDocument {
        let (status, body) = try await send(path: path, webhook: webhook)
        guard status == 200 else {
            throw TwiMLError(message: "\(path) answered HTTP \(status)", xml: body)
        }
        return try TwiMLDocument(xml: body)
    }

    /// The raw HTTP exchange, for tests of error statuses. When the gateway cannot be reached or
    /// drops the connection before answering, the same request (same idempotency token) goes to
    /// the next gateway.
    func send(path: String, webhook: TwilioWebhook, headers extra: [(String, String)] = []) async throws -> (status: Int, body: String) {
        let headers = signer.headers(url: signingBaseURL + path, webhook: webhook) + extra
        var targets = [baseURL] + fallbackURLs
        if rotateGateways, targets.count > 1 {
            rotation += 1
            let first = rotation % targets.count
            let rotated: [String] = Array(targets[first...]) + Array(targets[..<first])
            targets = rotated
        }
        var lastError: (any Error)?
        for target in targets {
            var request = HTTPClientRequest(url: target + path)
            request.method = .POST
            for (name, value) in headers { request.headers.replaceOrAdd(name: name, value: value) }
            request.body = .bytes(ByteBuffer(string: webhook.body))
            do {
                let response = try await client.execute(request, timeout: .seconds(20))
                let body = try await response.body.collect(upTo: 1 << 20)
                lastTarget = target
                return (Int(response.status.code), String(buffer: body))
            } catch {
                lastError = error
            }
        }
        throw lastError ?? TwiMLError(message: "no gateway to send to", xml: "")
    }
}
