/// Something that runs Redis commands: a connection, a reconnecting connection, or the pool.
///
/// Each provides one primitive, a pipeline of typed commands with error replies in place; the
/// typed forms (one command, a parameter pack of commands, a script call) are built on it here.
public protocol RedisCommandRunner: Sendable {
    /// Runs the commands back to back on one connection and returns their replies in order.
    /// Error replies come back in place as ``RedisValue/error(_:)``, so one failed command does
    /// not hide the others.
    func pipeline(_ commands: [any RedisCommandType]) async throws(RedisError) -> [RedisValue]
}

extension RedisCommandRunner {
    /// Runs one command and decodes its reply; an error reply throws ``RedisError/server(_:)``.
    @discardableResult
    public func execute<Command: RedisCommandType>(_ command: Command) async throws(RedisError) -> Command.Response {
        let replies = try await pipeline([command])
        guard let reply = replies.first else { throw .unexpectedReply("no reply to \(Command.name)") }
        return try Command.Response(reply: reply)
    }

    /// Runs several commands back to back on one connection (one round trip) and decodes each
    /// reply as its command's `Response`; each result is its own, so one error reply does not
    /// hide the others.
    public func execute<each Command: RedisCommandType>(
        _ commands: repeat each Command
    ) async throws(RedisError) -> (repeat Result<(each Command).Response, RedisError>) {
        var list: [any RedisCommandType] = []
        for command in repeat each commands { list.append(command) }
        let cursor = ReplyCursor(try await pipeline(list))
        return (repeat cursor.next((each Command).Response.self))
    }

    /// Runs a script by its digest, sending the source only if the server lacks it, and decodes
    /// what it returns; an error reply throws ``RedisError/server(_:)``.
    @discardableResult
    public func run<Call: RedisScriptCall>(_ call: Call) async throws(RedisError) -> Call.Response {
        var reply = try await pipeline([call.command()]).first ?? .null
        if RedisScript.isMissing(reply) {
            reply = try await pipeline([call.command(withSource: true)]).first ?? .null
        }
        return try Call.Response(reply: reply)
    }
}

/// Hands out a pipeline's replies in order, decoded.
private final class ReplyCursor {
    private let replies: [RedisValue]
    private var index = 0

    init(_ replies: [RedisValue]) {
        self.replies = replies
    }

    func next<Response: RedisReplyDecodable>(_: Response.Type) -> Result<Response, RedisError> {
        defer { index += 1 }
        guard index < replies.count else { return .failure(.unexpectedReply("fewer replies than commands")) }
        let reply = replies[index]
        return Result { () throws(RedisError) in try Response(reply: reply) }
    }
}
