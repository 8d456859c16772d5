import Foundation
import HTTPTypes
import Hummingbird
import Logging
import Metrics
import Shared
import Twilio

/// Decodes every Twilio webhook's form once and, when an auth token is configured, rejects
/// requests whose `X-Twilio-Signature` does not match (403).
///
/// Without an auth token (local development) it also reads `multipart/form-data`, so the
/// integration guide's `curl -F "SpeechResult=…" -F "CallSid=…"` examples work; with a token set,
/// webhooks must be form-encoded as Twilio sends them.
///
/// The signed URL is `PUBLIC_URL` + the request's path and query when `PUBLIC_URL` is set;
/// otherwise it is rebuilt from `X-Forwarded-Proto`/`X-Forwarded-Host` or `Host`, so Twilio
/// traffic that arrives through a proxy or tunnel still validates.
struct TwilioWebhookMiddleware: RouterMiddleware {
    typealias Context = GatewayRequestContext

    let signature: TwilioSignature?
    /// Without a token: answer unsigned webhooks (local development) rather than refuse them.
    let allowUnsigned: Bool
    let publicURL: String?
    let maxBodyBytes: Int
    private let rejections = Counter(label: "loopai_signature_rejections_total")

    init(authToken: String?, allowUnsigned: Bool, publicURL: String?, maxBodyBytes: Int) {
        self.signature = authToken.map(TwilioSignature.init(authToken:))
        self.allowUnsigned = allowUnsigned
        self.publicURL = publicURL
        self.maxBodyBytes = maxBodyBytes
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard signature != nil || allowUnsigned else {
            rejections.increment()
            throw HTTPError(
                .forbidden,
                message:
                    "This gateway has no TWILIO_AUTH_TOKEN, so it cannot tell Twilio's webhooks from anyone's: set it, or ALLOW_UNSIGNED_WEBHOOKS=true for local development.\n"
            )
        }
        var request = request
        var context = context
        context.maximumBody = maxBodyBytes
        var form = FormBody(pairs: [])
        if request.method == .post {
            let contentType = request.headers[.contentType] ?? ""
            let type = contentType.lowercased()
            let multipart = signature == nil && type.hasPrefix("multipart/form-data")
            if !type.isEmpty, !multipart, !type.hasPrefix("application/x-www-form-urlencoded") {
                throw HTTPError(.unsupportedMediaType, message: "Twilio webhooks are application/x-www-form-urlencoded (use curl -d, not -F).\n")
            }
            let body = try await request.collectBody(upTo: maxBodyBytes)
            form = multipart ? try Self.decodeMultipart(body, contentType: contentType) : try Self.decode(body)
        }
        if let signature {
            let url = signedURL(of: request)
            // Twilio signs the POST body's parameters; query parameters are part of the URL.
            let parameters = form.pairs
            let given = request.headers[.twilioSignature] ?? ""
            guard signature.isValid(signature: given, url: url, parameters: parameters) else {
                rejections.increment()
                // A notice, values capped by the log handler: anyone can send these by the thousand.
                context.logger.notice(
                    "Rejected webhook with a bad or missing X-Twilio-Signature",
                    metadata: [
                        "path": "\(request.uri.path)", "signature_present": "\(!given.isEmpty)",
                        "signed_url": "\(url)",
                    ])
                throw HTTPError(.forbidden, message: "Invalid or missing X-Twilio-Signature.\n")
            }
        }
        // A redirect may arrive as GET with the fields in the query string.
        var pairs = form.pairs
        for (name, value) in request.uri.queryParameters where form.first(String(name)) == nil {
            pairs.append((String(name), String(value)))
        }
        context.form = TwilioForm(body: FormBody(pairs: pairs))
        return try await next(request, context)
    }

    /// The URL Twilio signed: the public base URL when configured, else what the proxy saw.
    func signedURL(of request: Request) -> String {
        Self.base(publicURL: publicURL, headers: request.headers, authority: request.head.authority) + request.uri.description
    }

    /// `scheme://host` as Twilio called it: `PUBLIC_URL` when set, else what the proxy saw.
    static func base(publicURL: String?, headers: HTTPFields, authority: String?) -> String {
        if let publicURL { return publicURL }
        let proto = headers[.xForwardedProto]?.split(separator: ",").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? "http"
        let host = headers[.xForwardedHost]?.split(separator: ",").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? authority ?? "localhost"
        return "\(proto)://\(host)"
    }

    /// The same base for a WebSocket: `wss://` where Twilio calls `https://`.
    static func socketBase(publicURL: String?, headers: HTTPFields, authority: String?) -> String {
        let base = Self.base(publicURL: publicURL, headers: headers, authority: authority)
        if base.lowercased().hasPrefix("https://") { return "wss://" + base.dropFirst("https://".count) }
        if base.lowercased().hasPrefix("http://") { return "ws://" + base.dropFirst("http://".count) }
        return base
    }

    /// A `multipart/form-data` body's text fields (local development only).
    static func decodeMultipart(_ body: ByteBuffer, contentType: String) throws -> FormBody {
        guard let boundary = Self.boundary(in: contentType) else {
            throw HTTPError(.badRequest, message: "multipart/form-data without a boundary.\n")
        }
        do {
            let form = try MultipartForm(body: Array(buffer: body), boundary: boundary, maximumParts: 200)
            return FormBody(pairs: form.fields.map { ($0.name, String(decoding: $0.value, as: UTF8.self)) })
        } catch {
            throw HTTPError(.badRequest, message: "The multipart form could not be decoded: \(error)\n")
        }
    }

    static func boundary(in contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let parts = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if parts.count == 2, parts[0].lowercased() == "boundary" {
                return parts[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            }
        }
        return nil
    }

    static func decode(_ body: ByteBuffer) throws -> FormBody {
        do {
            return try body.withUnsafeReadableBytes { bytes throws(FormBody.Invalid) in try FormBody(bytes: bytes) }
        } catch {
            throw HTTPError(.badRequest, message: "The form body could not be decoded: \(error)\n")
        }
    }
}
