/// Why a Redis operation failed.
public enum RedisError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No connection could be made, or it broke mid-command; the command may not have run.
    case connection(String)
    /// The server answered with an error reply (wrong type, script error, …).
    case server(String)
    /// The reply had a shape the caller did not expect.
    case unexpectedReply(String)
    /// The client was shut down before the command ran.
    case shutdown
    /// The waiting task was cancelled; the command may still have run.
    case cancelled

    public var description: String {
        switch self {
        case .connection(let message): return "Redis unreachable: \(message)"
        case .server(let message): return "Redis error: \(message)"
        case .unexpectedReply(let message): return "Unexpected Redis reply: \(message)"
        case .shutdown: return "Redis client shut down"
        case .cancelled: return "Redis command cancelled"
        }
    }

    /// True when the failure is about reaching Redis rather than about the command itself.
    public var isConnectionProblem: Bool {
        switch self {
        case .connection, .shutdown: return true
        default: return false
        }
    }
}
