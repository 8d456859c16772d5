import AsyncHTTPClient
import Foundation
import NIOCore
import Synchronization

@testable import LoopTools
@testable import Shared

/// WhatsApp as Twilio's Messaging API behaves for it, behind ``FakeTwilioAPI``: `whatsapp:`
/// addresses; a free-form `Body` is accepted and then fails with 63016 unless the member opened a
/// 24-hour customer-service window by writing in; an approved template (`ContentSid`, with
/// `ContentVariables` as a JSON object) starts a conversation at any time; a number not on
/// WhatsApp fails with 63024; every status goes to the message's `StatusCallback`, signed, up to
/// `read` ([Twilio: 63016](https://www.twilio.com/docs/api/errors/63016)).
final class FakeWhatsApp: Sendable {
    /// One message as the fake decided it.
    struct Sent: Sendable {
        var to: String
        var from: String?
        var contentSid: String?
        var variables: [String: String]?
        var body: String?
        var sid: String
        /// The statuses posted to its callback, in order, with the error code of a failure.
        var outcome: [String]
        var errorCode: Int?
    }

    private struct State {
        /// Member number → when they last wrote (opens a 24-hour window).
        var windows: [String: Date] = [:]
        var notOnWhatsApp: Set<String> = []
        var sent: [Sent] = []
        /// Where status callbacks go: the public URL Loop AI names is replaced by the gateway's.
        var callbacks: (publicURL: String, gatewayURL: String, authToken: String?)?
        /// Members with read receipts off: `delivered` is their last status.
        var noReadReceipts: Set<String> = []
    }

    private let state = Mutex(State())

    /// The member wrote to the business: a 24-hour window opens (at `at`, to test one that closed).
    func memberWrote(_ number: String, at: Date = Date()) { state.withLock { $0.windows[number] = at } }
    func notOnWhatsApp(_ number: String) { state.withLock { _ = $0.notOnWhatsApp.insert(number) } }
    func deliverCallbacks(publicURL: String, gatewayURL: String, authToken: String?) {
        state.withLock { $0.callbacks = (publicURL, gatewayURL, authToken) }
    }
    var sent: [Sent] { state.withLock { $0.sent } }

    static let window: TimeInterval = 24 * 3600

    /// A `Messages.json` request to a `whatsapp:` address: Twilio's synchronous answer, and the
    /// statuses it reports later.
    func handle(_ fields: [String: String]) async -> (status: Int, json: [String: String]) {
        let to = fields["To"] ?? ""
        let number = String(to.dropFirst(MessageChannel.whatsAppPrefix.count))
        if let from = fields["From"], !from.hasPrefix(MessageChannel.whatsAppPrefix) {
            return (400, ["code": "63007", "message": "Twilio could not find a Channel with the specified From address"])
        }
        guard fields["From"] != nil || fields["MessagingServiceSid"] != nil else {
            return (400, ["code": "21603", "message": "A 'From' or 'MessagingServiceSid' parameter is required to send a message."])
        }
        if fields["ContentVariables"] != nil, fields["ContentSid"] == nil {
            return (400, ["code": "21654", "message": "A ContentSid must be specified if ContentVariables are provided in the request."])
        }
        var variables: [String: String]?
        if let contentSid = fields["ContentSid"] {
            guard contentSid.hasPrefix("HX"), contentSid.count == 34 else { return (400, ["code": "21655", "message": "The ContentSid is Invalid."]) }
            if let json = fields["ContentVariables"] {
                guard let parsed = try? JSONDecoder().decode([String: String].self, from: Data(json.utf8)) else {
                    return (400, ["code": "21656", "message": "The ContentVariables Parameter is invalid."])
                }
                variables = parsed
            }
        } else if (fields["Body"] ?? "").isEmpty {
            return (400, ["code": "21602", "message": "Message body is required."])
        }
        let sid = "SM" + TurnID.random().value
        let (open, missing, reads) = state.withLock { state in
            (state.windows[number].map { Date().timeIntervalSince($0) < Self.window } ?? false, state.notOnWhatsApp.contains(number), !state.noReadReceipts.contains(number))
        }
        var outcome: [String]
        var errorCode: Int?
        if missing {
            (outcome, errorCode) = (["queued", "failed"], 63024)
        } else if fields["ContentSid"] == nil, !open {
            // Accepted, then failed: free-form text outside the window never reaches the member.
            (outcome, errorCode) = (["queued", "failed"], 63016)
        } else {
            outcome = ["queued", "sent", "delivered"] + (reads ? ["read"] : [])
        }
        let message = Sent(
            to: to, from: fields["From"], contentSid: fields["ContentSid"], variables: variables, body: fields["Body"], sid: sid, outcome: outcome,
            errorCode: errorCode)
        state.withLock { $0.sent.append(message) }
        if let callback = fields["StatusCallback"] {
            let reported = Array(outcome.dropFirst())
            Task { await self.report(reported, errorCode: errorCode, sid: sid, to: to, from: fields["From"] ?? "", callback: callback) }
        }
        return (201, ["sid": sid, "status": "queued", "to": to, "num_segments": "1"])
    }

    /// Posts each status to the message's callback in order, signed as Twilio signs it.
    private func report(_ statuses: [String], errorCode: Int?, sid: String, to: String, from: String, callback: String) async {
        guard let target = state.withLock({ $0.callbacks }), callback.hasPrefix(target.publicURL) else { return }
        let url = target.gatewayURL + callback.dropFirst(target.publicURL.count)
        let signer = TwilioSigner(authToken: target.authToken)
        for status in statuses {
            try? await Task.sleep(for: .milliseconds(50))
            var parameters = [("MessageSid", sid), ("MessageStatus", status), ("SmsStatus", status), ("To", to), ("From", from), ("ChannelPrefix", "whatsapp")]
            if status == "failed", let errorCode { parameters.append(("ErrorCode", String(errorCode))) }
            let webhook = TwilioWebhook(parameters: parameters)
            var request = HTTPClientRequest(url: url)
            request.method = .POST
            for (name, value) in signer.headers(url: callback, webhook: webhook) { request.headers.add(name: name, value: value) }
            request.body = .bytes(ByteBuffer(string: parameters.map { Self.escape($0.0) + "=" + Self.escape($0.1) }.joined(separator: "&")))
            _ = try? await HTTPClient.shared.execute(request, timeout: .seconds(5))
        }
    }

    private static func escape(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
    }
}
