import AsyncHTTPClient
import Foundation
import NIOCore
import NIOFoundationCompat
import NIOHTTP1

extension TwilioRESTClient {
    /// Posts a form to `/2010-04-01/Accounts/{AccountSid}/{path}` and decodes the answer,
    /// retrying transient failures (see the type's documentation).
    ///
    /// `createdMeanwhile` makes a create safe to retry: after a failure that may have reached
    /// Twilio (no answer in time, a dropped connection — not an error Twilio answered with) it is
    /// asked before the next attempt, and what it finds is the answer.
    /// When it cannot look, the failure stands and nothing is sent again.
    func post<Resource: Decodable>(
        path: String, fields: [(String, String)], createdMeanwhile: (() async throws(TwilioAPIError) -> Resource?)? = nil
    ) async throws(TwilioAPIError) -> Resource {
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
                if (200..<300).contains(status) { return try Self.decode(status: status, bytes) }
                let answered = Self.failure(status: status, bytes)
                guard answered.isTransient else { throw answered }
                failure = answered
                retryAfter = response.headers.first(name: "Retry-After").flatMap(Int.init).map { .seconds(min($0, 30)) }
            } catch let error as TwilioAPIError {
                throw error
            } catch {
                failure = .unreachable("\(error)")
            }
            guard attempt < attempts else { throw failure }
            if let createdMeanwhile, failure.mayHaveReachedTwilio {
                let found: Resource?
                do throws(TwilioAPIError) {
                    found = try await createdMeanwhile()
                } catch {
                    logger.warning("Could not tell whether Twilio took a request; not sending it again now", metadata: ["path": "\(path)", "error": "\(error)"])
                    throw failure
                }
                if let found {
                    logger.notice("Twilio had taken a request whose answer was lost; not sent again", metadata: ["path": "\(path)"])
                    return found
                }
            }
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

extension TwilioRESTClient {
    /// A 2xx answer's resource.
    static func decode<Resource: Decodable>(status: Int, _ bytes: ByteBuffer) throws(TwilioAPIError) -> Resource {
        do {
            return try JSONDecoder().decode(Resource.self, from: Data(buffer: bytes))
        } catch {
            throw .unexpectedResponse("HTTP \(status) body is not a \(Resource.self): \(error)")
        }
    }

    /// What an answer other than 2xx means: busy or failing (429, 5xx), or refused with Twilio's reasons.
    static func failure(status: Int, _ bytes: ByteBuffer) -> TwilioAPIError {
        let details = try? JSONDecoder().decode(TwilioErrorBody.self, from: Data(buffer: bytes))
        let message = details?.message ?? String(buffer: bytes).prefix(200).description
        if status == 429 || status >= 500 { return .unavailable(status: status, message: message) }
        return .rejected(status: status, code: details?.code, message: message, moreInfo: details?.moreInfo)
    }
}

extension TwilioAPIError {
    /// True when Twilio may have acted on the request although no answer came back (a timeout, a
    /// dropped connection). An answer, even a 5xx, says the request was not taken.
    var mayHaveReachedTwilio: Bool {
        switch self {
        case .unreachable: return true
        case .unavailable, .rejected, .unexpectedResponse: return false
        }
    }
}
