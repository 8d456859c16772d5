import AsyncHTTPClient
import Hummingbird
import Twilio

/// Recordings played in the console: `GET /admin/recordings/{RecordingSid}` fetches the audio from
/// Twilio with the account's credentials (operators have none) and streams it on, passing a
/// player's `Range` through so it can seek. Behind the login; never cached (``NoStoreMiddleware``).
struct AdminRecordingsController: Sendable {
    let configuration: GatewayConfiguration
    let sessions: AdminSessions
    /// Nil without Twilio credentials: every recording then answers 503 saying what to set.
    let twilio: TwilioRESTClient?

    func addRoutes(to router: Router<GatewayRequestContext>) {
        let admin = router.group("admin").add(middleware: AdminAuthMiddleware(configuration: configuration, sessions: sessions))
        admin.get("recordings/:sid") { request, context in try await self.recording(request, context: context) }
    }

    private func recording(_ request: Request, context: GatewayRequestContext) async throws -> Response {
        guard let sid = context.parameters.get("sid"), Self.isRecordingSid(sid) else {
            throw HTTPError(.badRequest, message: "A recording is named by its RecordingSid: RE and 32 hexadecimal digits.")
        }
        guard let twilio else {
            throw HTTPError(
                .serviceUnavailable,
                message: "Recordings are fetched from Twilio with the account's credentials: set TWILIO_ACCOUNT_SID with TWILIO_AUTH_TOKEN (or TWILIO_API_KEY and TWILIO_API_SECRET).")
        }
        let range = request.headers[.range]
        if let range, !Self.isByteRange(range) {
            throw HTTPError(.rangeNotSatisfiable, message: "Range must be one byte range, like bytes=0- or bytes=100-199.")
        }
        let answer: HTTPClientResponse
        do {
            answer = try await twilio.recordingMedia(sid: sid, range: range)
        } catch {
            context.logger.warning("Could not fetch a recording from Twilio", metadata: ["recording": "\(sid)", "error": "\(error)"])
            throw HTTPError(.badGateway, message: "Twilio could not be reached for this recording; try again in a minute.")
        }
        switch answer.status.code {
        case 200, 206: break
        case 404: throw HTTPError(.notFound, message: "Twilio has no recording \(sid): deleted, or made on another account.")
        case 416: throw HTTPError(.rangeNotSatisfiable, message: "That range is past the end of the recording.")
        case 401, 403:
            context.logger.error("Twilio refused the account's credentials for a recording", metadata: ["recording": "\(sid)", "status": "\(answer.status.code)"])
            throw HTTPError(
                .badGateway, message: "Twilio refused this deployment's credentials for recordings: check TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN (or the API key).")
        default:
            throw HTTPError(.badGateway, message: "Twilio answered HTTP \(answer.status.code) for this recording; try again in a minute.")
        }
        var headers: HTTPFields = [.contentType: answer.headers.first(name: "Content-Type") ?? "audio/mpeg", .acceptRanges: "bytes"]
        if let length = answer.headers.first(name: "Content-Length") { headers[.contentLength] = length }
        if let span = answer.headers.first(name: "Content-Range") { headers[.contentRange] = span }
        return Response(status: .init(code: Int(answer.status.code)), headers: headers, body: ResponseBody(asyncSequence: answer.body))
    }

    /// `RE` and 32 hexadecimal digits: the only thing ever put into Twilio's URL.
    static func isRecordingSid(_ text: String) -> Bool {
        text.utf8.count == 34 && text.hasPrefix("RE") && text.dropFirst(2).allSatisfy(\.isHexDigit)
    }

    /// One range of bytes (`bytes=0-`, `bytes=100-199`, `bytes=-500`), as players ask.
    static func isByteRange(_ text: String) -> Bool {
        guard text.hasPrefix("bytes="), text.utf8.count <= 48 else { return false }
        let parts = text.dropFirst(6).split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, !(parts[0].isEmpty && parts[1].isEmpty) else { return false }
        return parts.allSatisfy { $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
    }
}
