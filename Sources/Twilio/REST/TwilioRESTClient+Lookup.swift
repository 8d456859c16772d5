import AsyncHTTPClient
import Foundation
import NIOCore
import NIOFoundationCompat

extension TwilioRESTClient {
    /// The message with this text to this number from this sender created since `since` (two
    /// seconds' clock difference allowed: Twilio's dates are to the second), if Twilio has one:
    /// `GET …/Messages.json?To=…&From=…`, newest first, one page. One attempt; a failure is
    /// reported, never guessed past.
    public func sentMessage(to: String, from sender: Sender, body: String, since: Date) async throws(TwilioAPIError) -> TwilioMessage? {
        var query = [("To", to), ("PageSize", "50")]
        if case .number(let number) = sender { query.append(("From", number)) }
        let page: TwilioMessagePage = try await get(path: "Messages.json", query: query)
        let earliest = since.addingTimeInterval(-2)
        return page.messages.first { message in
            guard message.body == body, message.to.map({ $0 == to }) ?? true else { return false }
            guard let created = message.dateCreated.flatMap(Self.rfc2822) else { return false }
            return created >= earliest
        }
    }

    /// Reads a resource (`GET /2010-04-01/Accounts/{AccountSid}/{path}?…`), once.
    func get<Resource: Decodable>(path: String, query: [(String, String)]) async throws(TwilioAPIError) -> Resource {
        var request = HTTPClientRequest(url: "\(baseURL)/2010-04-01/Accounts/\(credentials.accountSid)/\(path)?\(Self.formBody(query))")
        request.headers.add(name: "Accept", value: "application/json")
        request.headers.add(name: "User-Agent", value: "loop-ai")
        request.setBasicAuth(username: credentials.username, password: credentials.password)
        let status: Int
        let bytes: ByteBuffer
        do {
            let response = try await http.execute(request, timeout: TimeAmount(timeout))
            bytes = try await response.body.collect(upTo: 4 << 20)
            status = Int(response.status.code)
        } catch {
            throw .unreachable("\(error)")
        }
        guard (200..<300).contains(status) else { throw Self.failure(status: status, bytes) }
        return try Self.decode(status: status, bytes)
    }

    /// Twilio's dates: `Mon, 07 Dec 2026 12:30:00 +0000`.
    static func rfc2822(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        return formatter.date(from: text)
    }
}
