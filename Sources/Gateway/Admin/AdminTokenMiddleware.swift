import Crypto
import Foundation
import Hummingbird

/// Lets a request through to `/admin/*` only with `Authorization: Bearer <ADMIN_TOKEN>`.
///
/// Compared in constant time (both sides hashed first, so even the length does not leak). A
/// deployment without `ADMIN_TOKEN` has no admin routes at all: they answer 404.
struct AdminTokenMiddleware<Context: RequestContext>: RouterMiddleware {
    let token: String?

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let token else { throw HTTPError(.notFound) }
        let header = request.headers[.authorization] ?? ""
        guard header.hasPrefix("Bearer "), Self.equal(String(header.dropFirst(7)), token) else {
            var response = Response(
                status: .unauthorized, headers: [.contentType: "application/json"],
                body: .init(byteBuffer: ByteBuffer(string: #"{"error":"This needs Authorization: Bearer <ADMIN_TOKEN>."}"#)))
            response.headers[.wwwAuthenticate] = #"Bearer realm="loop-ai-admin""#
            return response
        }
        return try await next(request, context)
    }

    /// Constant-time equality of two secrets.
    static func equal(_ given: String, _ expected: String) -> Bool {
        let left = SHA256.hash(data: Array(given.utf8)), right = SHA256.hash(data: Array(expected.utf8))
        return zip(left, right).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
