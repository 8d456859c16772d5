import Logging
import Synchronization

/// Runs commands on a Redis Cluster: each on the primary serving its key's slot.
///
/// The slot map is read from `CLUSTER SHARDS` on first use and again after a `MOVED` or a node
/// that cannot be reached (a fail-over); a pipeline is split by node, the parts sent at once, and
/// the replies put back in order. `MOVED` is followed (and the map refreshed), `ASK` is followed
/// with `ASKING` before the command, and `TRYAGAIN`/`CLUSTERDOWN` are retried after a pause: none
/// of these ran the command, so following them is safe for any command. A node that cannot be
/// reached is retried only for commands safe to resend, as on a single server.
///
/// Each node has one ``ReconnectingRedisConnection``, so commands sent at the same moment still
/// share writes; a client for blocking commands (`BLMOVE`) should be a client of its own.
public final class RedisClusterClient: RedisCommandRunner {
    public let cluster: RedisCluster
    private let template: RedisEndpoint
    private let connectTimeout: Duration
    private let commandTimeout: Duration
    private let logger: Logger
    private let state = Mutex(State())

    private struct State {
        var map: ClusterSlotMap?
        var connections: [RedisNode: ReconnectingRedisConnection] = [:]
        var refreshing: Task<ClusterSlotMap, any Error>?
        /// The primaries of the last map read: asked for the next one besides the configured nodes.
        var known: [RedisNode] = []
        var closed = false
    }

    /// How many times one command is redirected or retried before its last answer is returned.
    /// With the pauses between tries (50 ms doubling to 800 ms), a command waits up to about three
    /// seconds for a fail-over: a replica takes over a second or two after its primary fell silent
    /// (`cluster-node-timeout` and an election). A cluster with no node answering fails at once.
    static let attempts = 8

    static func pause(before attempt: Int) -> Duration {
        .milliseconds(min(25 << attempt, 800))
    }

    /// - Parameter endpoint: the credentials every node shares (`REDIS_URL`'s user and password).
    public init(cluster: RedisCluster, endpoint: RedisEndpoint, connectTimeout: Duration, commandTimeout: Duration, logger: Logger) {
        self.cluster = cluster
        self.template = endpoint
        self.connectTimeout = connectTimeout
        self.commandTimeout = commandTimeout
        self.logger = logger
    }

    public func pipeline(_ commands: [any RedisCommandType]) async throws(RedisError) -> [RedisValue] {
        guard !commands.isEmpty else { return [] }
        let routed = commands.map(RoutedCommand.init)
        // A keyless command (`WAIT`, `PING`) goes with the pipeline's first keyed one.
        let anchor = routed.lazy.compactMap(\.slot).first
        var replies = [RedisValue?](repeating: nil, count: routed.count)
        var pending = Array(routed.indices)
        var asked: [Int: RedisNode] = [:]
        for attempt in 1...Self.attempts {
            let map = try await slotMap()
            let last = attempt == Self.attempts
            var groups: [RedisNode: [Int]] = [:]
            var order: [RedisNode] = []
            // Slots without a healthy primary (a fail-over under way) wait for the next map.
            var unrouted: [Int] = []
            for index in pending {
                // A keyless pipeline may go anywhere; a key only to its slot's primary.
                let slot = routed[index].slot ?? anchor
                guard let node = asked[index] ?? (slot.map(map.primary(for:)) ?? map.primaries.first) else {
                    if last { replies[index] = .error("CLUSTERDOWN no primary serves slot \(slot?.description ?? "-")") }
                    unrouted.append(index)
                    continue
                }
                if groups[node] == nil { order.append(node) }
                groups[node, default: []].append(index)
            }
            let results = await send(order.map { ($0, groups[$0] ?? []) }, routed: routed, asked: asked)
            pending = last ? [] : unrouted
            var pause = !unrouted.isEmpty
            // Read the map again after the pause, when a fail-over has had time to finish.
            var stale = !unrouted.isEmpty
            for (node, indices, result) in results {
                switch result {
                case .success(let values):
                    for (index, value) in zip(indices, values) {
                        if !last, let redirection = ClusterRedirection(reply: value) {
                            switch redirection.kind {
                            case .ask: asked[index] = redirection.node
                            case .moved:
                                asked[index] = nil
                                moved(redirection)
                            }
                            pending.append(index)
                        } else if !last, Self.isRetryable(value) {
                            pause = true
                            if Self.isClusterDown(value) { stale = true }
                            pending.append(index)
                        } else {
                            replies[index] = value
                        }
                    }
                case .failure(let error):
                    guard error.isConnectionProblem, error != .shutdown else { throw error }
                    // The node may be gone for good (a fail-over): whether or not the commands are
                    // sent again, the next ones need a fresh map.
                    logger.debug("Cluster node unreachable; refreshing the slot map", metadata: ["node": "\(node)", "error": "\(error)"])
                    stale = true
                    let safe = indices.allSatisfy { routed[$0].command.isSafeToResend && !routed[$0].command.isBlocking }
                    guard !last, safe else {
                        invalidate()
                        throw error
                    }
                    for index in indices { asked[index] = nil }
                    pending += indices
                    pause = true
                }
            }
            if pending.isEmpty { break }
            pending.sort()
            if pause { try? await Task.sleep(for: Self.pause(before: attempt)) }
            if stale { invalidate() }
        }
        return replies.map { $0 ?? .null }
    }

    /// The map as last read, reading it first when there is none (one read at a time).
    public func slotMap() async throws(RedisError) -> ClusterSlotMap {
        let (map, task) = state.withLock { state in (state.map, state.map == nil ? refresh(&state) : nil) }
        if let map { return map }
        do {
            guard let fresh = try await task?.value else { throw RedisError.connection("cluster: no slot map") }
            return fresh
        } catch {
            throw error as? RedisError ?? .connection("cluster: \(error)")
        }
    }

