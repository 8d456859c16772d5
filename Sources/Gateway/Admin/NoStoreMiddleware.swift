import Hummingbird

/// `Cache-Control: no-store` on every answer under `/admin` (pages, JSON, CSV, reveals, errors),
/// `/upload-csv` and the main port's `/metrics`: operators' data must not stay in a browser's or a
/// proxy's cache.
struct NoStoreMiddleware: RouterMiddleware {
    typealias Context = GatewayRequestContext

    static func applies(to path: String) -> Bool {
        path == "/admin" || path.hasPrefix("/admin/") || path == "/upload-csv" || path == "/metrics"
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard Self.applies(to: request.uri.path) else { return try await next(request, context) }
        do {
            var response = try await next(request, context)
            response.headers[.cacheControl] = "no-store"
            return response
        } catch var error as HTTPError {
            error.headers[.cacheControl] = "no-store"
            throw error
        } catch let error as any HTTPResponseError {
            var response = try error.response(from: request, context: context)
            response.headers[.cacheControl] = "no-store"
            return response
        }
    }
}
