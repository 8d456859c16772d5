import Crypto

/// A Lua script with named keys and arguments, run by its SHA1 (`EVALSHA`), so each call sends a
/// 40-byte digest instead of the script; the first call on a server that does not know it yet
/// (after a restart) sends the source once with `EVAL`.
///
/// The body reads its keys as `key.<name>` and its arguments as `arg.<name>`: a prologue binds
/// the names, in the order given here, to `KEYS` and `ARGV`. Calls are types
/// (``RedisScriptCall``) that encode the same names in the same order, checked as they encode.
public struct RedisScript: Sendable {
    public let keyNames: [String]
    public let argumentNames: [String]
    public let source: String
    public let sha1: String

    public init(keys: [String], arguments: [String], body: String) {
        self.keyNames = keys
        self.argumentNames = arguments
        let bindKeys = keys.enumerated().map { "\($0.element) = KEYS[\($0.offset + 1)]" }.joined(separator: ", ")
        let bindArguments = arguments.enumerated().map { "\($0.element) = ARGV[\($0.offset + 1)]" }.joined(separator: ", ")
        self.source = "local key = {\(bindKeys)}\nlocal arg = {\(bindArguments)}\n" + body
        self.sha1 = Insecure.SHA1.hash(data: Array(source.utf8)).reduce(into: "") { hex, byte in
            hex += String(byte >> 4, radix: 16) + String(byte & 0x0F, radix: 16)
        }
    }

    /// True when the reply says the server does not have the script cached.
    static func isMissing(_ reply: RedisValue) -> Bool {
        if case .error(let message) = reply { return message.hasPrefix("NOSCRIPT") }
        return false
    }
}

/// One call of a script: a struct whose fields are the script's named keys and arguments, and
/// whose `Response` is what the script returns.
///
/// Scripts Loop AI runs are idempotent by design (turns are queued once per idempotency key,
/// commits are versioned, recovery moves only dead workers' lists), so calls are safe to resend
/// unless a call says otherwise.
public protocol RedisScriptCall: Sendable {
    associatedtype Response: RedisReplyDecodable = RedisValue

    static var script: RedisScript { get }

    var isSafeToResend: Bool { get }

    /// Writes every key and argument the script names, in the script's order.
    func encode(into encoder: inout RedisScriptEncoder)
}

extension RedisScriptCall {
    public var isSafeToResend: Bool { true }
}

/// Collects a script call's keys and arguments by name; a name out of the script's order is a
/// programming error caught the first time the call is made.
public struct RedisScriptEncoder: Sendable {
    let script: RedisScript
    var keys: [[UInt8]] = []
    var arguments: [[UInt8]] = []

    init(script: RedisScript) {
        self.script = script
    }

    public mutating func key(_ name: String, _ value: RedisKey) {
        precondition(keys.count < script.keyNames.count && script.keyNames[keys.count] == name, "key '\(name)' is not the script's next key")
        keys.append(value.redisBytes)
    }

    public mutating func argument(_ name: String, _ value: some RedisArgument) {
        precondition(
            arguments.count < script.argumentNames.count && script.argumentNames[arguments.count] == name,
            "argument '\(name)' is not the script's next argument")
        arguments.append(value.redisBytes)
    }

    /// Every name filled: a missing one would shift the rest.
    func complete() -> Bool {
        keys.count == script.keyNames.count && arguments.count == script.argumentNames.count
    }
}

extension RedisScriptCall {
    /// The call as a command, to send in a pipeline with others: by digest, or with the source
    /// (when a pipeline cannot stop to resend after `NOSCRIPT`). Alone, prefer
    /// ``RedisCommandRunner/run(_:)``, which sends the source only when needed.
    public func command(withSource: Bool = false) -> RedisScriptCommand<Self> {
        RedisScriptCommand(call: self, withSource: withSource)
    }
}

/// `EVALSHA sha numkeys keys… args…`, or `EVAL source …` when the server lacks the script.
public struct RedisScriptCommand<Call: RedisScriptCall>: RedisCommandType {
    public typealias Response = Call.Response
    public static var name: String { "EVALSHA" }
    let call: Call
    let withSource: Bool

    public var isSafeToResend: Bool { call.isSafeToResend }

    public func encode(into encoder: inout RedisCommandEncoder) {
        var script = RedisScriptEncoder(script: Call.script)
        call.encode(into: &script)
        precondition(script.complete(), "a call of a script must give every key and argument it names")
        encoder.encode(withSource ? "EVAL" : "EVALSHA")
        encoder.encode(withSource ? Call.script.source : Call.script.sha1)
        encoder.encode(script.keys.count)
        encoder.encode(keys: script.keys)
        encoder.encode(script.arguments)
    }
}
