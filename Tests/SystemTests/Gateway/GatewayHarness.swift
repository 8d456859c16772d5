import Config
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import Prometheus
import Testing

@testable import Gateway
@testable import LoopTools
@testable import Shared

/// Builds an in-process gateway against a real Redis, for tests of the gateway alone.
enum GatewayHarness {
    static let token = "gateway-test-token-0123456789abc"
    static let adminToken = "gateway-test-admin-token-0123456789"
    /// What an operator sends to see `/health`'s details.
    static let adminBearer: HTTPFields = [.authorization: "Bearer \(adminToken)"]

    static func configuration(redis: String, extra: [String: String] = [:]) async throws -> GatewayConfiguration {
        // Tests of the gateway alone post unsigned webhooks unless they set a token.
        var environment = [
            "REDIS_URL": redis, "PORT": "0", "HOST": "127.0.0.1", "METRICS_PORT": "0", "REPLY_TIMEOUT_MS": "300", "REPLY_REDIRECTS": "2", "ALLOW_UNSIGNED_WEBHOOKS": "true",
        ]
        environment.merge(extra) { $1 }
        let settings = try await Settings.load(environment: environment, environmentFile: nil)
        return try GatewayConfiguration(settings: settings)
    }

    static func app(_ configuration: GatewayConfiguration) -> some ApplicationProtocol {
        buildGatewayApplication(configuration: configuration, registry: PrometheusCollectorRegistry(), logger: Logger(label: "gateway-test"))
    }

    /// A signed form request as Twilio would send it to `path` (signed for `signedURL`).
    static func request(
        _ path: String, fields: [(String, String)], token: String? = token, signedURL: String? = nil,
        headers extra: HTTPFields = [:]
    ) -> (uri: String, headers: HTTPFields, body: ByteBuffer) {
        let webhook = TwilioWebhook(parameters: fields)
        var headers: HTTPFields = [:]
        let url = signedURL ?? "http://localhost\(path)"
        for (name, value) in TwilioSigner(authToken: token).headers(url: url, webhook: webhook) {
            headers[HTTPField.Name(name)!] = value
        }
        headers.append(contentsOf: extra)
        return (path, headers, ByteBuffer(string: webhook.body))
    }

    static let callSid = "CA" + String(repeating: "ab", count: 16)

    static func speech(_ text: String) -> [(String, String)] {
        TwilioWebhook.speech(
            text, confidence: 0.9, callSid: callSid, from: "+919876545678", to: "+15551234567",
            accountSid: "AC" + String(repeating: "0", count: 32)
        ).parameters
    }
}

extension TestClientProtocol {
    func post(_ request: (uri: String, headers: HTTPFields, body: ByteBuffer)) async throws -> TestResponse {
        try await executeRequest(uri: request.uri, method: .post, headers: request.headers, body: request.body)
    }
}
