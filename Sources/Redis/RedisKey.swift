/// The name of one Redis key, as commands and scripts take it.
///
/// Keys are not strings so that no text a caller sent, and no string built by hand, can be
/// passed where a key goes: every key is made by `RedisKeys` (in `Shared`), which documents the
/// whole key space in one place and puts every key under the deployment's prefix.
///
/// The initialiser is `package`, the strictest access Swift offers across targets: this type
/// must live in the Redis target, where the commands that take it are, while the one type
/// allowed to make keys lives in `Shared`, and Swift has no access level naming one other
/// module. So code outside this package cannot make a key at all, and inside it the single
/// construction site is `RedisKeys` (and its extensions) by rule; `RedisKeysTests` pins the
/// text of the keys it makes, since deployed data is stored under them.
public struct RedisKey: Sendable, Hashable, CustomStringConvertible, RedisArgument {
    /// The key's text: what goes on the wire, into logs, and to a script as `KEYS[n]`.
    public let text: String

    /// Only `RedisKeys` calls this (see the type's documentation).
    package init(_ text: String) {
        self.text = text
    }

    public var description: String { text }

    public var redisBytes: [UInt8] { Array(text.utf8) }
}
