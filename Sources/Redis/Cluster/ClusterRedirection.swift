/// A cluster node's answer that a key is served elsewhere: `MOVED <slot> <host:port>` (the slot
/// lives there now: send this and later commands there, and refresh the map) or
/// `ASK <slot> <host:port>` (the slot is being migrated and this key already moved: send this one
/// command there, after `ASKING`, and keep the map).
public struct ClusterRedirection: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case moved
        case ask
    }

    public let kind: Kind
    public let slot: HashSlot
    public let node: RedisNode

    public init(kind: Kind, slot: HashSlot, node: RedisNode) {
        self.kind = kind
        self.slot = slot
        self.node = node
    }

    /// Reads a redirection from an error reply's text; nil for any other error.
    public init?(error message: String) {
        let parts = message.split(separator: " ")
        guard parts.count == 3, let number = Int(parts[1]), let slot = HashSlot(number) else { return nil }
        switch parts[0] {
        case "MOVED": kind = .moved
        case "ASK": kind = .ask
        default: return nil
        }
        // The host may be an IPv6 address: the port is after the last colon.
        guard let node = RedisNode(parsing: String(parts[2])) else { return nil }
        self.slot = slot
        self.node = node
    }

    /// The redirection an error reply carries, if it is one.
    public init?(reply: RedisValue) {
        guard case .error(let message) = reply else { return nil }
        self.init(error: message)
    }
}
