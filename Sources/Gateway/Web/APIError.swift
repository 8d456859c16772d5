import Foundation
import Hummingbird

/// The JSON API's errors: a status and `{"error": "one clear sentence"}`, never a stack trace.
struct APIError: Error, HTTPResponseError {
    let status: HTTPResponse.Status
    let message: String

    init(_ status: HTTPResponse.Status, _ message: String) {
        self.status = status
        self.message = message
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        Self.response(status, message)
    }

    static func response(_ status: HTTPResponse.Status, _ message: String) -> Response {
        let body = (try? JSONEncoder().encode(["error": message])) ?? Data(#"{"error":"error"}"#.utf8)
        return Response.json(ByteBuffer(bytes: body), status: status)
    }
}
