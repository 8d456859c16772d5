import Synchronization

/// Redis in memory, for unit tests of code written against ``RedisCommandRunner``, as
/// Hummingbird's `MemoryPersistDriver` stands beside its Redis driver. The system tests keep the
/// real server; this one exists so a turn can be fed and its stored effects read without one.
///
/// What it does, and no more:
/// - it interprets the commands ``Store/call(_:)`` lists (strings, hashes, lists, sets, sorted
///   sets, `XADD`, `EXPIRE`, `WAIT`) with the replies Redis gives; any other command answers an
///   error reply naming it, never a guess;
/// - it runs no Lua. A script assembled from parts (``RedisPartsCall``) runs each part's Swift
///   twin (``RedisMemoryPart``): its checks in order, then its writes, as the assembled script
///   does. A part without a twin, or any other script, answers an error reply;
/// - time stands still: expiries are recorded (``Store/expiry(_:)``) but nothing expires;
/// - a pipeline runs whole under one lock, as a script does on a server;
/// - made `asClusterNode`, it refuses a command or script whose keys are in more than one hash
///   slot with `CROSSSLOT`, as a Redis Cluster node does.
public final class MemoryRedis: RedisCommandRunner {
    private let store = Mutex(Store())
    private let asClusterNode: Bool

    public init(asClusterNode: Bool = false) {
        self.asClusterNode = asClusterNode
    }

    public func pipeline(_ commands: [any RedisCommandType]) async throws(RedisError) -> [RedisValue] {
        store.withLock { store in
            commands.map { command in
                if asClusterNode, let keys = Self.keysAcrossSlots(command) {
                    return .error("CROSSSLOT Keys in request don't hash to the same slot: " + keys.joined(separator: " "))
                }
                return store.run(command)
            }
        }
    }

    /// The keys a command names, when they are in more than one hash slot.
    static func keysAcrossSlots(_ command: any RedisCommandType) -> [String]? {
        var encoder = RedisCommandEncoder()
        command.encode(into: &encoder)
        guard Set(encoder.keys.map { HashSlot(key: $0) }).count > 1 else { return nil }
        return encoder.keys.map { String(decoding: $0, as: UTF8.self) }
    }

    /// Reads the stored data (for a test's assertions).
    public func read<Value>(_ body: (Store) -> Value) -> Value {
        store.withLock { body($0) }
    }

    /// Changes the stored data directly (for a test's set-up).
    public func write(_ body: (inout Store) -> Void) {
        store.withLock { body(&$0) }
    }
}

/// A part of an assembled script that ``MemoryRedis`` can run: the same steps as its Lua, in
/// Swift, kept beside the Lua so a change to one shows in the other.
public protocol RedisMemoryPart: RedisScriptPartCall {
    /// The check's steps: a reply ends the script with it; nil lets it go on.
    func check(_ redis: inout MemoryRedis.Store) -> RedisValue?
    /// The writes' steps.
    func apply(_ redis: inout MemoryRedis.Store)
}

extension RedisMemoryPart {
    public func check(_ redis: inout MemoryRedis.Store) -> RedisValue? { nil }
}

/// What a command sent to ``MemoryRedis`` carries when it is an assembled script.
protocol RedisPartsCarrying {
    var parts: [any RedisScriptPartCall] { get }
    var returning: Int { get }
}

extension RedisPartsCall: RedisPartsCarrying {}

extension MemoryRedis.Store {
    mutating func run(_ command: any RedisCommandType) -> RedisValue {
        if let call = command as? any RedisPartsCarrying { return run(parts: call.parts, returning: call.returning) }
        var encoder = RedisCommandEncoder()
        command.encode(into: &encoder)
        return call(encoder.arguments)
    }

    private mutating func run(parts: [any RedisScriptPartCall], returning: Int) -> RedisValue {
        var twins: [any RedisMemoryPart] = []
        for part in parts {
            guard let twin = part as? any RedisMemoryPart else { return .error("ERR MemoryRedis has no Swift twin of \(type(of: part))") }
            twins.append(twin)
        }
        for twin in twins {
            if let reply = twin.check(&self) { return reply }
        }
        for twin in twins { twin.apply(&self) }
        return .integer(returning)
    }
}