    /// The read of the map under way, or a new one; it replaces the map when it arrives.
    private func refresh(_ state: inout State) -> Task<ClusterSlotMap, any Error> {
        if let refreshing = state.refreshing { return refreshing }
        let task = Task<ClusterSlotMap, any Error> {
            do {
                let map = try await self.readMap()
                self.state.withLock { state in
                    state.map = map
                    state.known = map.primaries
                    state.refreshing = nil
                }
                return map
            } catch {
                self.state.withLock { $0.refreshing = nil }
                throw error
            }
        }
        state.refreshing = task
        return task
    }

    /// Closes every node's connection; later commands fail with ``RedisError/shutdown``.
    public func close() async {
        let connections = state.withLock { state in
            state.closed = true
            defer { state.connections = [:] }
            return Array(state.connections.values)
        }
        for connection in connections { await connection.close() }
    }

    /// Asks the nodes named in the settings, then every primary known, for `CLUSTER SHARDS`.
    private func readMap() async throws(RedisError) -> ClusterSlotMap {
        let known = state.withLock { $0.known }
        var problems: [String] = []
        for node in cluster.nodes + known.filter({ !cluster.nodes.contains($0) }) {
            do {
                let map = try ClusterSlotMap(shards: try await connection(to: node).execute(CLUSTERSHARDS()))
                guard !map.primaries.isEmpty else {
                    problems.append("\(node): no healthy primary")
                    continue
                }
                return map
            } catch {
                problems.append("\(node): \(error)")
            }
        }
        throw .connection("no cluster node gave the slot map (\(problems.joined(separator: "; ")))")
    }

    /// The next command waits for a fresh map: the one held names a node that is gone.
    private func invalidate() {
        state.withLock { state in
            state.map = nil
            _ = refresh(&state)
        }
    }

    /// A `MOVED` slot goes to its new primary at once, and the whole map is read again meanwhile,
    /// since a slot seldom moves alone (a fail-over or a resharding moves many).
    private func moved(_ redirection: ClusterRedirection) {
        state.withLock { state in
            state.map?.move(redirection.slot, to: redirection.node)
            _ = refresh(&state)
        }
    }

    private func connection(to node: RedisNode) throws(RedisError) -> ReconnectingRedisConnection {
        try state.withLock { state throws(RedisError) -> ReconnectingRedisConnection in
            if state.closed { throw .shutdown }
            if let connection = state.connections[node] { return connection }
            var endpoint = template
            endpoint.address = .tcp(host: node.host, port: node.port)
            endpoint.database = 0
            endpoint.sentinel = nil
            endpoint.cluster = nil
            let connection = ReconnectingRedisConnection(
                endpoint: endpoint, connectTimeout: connectTimeout, commandTimeout: commandTimeout, logger: logger)
            state.connections[node] = connection
            return connection
        }
    }

    /// Sends each node its part of the pipeline at once; an asked command goes after `ASKING`.
    private func send(
        _ groups: [(RedisNode, [Int])], routed: [RoutedCommand], asked: [Int: RedisNode]
    ) async -> [(RedisNode, [Int], Result<[RedisValue], RedisError>)] {
        await withTaskGroup(of: (Int, Result<[RedisValue], RedisError>).self) { group in
            for (position, (node, indices)) in groups.enumerated() {
                group.addTask {
                    do throws(RedisError) {
                        var commands: [any RedisCommandType] = []
                        for index in indices {
                            if asked[index] != nil { commands.append(ASKING()) }
                            commands.append(routed[index].command)
                        }
                        let replies = try await self.connection(to: node).pipeline(commands)
                        var mine: [RedisValue] = []
                        var cursor = replies.makeIterator()
                        for index in indices {
                            if asked[index] != nil { _ = cursor.next() }
                            mine.append(cursor.next() ?? .null)
                        }
                        return (position, .success(mine))
                    } catch {
                        return (position, .failure(error))
                    }
                }
            }
            var results = [(RedisNode, [Int], Result<[RedisValue], RedisError>)]()
            results.reserveCapacity(groups.count)
            var byPosition: [Int: Result<[RedisValue], RedisError>] = [:]
            for await (position, result) in group { byPosition[position] = result }
            for (position, (node, indices)) in groups.enumerated() {
                results.append((node, indices, byPosition[position] ?? .failure(.cancelled)))
            }
            return results
        }
    }

    /// Errors that say the command did not run and may run in a moment: a multi-key command over
    /// a slot being migrated (`TRYAGAIN`), the cluster without a primary for a slot yet
    /// (`CLUSTERDOWN`, during a fail-over), or the node still loading its data (`LOADING`).
    private static func isRetryable(_ reply: RedisValue) -> Bool {
        guard case .error(let message) = reply else { return false }
        return message.hasPrefix("TRYAGAIN") || message.hasPrefix("CLUSTERDOWN") || message.hasPrefix("LOADING")
    }

    private static func isClusterDown(_ reply: RedisValue) -> Bool {
        if case .error(let message) = reply { return message.hasPrefix("CLUSTERDOWN") }
        return false
    }
}

/// A command with the slot its first key hashes to (none for a keyless command).
struct RoutedCommand: Sendable {
    let command: any RedisCommandType
    let slot: HashSlot?

    init(_ command: any RedisCommandType) {
        var encoder = RedisCommandEncoder()
        command.encode(into: &encoder)
        self.command = command
        self.slot = encoder.keys.first.map { HashSlot(key: $0) }
    }
}
