/// Why a call to Twilio's REST API failed.
public enum TwilioAPIError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Twilio refused the request and said why (its JSON error body): never retried.
    case rejected(status: Int, code: Int?, message: String, moreInfo: String?)
    /// Twilio was busy or failing (429, 5xx) on every attempt.
    case unavailable(status: Int, message: String)
    /// Twilio could not be reached, or did not answer in time, on every attempt.
    case unreachable(String)
    /// Twilio answered with something that is not the JSON it documents.
    case unexpectedResponse(String)

    public var description: String {
        switch self {
        case .rejected(let status, let code, let message, let moreInfo):
            return "Twilio refused the request (HTTP \(status)\(code.map { ", error \($0)" } ?? "")): \(message)\(moreInfo.map { " — \($0)" } ?? "")"
        case .unavailable(let status, let message): return "Twilio is unavailable (HTTP \(status)): \(message)"
        case .unreachable(let message): return "Twilio unreachable: \(message)"
        case .unexpectedResponse(let message): return "Unexpected answer from Twilio: \(message)"
        }
    }

    /// True when trying again later may succeed (never for a request Twilio rejected).
    public var isTransient: Bool {
        switch self {
        case .unavailable, .unreachable: return true
        case .rejected, .unexpectedResponse: return false
        }
    }
}
