import AsyncHTTPClient
import Foundation
import NIOCore
import NIOFoundationCompat
import NIOHTTP1

extension TwilioRESTClient {
    /// Posts a form to `/2010-04-01/Accounts/{AccountSid}/{path}` and decodes the answer,
    /// retrying transient failures (see the type's documentation).
    func post<Resource: Decodable>(path: String, fields: [(String, String)]) async throws(TwilioAPIError) -> Resource {
        let url = "\(baseURL)/2010-04-01/Accounts/\(credentials.accountSid)/\(path)"
        let body = Self.formBody(fields)
        var pause = firstPause
        var attempt = 1
        while true {
            let failure: TwilioAPIError
            var retryAfter: Duration?
            do {
                var request = HTTPClientRequest(url: url)
                request.method = .POST
                request.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
                request.headers.add(name: "Accept", value: "application/json")
                request.headers.add(name: "User-Agent", value: "loop-ai")
                request.setBasicAuth(username: credentials.username, password: credentials.password)
                request.body = .bytes(ByteBuffer(string: body))
                let response = try await http.execute(request, timeout: TimeAmount(timeout))
                let bytes = try await response.body.collect(upTo: 1 << 20)
                let status = Int(response.status.code)
                if (200..<300).contains(status) {
                    do {
                        return try JSONDecoder().decode(Resource.self, from: Data(buffer: bytes))
                    } catch {
                        throw TwilioAPIError.unexpectedResponse("HTTP \(status) body is not a \(Resource.self): \(error)")
                    }
                }
                let details = try? JSONDecoder().decode(TwilioErrorBody.self, from: Data(buffer: bytes))
                let message = details?.message ?? String(buffer: bytes).prefix(200).description
                if status == 429 || status >= 500 {
                    failure = .unavailable(status: status, message: message)
                    retryAfter = response.headers.first(name: "Retry-After").flatMap(Int.init).map { .seconds(min($0, 30)) }
                } else {
                    throw TwilioAPIError.rejected(status: status, code: details?.code, message: message, moreInfo: details?.moreInfo)
                }
            } catch let error as TwilioAPIError {
                throw error
            } catch {
                failure = .unreachable("\(error)")
            }
            guard attempt < attempts else { throw failure }
            let wait = max(pause, retryAfter ?? .zero)
            logger.warning(
                "Twilio request failed; retrying",
                metadata: ["path": "\(path)", "attempt": "\(attempt)", "error": "\(failure)", "retry_in_ms": "\(Int((wait / .milliseconds(1)).rounded()))"])
            try? await Task.sleep(for: wait)
            pause = pause * 2
            attempt += 1
        }
    }
}
