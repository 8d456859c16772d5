import Foundation
import Hummingbird
import Redis
import Shared

/// The original JSON API, answered by the brains through Redis like a call: `POST /converse`,
/// `/search-hospitals` and `/search-by-city` (GET or POST, parameters in the query, or for POST in
/// a JSON body).
struct ConverseController: Sendable {
    let relay: TurnRelay
    let redis: RedisClient
    /// Issues and checks web session ids.
    let conversations: ConversationKeys
    let configuration: GatewayConfiguration

    /// The longest question accepted, as for speech.
    static let maximumText = Turn.maximumSpeechLength
    /// The largest JSON body accepted.
    static let maximumBody = 16 * 1024

    func addRoutes(to router: Router<GatewayRequestContext>) {
        let api = router.group()
            .add(middleware: CORSOriginsMiddleware<GatewayRequestContext>(origins: configuration.corsOrigins))
            .add(middleware: RateLimitMiddleware(
                    redis: redis, keys: configuration.keys, scope: "api", perMinute: configuration.rateLimitPerMinute,
                    trusted: configuration.trustedProxies))
        api.post("converse") { request, context in try await self.converse(request, context: context) }
        for path in ["search-hospitals", "search-by-city"] {
            let byCity = path == "search-by-city"
            api.get(RouterPath(path)) { request, context in try await self.search(request, byCity: byCity, context: context) }
            api.post(RouterPath(path)) { request, context in try await self.search(request, byCity: byCity, context: context) }
            api.on(RouterPath(path), method: .options) { _, _ in Response(status: .noContent) }
        }
        api.on("converse", method: .options) { _, _ in Response(status: .noContent) }
    }

    /// What `POST /converse` accepts.
    struct Question: Decodable {
        var text: String?
        var sessionID: String?
        /// The conversation's language as the page chose it: a code of `Language` (`mr`; `mr-IN` too).
        var language: String?

        enum CodingKeys: String, CodingKey {
            case text, language
            case sessionID = "session_id"
        }
    }

