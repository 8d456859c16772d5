import Foundation
import Hummingbird
import Shared
import Twilio

/// The voice page (`GET /`, its script and style) and the API's description (`GET /openapi.json`),
/// served from files built into the gateway: no build step, no CDN.
struct WebPageController: Sendable {
    /// Name → (content type, bytes), read once at start-up.
    let files: [String: (type: String, bytes: ByteBuffer)]

    /// `languages`: those the page offers in its Language box, in `LANGUAGES` order, so a member
    /// can choose only a language the brains will hold the conversation in.
    init(languages: [Language] = Language.offeredByDefault) {
        var files: [String: (type: String, bytes: ByteBuffer)] = [:]
        let types = [
            "html": "text/html; charset=utf-8", "js": "text/javascript; charset=utf-8", "css": "text/css; charset=utf-8", "json": "application/json",
            "svg": "image/svg+xml",
        ]
        let bundle = Bundle.module
        var urls: [URL] = []
        if let web = bundle.url(forResource: "web", withExtension: nil) {
            urls += (try? FileManager.default.contentsOfDirectory(at: web, includingPropertiesForKeys: nil)) ?? []
        }
        if let openAPI = bundle.url(forResource: "openapi", withExtension: "json") { urls.append(openAPI) }
        for url in urls {
            guard var data = try? Data(contentsOf: url) else { continue }
            if url.lastPathComponent == "index.html" { data = Data(Self.offering(languages, in: String(decoding: data, as: UTF8.self)).utf8) }
            files[url.lastPathComponent] = (types[url.pathExtension] ?? "application/octet-stream", ByteBuffer(bytes: data))
        }
        self.files = files
    }

    /// The page with one option per language where it says `{{languages}}`: the browser
    /// recogniser's Indian locale as the value ("mr-IN"), the code as its lang (app.js reads both),
    /// its own name as the text.
    static func offering(_ languages: [Language], in page: String) -> String {
        let options = languages.map { #"<option value="\#($0.rawValue)-IN" lang="\#($0.rawValue)">\#($0.ownName.xmlEscaped)</option>"# }
        return page.replacingOccurrences(of: "{{languages}}", with: options.joined(separator: "\n          "))
    }

    func addRoutes(to router: Router<GatewayRequestContext>) {
        router.get("/") { _, _ in try self.file("index.html") }
        router.get("/openapi.json") { _, _ in try self.file("openapi.json") }
        // Browsers ask for /favicon.ico whatever the page says.
        router.get("/favicon.ico") { _, _ in try self.file("favicon.svg") }
        router.get("/assets/:name") { _, context in
            guard let name = context.parameters.get("name"), name != "openapi.json" else { throw HTTPError(.notFound) }
            return try self.file(name)
        }
    }

    func file(_ name: String) throws -> Response {
        guard let file = files[name] else { throw HTTPError(.notFound) }
        var headers: HTTPFields = [.contentType: file.type, .cacheControl: "no-cache"]
        if file.type.hasPrefix("text/html") {
            // Only our own files run on the page; the microphone is the page's own.
            headers[.contentSecurityPolicy] =
                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
            headers[.referrerPolicy] = "no-referrer"
            headers[.xContentTypeOptions] = "nosniff"
        }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: file.bytes))
    }
}
