import AsyncHTTPClient
import NIOCore

extension TwilioRESTClient {
    /// A recording's audio as Twilio answers it (`GET …/Recordings/{Sid}.mp3`), not yet read: the
    /// caller streams the body on. `range` is the listener's `Range` header, passed through so a
    /// player can seek. Not retried: a player asks again.
    public func recordingMedia(sid: String, range: String?) async throws(TwilioAPIError) -> HTTPClientResponse {
        var request = HTTPClientRequest(url: "\(baseURL)/2010-04-01/Accounts/\(credentials.accountSid)/Recordings/\(sid).mp3")
        request.headers.add(name: "User-Agent", value: "loop-ai")
        request.setBasicAuth(username: credentials.username, password: credentials.password)
        if let range { request.headers.add(name: "Range", value: range) }
        do {
            // The deadline covers the whole transfer: a long message at a slow listener's pace.
            return try await http.execute(request, timeout: .minutes(5))
        } catch {
            throw .unreachable("\(error)")
        }
    }
}
