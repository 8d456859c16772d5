import Foundation

/// Where a Redis server lives and how to log in to it, parsed from a `redis://` URL.
///
/// Accepted forms: `redis://host:port/db`, `redis://:password@host:port/db`,
/// `redis://user:password@host:port/db` (Redis 6 ACL users) and `unix:///path/to/socket?db=N`.
/// The password is never part of ``description``, so an endpoint can be logged safely.
public struct RedisEndpoint: Sendable, Equatable, CustomStringConvertible {
    /// TCP host and port, or the path of a unix socket.
    public enum Address: Sendable, Equatable {
        case tcp(host: String, port: Int)
        case unixSocket(path: String)
    }

    public var address: Address
    public var username: String?
    public var password: String?
    public var database: Int
    /// When set, ``address`` is only where to start: the primary is asked of these sentinels.
    public var sentinel: RedisSentinel?
    /// When set, ``address`` is unused: keys are spread over these cluster nodes by hash slot.
    public var cluster: RedisCluster?

    public init(address: Address, username: String? = nil, password: String? = nil, database: Int = 0) {
        self.address = address
        self.username = username
        self.password = password
        self.database = database
    }

    /// The default the whole product uses when `REDIS_URL` is not set.
    public static let `default` = RedisEndpoint(address: .tcp(host: "127.0.0.1", port: 6379))

    /// Parses a Redis URL, throwing a message that says what is wrong with it.
    public init(url string: String) throws(RedisConfigurationError) {
        let trimmed = string.trimmingCharacters(in: .whitespaces)
        guard let components = URLComponents(string: trimmed), let scheme = components.scheme?.lowercased() else {
            throw RedisConfigurationError("REDIS_URL '\(Self.redacted(trimmed))' is not a URL; expected redis://[:password@]host[:port][/db]")
        }
        let queryDB = components.queryItems?.first(where: { $0.name == "db" })?.value
        switch scheme {
        case "redis":
            let host = components.host.flatMap { $0.isEmpty ? nil : $0 } ?? "127.0.0.1"
            let port = components.port ?? 6379
            guard (1...65535).contains(port) else {
                throw RedisConfigurationError("REDIS_URL port \(port) is out of range 1-65535")
            }
            let path = components.path.trimmingCharacters(in: CharacterSet(charactersIn: "/"))
            let dbText = path.isEmpty ? queryDB : path
            self.init(address: .tcp(host: host, port: port), database: 0)
            self.database = try Self.parseDatabase(dbText)
        case "unix":
            guard !components.path.isEmpty else {
                throw RedisConfigurationError("REDIS_URL '\(Self.redacted(trimmed))' names no socket path")
            }
            self.init(address: .unixSocket(path: components.path))
            self.database = try Self.parseDatabase(queryDB)
        case "rediss":
            throw RedisConfigurationError("REDIS_URL uses rediss:// (TLS), which this build does not support; use a TLS tunnel or a private network")
        default:
            throw RedisConfigurationError("REDIS_URL scheme '\(scheme)' is not supported; use redis:// or unix://")
        }
        let user = components.percentEncodedUser.flatMap { $0.removingPercentEncoding }
        let password = components.percentEncodedPassword.flatMap { $0.removingPercentEncoding }
        self.username = (user?.isEmpty ?? true) ? nil : user
        self.password = (password?.isEmpty ?? true) ? nil : password
    }

    private static func parseDatabase(_ text: String?) throws(RedisConfigurationError) -> Int {
        guard let text, !text.isEmpty else { return 0 }
        guard let db = Int(text), db >= 0 else {
            throw RedisConfigurationError("REDIS_URL database '\(text)' is not a non-negative number")
        }
        return db
    }

    /// Replaces the password in a URL-like string so it can appear in an error message.
    static func redacted(_ url: String) -> String {
        guard var components = URLComponents(string: url), components.password != nil else { return url }
        components.password = "***"
        return components.string ?? "<redacted>"
    }

    public var description: String {
        if let cluster { return "redis-cluster://\(cluster.nodes.map(\.description).joined(separator: ","))" }
        if let sentinel { return "sentinel://\(sentinel.nodes.map(\.description).joined(separator: ","))/\(sentinel.master)/\(database)" }
        let auth = password == nil ? "" : "\(username ?? ""):***@"
        switch address {
        case .tcp(let host, let port): return "redis://\(auth)\(host):\(port)/\(database)"
        case .unixSocket(let path): return "unix://\(auth)\(path)?db=\(database)"
        }
    }
}
