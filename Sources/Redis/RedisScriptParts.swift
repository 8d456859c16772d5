/// One part of a script assembled from parts: the keys and arguments it owns, Lua that may end
/// the script early (`check`, run first, in order), and Lua that writes (`apply`, run after every
/// check passed, in order). Each part names its own keys and arguments; the assembled script
/// refuses two parts that use the same name.
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
    /// A script made of parts: every part's checks, then every part's writes, then `finally`.
    public init(parts: [RedisScriptPart], finally: String) {
        let keys = parts.flatMap(\.keys), arguments = parts.flatMap(\.arguments)
        precondition(Set(keys).count == keys.count && Set(arguments).count == arguments.count, "two parts of a script use the same name")
        let body = (parts.map(\.check) + parts.map(\.apply) + [finally]).filter { !$0.isEmpty }.joined(separator: "\n")
        self.init(keys: keys, arguments: arguments, body: body)
    }
}

/// A part's keys and arguments for one call, encoded into the assembled script's call.
public protocol RedisScriptPartCall: Sendable {
    func encode(into encoder: inout RedisScriptEncoder)
}
