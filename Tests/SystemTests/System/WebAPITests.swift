import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import Testing

@testable import LoopTools
@testable import Shared

/// The JSON API through real processes: `/converse`, the two searches, the OpenAPI document
/// checked against real answers, rate limits, CORS and input limits.
@Suite("The JSON API", .serialized, .timeLimit(.minutes(3)))
struct WebAPITests {
    static func request(
        _ stack: LoopStack, _ method: HTTPMethod, _ path: String, json: String? = nil, headers: [(String, String)] = []
    ) async throws -> (status: Int, headers: HTTPHeaders, body: String) {
        var request = HTTPClientRequest(url: stack.gatewayURL + path)
        request.method = method
        if let json {
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(string: json))
        }
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(15))
        return (Int(response.status.code), response.headers, String(buffer: try await response.body.collect(upTo: 1 << 22)))
    }

    static func object(_ body: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
    }

    @Test("Hindi on /converse: the page's language chooses it, typed Devanagari is answered in Hindi, 'और' continues a Hindi list, an unknown language is refused")
    func hindiConversation() async throws {
        try await LoopStack.with { stack in
            func converse(_ json: String) async throws -> ConverseReply {
                try JSONDecoder().decode(ConverseReply.self, from: Data(try await Self.request(stack, .POST, "/converse", json: json).body.utf8))
            }
            let chosen = try await converse(#"{"text":"बेंगलुरु के तीन हॉस्पिटल बताइए","language":"hi"}"#)
            #expect(chosen.language == "hi" && chosen.speech.contains("बेंगलुरु") && chosen.items.count == 3, "\(chosen.speech)")
            let more = try await converse(#"{"text":"और","session_id":"\#(chosen.sessionID)","language":"hi"}"#)
            #expect(more.speech.contains("अगले") && more.items.count == 3, "\(more.speech)")
            // Typed Devanagari is Hindi even with the box on English, in a new conversation too.
            let typed = try await converse(#"{"text":"पुणे में कितने अस्पताल हैं","language":"en"}"#)
            #expect(typed.language == "hi" && typed.speech.contains("पुणे में 219"), "\(typed.speech)")
            let boxOnly = try await converse(#"{"text":"hospitals in Pune","language":"hi-IN"}"#)
            #expect(boxOnly.language == "hi" && boxOnly.speech.contains("पुणे"), "\(boxOnly.speech)")
            let refused = try await Self.request(stack, .POST, "/converse", json: #"{"text":"hello","language":"fr"}"#)
            #expect(refused.status == 400 && refused.body.contains("language must be one of"), "\(refused.body)")
        }
    }

    @Test("The searches take their parameters as a JSON body too, and answer the same as with a query string")
    func searchWithJSONBody() async throws {
        try await LoopStack.with { stack in
            let byQuery = try await Self.request(stack, .POST, "/search-hospitals?query=Manipal&city=Bangalore&limit=3")
            let byBody = try await Self.request(stack, .POST, "/search-hospitals", json: #"{"query":"Manipal","city":"Bangalore","limit":3}"#)
            let fromBody = try JSONSerialization.jsonObject(with: Data(byBody.body.utf8)) as? NSDictionary
            let fromQuery = try JSONSerialization.jsonObject(with: Data(byQuery.body.utf8)) as? NSDictionary
            #expect(byBody.status == 200 && fromBody != nil && fromBody == fromQuery, "\(byBody.body.prefix(400)) ≠ \(byQuery.body.prefix(400))")
            let city = try await Self.request(stack, .POST, "/search-by-city", json: #"{"city":"Pune","limit":2}"#)
            #expect(city.status == 200 && city.body.contains("Pune"), "\(city.body.prefix(300))")
            let bad = try await Self.request(stack, .POST, "/search-hospitals", json: #"{"query":"Manipal","limit":"three"}"#)
            #expect(bad.status == 400 && bad.body.contains("JSON like"), "\(bad.body)")
            let missing = try await Self.request(stack, .POST, "/search-by-city", json: "{}")
            #expect(missing.status == 400 && missing.body.contains("city is required"))
        }
    }

    @Test("A conversation on /converse: the greeting first, an answer with cards, a follow-up on the same session, a new one without it")
    func conversation() async throws {
        try await LoopStack.with { stack in
            let greeting = try await Self.request(stack, .POST, "/converse", json: "{}")
            #expect(greeting.status == 200)
            let first = try JSONDecoder().decode(ConverseReply.self, from: Data(greeting.body.utf8))
            #expect(first.speech.hasPrefix("Hello! I am Loop AI"))
            #expect(first.items.isEmpty && !first.ended && first.language == "en")

            let listed = try JSONDecoder().decode(
                ConverseReply.self,
                from: Data(
                    try await Self.request(
                        stack, .POST, "/converse", json: #"{"text":"Tell me 3 hospitals around Bangalore","session_id":"\#(first.sessionID)"}"#
                    ).body.utf8))
            #expect(listed.sessionID == first.sessionID)
            #expect(listed.items.count == 3 && listed.items.allSatisfy { $0.city == "Bengaluru" })
            #expect(!listed.speech.contains("Hello!"))
            let more = try JSONDecoder().decode(
                ConverseReply.self,
                from: Data(try await Self.request(stack, .POST, "/converse", json: #"{"text":"more","session_id":"\#(first.sessionID)"}"#).body.utf8))
            #expect(more.speech.hasPrefix("The next"))
            #expect(Set(more.items.map(\.name)).isDisjoint(with: listed.items.map(\.name)))
            let address = try JSONDecoder().decode(
                ConverseReply.self,
                from: Data(
                    try await Self.request(
                        stack, .POST, "/converse", json: #"{"text":"what is the address of the second one","session_id":"\#(first.sessionID)"}"#
                    ).body.utf8))
            #expect(address.items.first?.name == more.items[1].name)

            let fresh = try JSONDecoder().decode(
                ConverseReply.self, from: Data(try await Self.request(stack, .POST, "/converse", json: #"{"text":"hospitals in Pune"}"#).body.utf8))
            #expect(fresh.sessionID != first.sessionID)
            #expect(fresh.speech.hasPrefix("Hello!") && fresh.items.count == 3)

            let bye = try JSONDecoder().decode(
                ConverseReply.self,
                from: Data(
                    try await Self.request(stack, .POST, "/converse", json: #"{"text":"I want to talk to a person","session_id":"\#(fresh.sessionID)"}"#).body
                        .utf8))
            #expect(bye.ended && bye.handoff != nil)
        }
    }

    @Test("The searches answer from the list with the same forgiving matching, and never name what the list lacks")
    func searches() async throws {
        try await LoopStack.with { stack in
            let manipal = try JSONDecoder().decode(
                SearchReply.self, from: Data(try await Self.request(stack, .GET, "/search-hospitals?query=Manipaal&city=Banglore&limit=3").body.utf8))
            #expect(manipal.city == "Bengaluru" && manipal.items.count == 3 && manipal.total >= 3)
            #expect(manipal.items.allSatisfy { $0.name.contains("Manipal") })
            let pune = try JSONDecoder().decode(
                SearchReply.self, from: Data(try await Self.request(stack, .POST, "/search-by-city?city=pune&limit=5").body.utf8))
            #expect(pune.city == "Pune" && pune.items.count == 5 && pune.total > 100)
            let none = try JSONDecoder().decode(
                SearchReply.self, from: Data(try await Self.request(stack, .GET, "/search-hospitals?query=Zyxwv%20Galactic&city=Pune").body.utf8))
            #expect(none.total == 0 && none.items.isEmpty && none.message?.contains("No listed hospital") == true)
            #expect(try await Self.request(stack, .GET, "/search-by-city").status == 400)
            #expect(try await Self.request(stack, .GET, "/search-hospitals?city=Pune").status == 400)
            #expect(try await Self.request(stack, .GET, "/search-by-city?city=Pune&limit=500").status == 400)
            let unknown = try await Self.request(stack, .GET, "/search-by-city?city=Atlantis")
            #expect(unknown.status == 200 && unknown.body.contains("No network city"))
        }
    }

    @Test("/openapi.json describes every endpoint, and real answers match its schemas")
    func openAPIMatchesAnswers() async throws {
        try await LoopStack.with(environment: ["ADMIN_TOKEN": NextStepsTests.adminToken]) { stack in
            let document = try Self.object(try await Self.request(stack, .GET, "/openapi.json").body)
            let paths = try #require(document["paths"] as? [String: Any])
            #expect(
                Set(paths.keys) == [
                    "/converse", "/search-hospitals", "/search-by-city", "/upload-csv", "/admin/overview", "/admin/calls", "/admin/calls.csv", "/admin/live",
                    "/admin/calls/{sid}", "/admin/summary", "/admin/voicemails", "/admin/voicemails/{sid}/state", "/admin/voicemails/{sid}/reveal",
                    "/admin/network", "/admin/network/csv", "/admin/network/rollback",
                ])
            let validator = OpenAPIValidator(document: document)
            let cases: [(String, HTTPMethod, String, String?, Int)] = [
                ("/converse", .POST, "/converse", #"{"text":"Tell me 3 hospitals in Mumbai"}"#, 200),
                ("/converse", .POST, "/converse", "oops", 400),
                ("/search-hospitals", .GET, "/search-hospitals?query=Apollo&city=Chennai&limit=2", nil, 200),
                ("/search-hospitals", .POST, "/search-hospitals?query=Fortis", nil, 200),
                ("/search-hospitals", .GET, "/search-hospitals", nil, 400),
                ("/search-by-city", .GET, "/search-by-city?city=Delhi", nil, 200),
                ("/search-by-city", .POST, "/search-by-city?city=Hyderabad&limit=1", nil, 200),
            ]
            let admin = [("Authorization", "Bearer \(NextStepsTests.adminToken)")]
            let adminCases: [(String, HTTPMethod, String, String?, Int)] = [
                ("/admin/calls", .GET, "/admin/calls?language=en", nil, 200), ("/admin/calls", .GET, "/admin/calls?outcome=lost", nil, 400),
                ("/admin/live", .GET, "/admin/live", nil, 200), ("/admin/summary", .GET, "/admin/summary?channel=web", nil, 200),
                ("/admin/voicemails", .GET, "/admin/voicemails", nil, 200), ("/admin/network", .GET, "/admin/network", nil, 200),
                ("/admin/calls/{sid}", .GET, "/admin/calls/CA" + String(repeating: "1", count: 32), nil, 401),
                ("/admin/voicemails/{sid}/state", .POST, "/admin/voicemails/CA\(String(repeating: "1", count: 32))/state", #"{"state":"closed"}"#, 404),
                ("/admin/network/rollback", .POST, "/admin/network/rollback", "{}", 400),
            ]
            for (path, method, url, body, status) in cases + adminCases {
                let isAdmin = path.hasPrefix("/admin") && !(path == "/admin/calls/{sid}")
                let answer = try await Self.request(stack, method, url, json: body, headers: isAdmin ? admin : [])
                #expect(answer.status == status, "\(url): \(answer.body)")
                let problems = validator.problems(
                    path: path, method: method.rawValue.lowercased(), status: status, body: try JSONSerialization.jsonObject(with: Data(answer.body.utf8)))
                #expect(problems.isEmpty, "\(url): \(problems)")
            }
        }
    }
}

/// Checks a JSON value against the response schema an OpenAPI document gives (types, required
/// properties, enums, patterns, `$ref`s): enough to keep the document honest.
struct OpenAPIValidator {
    let document: [String: Any]

    func problems(path: String, method: String, status: Int, body: Any) -> [String] {
        guard let operation = (document["paths"] as? [String: Any])?[path] as? [String: Any], let op = operation[method] as? [String: Any] else {
            return ["no \(method) \(path) in the document"]
        }
        guard var response = (op["responses"] as? [String: Any])?[String(status)] as? [String: Any] else { return ["no \(status) response"] }
        if let ref = response["$ref"] as? String, let resolved = resolve(ref) { response = resolved }
        guard let schema = ((response["content"] as? [String: Any])?["application/json"] as? [String: Any])?["schema"] as? [String: Any] else {
            return ["no JSON schema for \(status)"]
        }
        return check(body, against: schema, at: "$")
    }

    func resolve(_ ref: String) -> [String: Any]? {
        var node: Any = document
        for part in ref.dropFirst(2).split(separator: "/") { node = (node as? [String: Any])?[String(part)] as Any }
        return node as? [String: Any]
    }

    func check(_ value: Any, against schema: [String: Any], at location: String) -> [String] {
        if let ref = schema["$ref"] as? String {
            guard let resolved = resolve(ref) else { return ["\(location): unresolved \(ref)"] }
            return check(value, against: resolved, at: location)
        }
        var problems: [String] = []
        switch schema["type"] as? String {
        case "object":
            guard let object = value as? [String: Any] else { return ["\(location): not an object"] }
            for name in schema["required"] as? [String] ?? [] where object[name] == nil { problems.append("\(location).\(name) missing") }
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for (name, item) in object {
                // A map (`additionalProperties`): every value has that schema.
                if properties[name] == nil, let values = schema["additionalProperties"] as? [String: Any] {
                    problems += check(item, against: values, at: "\(location).\(name)")
                    continue
                }
                guard let property = properties[name] as? [String: Any] else {
                    problems.append("\(location).\(name) is not in the schema")
                    continue
                }
                problems += check(item, against: property, at: "\(location).\(name)")
            }
        case "array":
            guard let array = value as? [Any] else { return ["\(location): not an array"] }
            for (index, item) in array.enumerated() { problems += check(item, against: schema["items"] as? [String: Any] ?? [:], at: "\(location)[\(index)]") }
        case "string":
            guard let text = value as? String else { return ["\(location): not a string"] }
            if let options = schema["enum"] as? [String], !options.contains(text) { problems.append("\(location): \(text) not in \(options)") }
            if let pattern = schema["pattern"] as? String, text.range(of: pattern, options: .regularExpression) == nil {
                problems.append("\(location): \(text) does not match \(pattern)")
            }
        case "integer":
            // Foundation reads 0 and 1 as numbers that also pass as Bool, so only the value is checked.
            if (value as? NSNumber).map({ $0.doubleValue != $0.doubleValue.rounded() }) ?? true { problems.append("\(location): not an integer") }
        case "boolean":
            if !(value is Bool) { problems.append("\(location): not a boolean") }
        default:
            break
        }
        return problems
    }
}
