import Synchronization

/// One part of a script assembled from parts: the keys and arguments it owns, Lua that may end
/// the script early (`check`, run first, in order), and Lua that writes (`apply`, run after every
/// check passed, in order). Each part names its own keys and arguments; the assembled script
/// refuses two parts that use the same name.
///
/// A part's Lua is self-contained: its check and its writes each run in a block of their own
/// (`do … end`), so a `local` one declares is out of every other's reach, its own writes included.
public struct RedisScriptPart: Sendable {
    public let keys: [String]
    public let arguments: [String]
    public let check: String
    public let apply: String

    public init(keys: [String], arguments: [String], check: String = "", apply: String) {
        self.keys = keys
        self.arguments = arguments
        self.check = check
        self.apply = apply
    }
}

extension RedisScript {
    /// A script made of parts: every part's checks, then every part's writes, each in a block of
    /// its own, then `return returning`.
    public init(parts: [RedisScriptPart], returning: Int) {
        let keys = parts.flatMap(\.keys), arguments = parts.flatMap(\.arguments)
        precondition(Set(keys).count == keys.count && Set(arguments).count == arguments.count, "two parts of a script use the same name")
        let blocks = (parts.map(\.check) + parts.map(\.apply)).filter { !$0.isEmpty }.map { "do\n" + $0 + "\nend" }
        self.init(keys: keys, arguments: arguments, body: (blocks + ["return \(returning)"]).joined(separator: "\n"))
    }
}

/// A part's keys and arguments for one call, encoded into the assembled script's call.
public protocol RedisScriptPartCall: Sendable {
    static var part: RedisScriptPart { get }
    func encode(into encoder: inout RedisScriptEncoder)
}

/// A call of the script assembled from the parts this call needs, in their order: a turn that
/// lists a voicemail runs a script with a voicemail part, one that does not runs one without.
/// Each combination is one script, assembled once and then run by its digest like any other.
public struct RedisPartsCall<Response: RedisReplyDecodable>: RedisCommandType {
    public static var name: String { "EVALSHA" }
    public let parts: [any RedisScriptPartCall]
    public let script: RedisScript
    /// What the script returns when no part's check ended it.
    public let returning: Int
    let withSource: Bool

    public init(_ parts: [any RedisScriptPartCall], returning: Int) {
        self.init(parts, returning: returning, script: Self.assembled(parts, returning: returning), withSource: false)
    }

    private init(_ parts: [any RedisScriptPartCall], returning: Int, script: RedisScript, withSource: Bool) {
        self.parts = parts
        self.returning = returning
        self.script = script
        self.withSource = withSource
    }

    /// The same call with the script's source (after `NOSCRIPT`).
    public func withScriptSource() -> Self {
        Self(parts, returning: returning, script: script, withSource: true)
    }

    public func encode(into encoder: inout RedisCommandEncoder) {
        var arguments = RedisScriptEncoder(script: script)
        for part in parts { part.encode(into: &arguments) }
        precondition(arguments.complete(), "a part must give every key and argument it names")
        encoder.encode(withSource ? "EVAL" : "EVALSHA")
        encoder.encode(withSource ? script.source : script.sha1)
        encoder.encode(arguments.keys.count)
        encoder.encode(keys: arguments.keys)
        encoder.encode(arguments.arguments)
    }

    /// Hashed once per combination of parts, not once per call.
    private static func assembled(_ parts: [any RedisScriptPartCall], returning: Int) -> RedisScript {
        let combination = AssembledScripts.Combination(parts: parts.map { ObjectIdentifier(type(of: $0)) }, returning: returning)
        if let script = AssembledScripts.cache.withLock({ $0[combination] }) { return script }
        let script = RedisScript(parts: parts.map { type(of: $0).part }, returning: returning)
        AssembledScripts.cache.withLock { $0[combination] = script }
        return script
    }
}

/// Scripts by the parts they are made of (a generic type cannot hold a stored static).
private enum AssembledScripts {
    struct Combination: Hashable {
        let parts: [ObjectIdentifier]
        let returning: Int
    }

    static let cache = Mutex<[Combination: RedisScript]>([:])
}

extension RedisCommandRunner {
    /// Runs a script assembled from parts by its digest, sending the source only if the server
    /// lacks it.
    @discardableResult
    public func run<Response>(_ call: RedisPartsCall<Response>) async throws(RedisError) -> Response {
        var reply = try await pipeline([call]).first ?? .null
        if RedisScript.isMissing(reply) {
            reply = try await pipeline([call.withScriptSource()]).first ?? .null
        }
        return try Response(reply: reply)
    }
}