    private func converse(_ request: Request, context: GatewayRequestContext) async throws -> Response {
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: Self.maximumBody)
        } catch {
            throw APIError(.contentTooLarge, "The body must be at most \(Self.maximumBody) bytes.")
        }
        let question: Question
        if body.readableBytes == 0 {
            question = Question(text: nil, sessionID: nil, language: nil)
        } else if !(request.headers[.contentType] ?? "").lowercased().hasPrefix("application/json") {
            // A page on another site can post text/plain without asking first (no CORS
            // preflight); only JSON, which it cannot send unasked, is a question.
            throw APIError(.unsupportedMediaType, "Send the question as JSON, with Content-Type: application/json.")
        } else {
            do {
                question = try JSONDecoder().decode(Question.self, from: Data(buffer: body))
            } catch {
                throw APIError(.badRequest, #"The body must be JSON like {"text": "hospitals in Pune", "session_id": "web_…"}."#)
            }
        }
        guard (question.text ?? "").count <= Self.maximumText else {
            throw APIError(.badRequest, "text must be at most \(Self.maximumText) characters.")
        }
        let text = TwilioForm.clean(question.text ?? "")
        let session: WebSessionID
        do {
            if let given = question.sessionID {
                guard let shaped = WebSessionID(given) else {
                    throw APIError(.badRequest, "session_id must be one this API returned (web_ and 48 hexadecimal digits); leave it out to start.")
                }
                // An id this deployment did not issue (forged, altered, or another channel's)
                // names nobody's conversation: it starts a new one.
                if let issued = try await conversations.verify(shaped) {
                    session = issued
                } else {
                    session = try await conversations.newWebSession()
                }
            } else {
                session = try await conversations.newWebSession()
            }
        } catch let error as RedisError {
            context.logger.error("Could not issue or check a web session id", metadata: ["error": "\(error)"])
            throw APIError(.serviceUnavailable, "The service is busy; please try again in a moment.")
        }
        var language: Language?
        if let asked = question.language {
            guard let known = Language(rawValue: String(asked.lowercased().prefix { $0 != "-" })) else {
                throw APIError(.badRequest, "language must be one of \(Language.allCases.map(\.rawValue).joined(separator: ", ")), not \"\(asked.prefix(20))\".")
            }
            language = known
        }
        let turn = Turn(
            id: .random(), conversation: .webSession(session), payload: .web(text: text, language: language), receivedAt: Date.nowMilliseconds,
            replyTo: relay.replyList.text)
        return try await answer(turn, context: context)
    }

    /// A search's parameters as a JSON body: `{"query": "Manipal", "city": "Pune", "limit": 3}`.
    struct SearchBody: Decodable {
        var query: String?
        var city: String?
        var limit: Int?
    }

    private func search(_ request: Request, byCity: Bool, context: GatewayRequestContext) async throws -> Response {
        let query = request.uri.queryParameters
        var body = SearchBody()
        if request.method == .post, (request.headers[.contentType] ?? "").lowercased().hasPrefix("application/json") {
            let bytes: ByteBuffer
            do {
                bytes = try await request.body.collect(upTo: Self.maximumBody)
            } catch {
                throw APIError(.contentTooLarge, "The body must be at most \(Self.maximumBody) bytes.")
            }
            if bytes.readableBytes > 0 {
                do {
                    body = try JSONDecoder().decode(SearchBody.self, from: Data(buffer: bytes))
                } catch {
                    throw APIError(.badRequest, "The body must be JSON like {\"query\": \"Manipal\", \"city\": \"Pune\", \"limit\": 3}.")
                }
            }
        }
        var search = Turn.SearchRequest()
        if let limit = body.limit.map(String.init) ?? query["limit"].map(String.init) {
            guard let value = Int(limit), (1...50).contains(value) else { throw APIError(.badRequest, "limit must be a whole number from 1 to 50.") }
            search.limit = value
        }
        let city = (body.city ?? query["city"].map(String.init)).map { TwilioForm.clean($0) } ?? ""
        guard city.count <= 100 else { throw APIError(.badRequest, "city must be at most 100 characters.") }
        if !city.isEmpty { search.city = city }
        if byCity {
            guard !city.isEmpty else { throw APIError(.badRequest, "city is required, e.g. /search-by-city?city=Pune.") }
        } else {
            let text = (body.query ?? query["query"].map(String.init)).map { TwilioForm.clean($0) } ?? ""
            guard !text.isEmpty else { throw APIError(.badRequest, "query is required, e.g. /search-hospitals?query=Manipal&city=Bengaluru.") }
            guard text.count <= 200 else { throw APIError(.badRequest, "query must be at most 200 characters.") }
            search.query = text
        }
        let id = TurnID.random()
        let turn = Turn(id: id, conversation: .search(id), payload: .search(search), receivedAt: Date.nowMilliseconds, replyTo: relay.replyList.text)
        return try await answer(turn, context: context)
    }

    /// Queues the turn and waits for the brain's JSON: the usual budget, then as long again as a
    /// held caller would wait, then a clear 504.
    private func answer(_ turn: Turn, context: GatewayRequestContext) async throws -> Response {
        var outcome = await relay.relay(turn, idempotencyKey: nil, budget: configuration.replyBudget)
        var rounds = 0
        while case .pending(let id) = outcome, rounds < configuration.maxRedirects {
            rounds += 1
            outcome = await relay.pickUp(id, of: turn.conversation, budget: configuration.replyBudget)
        }
        switch outcome {
        case .reply(let json):
            return Response.json(ByteBuffer(string: json))
        case .pending:
            throw APIError(.gatewayTimeout, "Loop AI is taking too long to answer; please ask again.")
        case .unavailable(let reason):
            context.logger.error("Could not hand a web question to the brains", metadata: ["error": "\(reason)"])
            throw APIError(.serviceUnavailable, "Loop AI cannot look things up right now; please try again in a minute.")
        }
    }
}
