import Foundation
import Hummingbird

/// Every error the gateway answers has one shape, `{"error": "what went wrong and what to do"}`,
/// whichever part of it refused the request: the handlers' `HTTPError`s are rewritten into it,
/// ``APIError`` writes it already. Twilio reads only the status; people and scripts read the text.
struct ErrorShapeMiddleware: RouterMiddleware {
    typealias Context = GatewayRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPError {
            var response = APIError.response(error.status, Self.sentence(error.body ?? "", status: error.status))
            for field in error.headers where field.name != .contentType && field.name != .contentLength { response.headers.append(field) }
            return response
        }
    }

    /// The message without its trailing newline, or the status's own words when there is none.
    static func sentence(_ message: String, status: HTTPResponse.Status) -> String {
        let trimmed = message.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.isEmpty else { return trimmed }
        switch status {
        case .notFound: return "Nothing here: the voice page is /, the dashboard /admin, and /openapi.json describes the API."
        case .methodNotAllowed: return "This address does not take that method: /openapi.json says which it takes."
        default: return status.reasonPhrase + "."
        }
    }
}
