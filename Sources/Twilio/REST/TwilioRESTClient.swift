import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOHTTP1

/// A small typed client for the parts of Twilio's REST API Loop AI uses: sending an SMS and
/// starting or stopping a call's recording.
///
/// Requests are form-encoded and signed in with HTTP Basic auth (``TwilioCredentials``); answers
/// are decoded from Twilio's JSON, and Twilio's error body becomes ``TwilioAPIError/rejected(status:code:message:moreInfo:)``.
/// A busy or failing Twilio (429, 5xx, no connection, no answer in time) is retried a bounded
/// number of times with growing pauses (honouring `Retry-After`); a 4xx is never retried. The
/// base URL is a setting (`TWILIO_API_URL`) so tests can point it at a local server.
public struct TwilioRESTClient: Sendable {
    public static let defaultBaseURL = "https://api.twilio.com"

    public let baseURL: String
    public let credentials: TwilioCredentials
    let http: HTTPClient
    let attempts: Int
    let timeout: Duration
    let firstPause: Duration
    let logger: Logger

    /// - Parameters:
    ///   - attempts: how many times a transient failure is tried in all (at least one).
    ///   - timeout: the longest one attempt may take.
    ///   - firstPause: the pause before the second attempt; each later pause doubles.
    public init(
        baseURL: String = Self.defaultBaseURL, credentials: TwilioCredentials, http: HTTPClient = .shared, attempts: Int = 3,
        timeout: Duration = .seconds(10), firstPause: Duration = .milliseconds(500), logger: Logger
    ) {
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.credentials = credentials
        self.http = http
        self.attempts = max(1, attempts)
        self.timeout = timeout
        self.firstPause = firstPause
        self.logger = logger
    }

    /// Where an SMS comes from: a number of the account, or a Messaging Service.
    public enum Sender: Sendable, Equatable {
        case number(String)
        case messagingService(String)
    }

    /// Sends one SMS (`POST /2010-04-01/Accounts/{AccountSid}/Messages.json`).
    ///
    /// Twilio's Messages API takes no idempotency key, so a retry after an answer that never came
    /// could text the member twice. Before any such retry the client looks for the same text to
    /// the same number created since `queuedAt` (``sentMessage(to:from:body:since:)``) and answers
    /// that instead. A caller that tried before (an earlier attempt of the same job) passes
    /// `triedBefore: true` to look before the first post as well.
    public func sendMessage(
        to: String, from sender: Sender, body: String, statusCallback: String? = nil, queuedAt: Date = Date(), triedBefore: Bool = false
    ) async throws(TwilioAPIError) -> TwilioMessage {
        if triedBefore, let sent = try await sentMessage(to: to, from: sender, body: body, since: queuedAt) { return sent }
        var fields = [("To", to), ("Body", body)]
        switch sender {
        case .number(let number): fields.append(("From", number))
        case .messagingService(let sid): fields.append(("MessagingServiceSid", sid))
        }
        if let statusCallback { fields.append(("StatusCallback", statusCallback)) }
        return try await post(path: "Messages.json", fields: fields) { () async throws(TwilioAPIError) -> TwilioMessage? in
            try await sentMessage(to: to, from: sender, body: body, since: queuedAt)
        }
    }

    /// Sends an approved Content template (`ContentSid`, `ContentVariables` as a JSON object of
    /// placeholder → value) with no `Body`: the only kind of WhatsApp message Twilio delivers
    /// outside the member's 24-hour customer-service window (error 63016 otherwise).
    public func sendTemplate(
        to: String, from sender: Sender, contentSid: String, variables: String, statusCallback: String? = nil
    ) async throws(TwilioAPIError) -> TwilioMessage {
        var fields = [("To", to), ("ContentSid", contentSid), ("ContentVariables", variables)]
        switch sender {
        case .number(let number): fields.append(("From", number))
        case .messagingService(let sid): fields.append(("MessagingServiceSid", sid))
        }
        if let statusCallback { fields.append(("StatusCallback", statusCallback)) }
        return try await post(path: "Messages.json", fields: fields)
    }

    /// Starts recording a call in progress (`POST …/Calls/{CallSid}/Recordings.json`).
    public func startRecording(call: String, statusCallback: String) async throws(TwilioAPIError) -> TwilioRecording {
        try await post(
            path: "Calls/\(Self.escaped(call))/Recordings.json",
            fields: [
                ("RecordingStatusCallback", statusCallback), ("RecordingStatusCallbackEvent", "in-progress completed absent"),
                ("RecordingStatusCallbackMethod", "POST"),
            ])
    }

    /// Stops a call's recording (`POST …/Calls/{CallSid}/Recordings/{Sid}.json`, `Status=stopped`);
    /// `recording` may be `Twilio.CURRENT` for whichever recording is running.
    public func stopRecording(call: String, recording: String = "Twilio.CURRENT") async throws(TwilioAPIError) -> TwilioRecording {
        try await post(path: "Calls/\(Self.escaped(call))/Recordings/\(Self.escaped(recording)).json", fields: [("Status", "stopped")])
    }

    /// The form body Twilio expects: `application/x-www-form-urlencoded`, spaces as `+`.
    static func formBody(_ fields: [(String, String)]) -> String {
        fields.map { escapedFormComponent($0.0) + "=" + escapedFormComponent($0.1) }.joined(separator: "&")
    }

    private static let formAllowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._*")

    private static func escapedFormComponent(_ text: String) -> String {
        (text.addingPercentEncoding(withAllowedCharacters: formAllowed.union(.init(charactersIn: " "))) ?? "").replacingOccurrences(of: " ", with: "+")
    }

    private static func escaped(_ segment: String) -> String {
        segment.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(.init(charactersIn: "/"))) ?? segment
    }
}
