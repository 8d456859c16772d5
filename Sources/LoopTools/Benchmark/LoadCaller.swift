import Foundation
import NIOCore
import NIOHTTP1
import Shared

/// A simulated caller for the load benchmark: places calls one after another on one connection,
/// with Twilio's fields and signature, following holds the way Twilio follows `<Redirect>`.
struct LoadCaller {
    /// What happened to one webhook.
    struct Timing {
        let seconds: Double
        let holds: Int
        let ended: Bool
        /// The last reply was the gateway's apology instead of an answer.
        var apologised = false
    }

    let publicURL: String
    let signer: TwilioSigner

    init(publicURL: String, authToken: String?) {
        self.publicURL = publicURL
        self.signer = TwilioSigner(authToken: authToken)
    }

    /// Sends one webhook (and any redirects it leads to) and times it.
    func send(_ post: (String, HTTPHeaders, ByteBuffer) async throws -> LoadConnection.Response, path: String, webhook: TwilioWebhook) async throws -> Timing {
        let started = ContinuousClock.now
        var holds = 0
        var path = path
        while true {
            let headers = HTTPHeaders(signer.headers(url: publicURL + path, webhook: webhook))
            let reply = try await post(path, headers, ByteBuffer(string: webhook.body))
            guard reply.status == 200 else { throw TwiMLError(message: "\(path) answered HTTP \(reply.status)", xml: reply.body) }
            let ended = reply.body.contains("<Hangup/>") || reply.body.contains("<Dial>")
            if !ended, !reply.body.contains("<Gather"), let redirect = Self.redirect(in: reply.body), holds < CallSimulator.maximumRedirects {
                holds += 1
                path = redirect
                continue
            }
            return Timing(seconds: (ContinuousClock.now - started).seconds, holds: holds, ended: ended, apologised: TurnRecord.classify(reply.body).apologised)
        }
    }

    /// The URL of a `<Redirect>`, unescaped.
    static func redirect(in xml: String) -> String? {
        guard let open = xml.range(of: "<Redirect method=\"POST\">"), let close = xml.range(of: "</Redirect>", range: open.upperBound..<xml.endIndex) else {
            return nil
        }
        return String(xml[open.upperBound..<close.lowerBound]).replacingOccurrences(of: "&amp;", with: "&")
    }
}
