/// One Redis server's address: a cluster node, or a sentinel.
public struct RedisNode: Sendable, Hashable, CustomStringConvertible {
    public var host: String
    public var port: Int

    public init(host: String, port: Int) {
        self.host = host
        self.port = port
    }

    /// `host:port`; the port is after the last colon, so an IPv6 host keeps its own.
    public init?(parsing text: String) {
        guard let colon = text.lastIndex(of: ":"), colon != text.startIndex,
            let port = Int(text[text.index(after: colon)...]), (1...65535).contains(port)
        else { return nil }
        self.init(host: String(text[..<colon]), port: port)
    }

    public var description: String { "\(host):\(port)" }

    /// Parses a setting's `host:port,host:port`, saying what is wrong with a bad entry.
    static func list(from text: String, setting: String, naming what: String) throws(RedisConfigurationError) -> [RedisNode] {
        var nodes: [RedisNode] = []
        for entry in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !entry.isEmpty {
            guard let node = RedisNode(parsing: entry) else { throw RedisConfigurationError("\(setting) entry '\(entry)' is not host:port") }
            nodes.append(node)
        }
        guard !nodes.isEmpty else { throw RedisConfigurationError("\(setting) names no \(what); expected host:port,host:port") }
        return nodes
    }
}
