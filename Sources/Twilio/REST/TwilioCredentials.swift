/// How Loop AI signs in to Twilio's REST API: the account's own SID and auth token, or an API
/// key pair (`TWILIO_API_KEY`/`TWILIO_API_SECRET`), which Twilio recommends for servers because
/// it can be revoked without changing the account's token.
public struct TwilioCredentials: Sendable, Equatable {
    /// The account whose resources the requests address (`/Accounts/{AccountSid}/…`).
    public var accountSid: String
    /// The HTTP Basic user: the account SID, or an API key SID (`SK…`).
    public var username: String
    public var password: String

    public init(accountSid: String, authToken: String) {
        self.accountSid = accountSid
        self.username = accountSid
        self.password = authToken
    }

    public init(accountSid: String, apiKey: String, apiSecret: String) {
        self.accountSid = accountSid
        self.username = apiKey
        self.password = apiSecret
    }
}
