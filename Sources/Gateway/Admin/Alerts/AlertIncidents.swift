import Foundation
import Redis
import Shared

extension RedisKeys {
    /// HASH of the console's alerts now raised: alert id → when it was first seen (ms). One entry
    /// per incident, shared by every gateway, so an alert opens and resolves once.
    var alertIncidents: RedisKey { RedisKey(prefix + "alerts:incidents") }
}

/// The console's alerts as incidents: when each was first raised (the banners' "since") and which
/// opened or resolved since the last look, for the notifications (``AlertNotifier``, through ``AlertWatch``).
struct AlertIncidents: Sendable {
    let redis: RedisClient
    let keys: RedisKeys

    /// What changed, as one gateway saw it: every gateway updates, only one sees each change.
    struct Change: Sendable, Equatable {
        /// Alert id → first raised (ms), for every alert raised now.
        var since: [String: Int64]
        var opened: [String]
        /// Alert id → when it had been raised (ms), for every alert no longer raised.
        var resolved: [String: Int64]
    }

    /// Records the alerts raised now (their ids) and drops those no longer raised, atomically.
    struct Update: RedisScriptCall {
        typealias Response = RedisValue
        static let script = RedisScript(
            keys: ["incidents"], arguments: ["ids", "now"],
            body: """
                local wanted = {}
                for id in string.gmatch(arg.ids, '[^,]+') do wanted[id] = true end
                local opened, resolved, since = {}, {}, {}
                for id in pairs(wanted) do
                  if redis.call('HSETNX', key.incidents, id, arg.now) == 1 then table.insert(opened, id) end
                end
                local all = redis.call('HGETALL', key.incidents)
                for i = 1, #all, 2 do
                  if wanted[all[i]] then
                    table.insert(since, all[i]); table.insert(since, all[i + 1])
                  else
                    redis.call('HDEL', key.incidents, all[i]); table.insert(resolved, all[i]); table.insert(resolved, all[i + 1])
                  end
                end
                return {since, opened, resolved}
                """)

        let key: RedisKey
        let ids: [String]
        let now: Int64

        /// Sent twice, an opening or a resolution would be seen by nobody: not resent.
        var isSafeToResend: Bool { false }

        func encode(into encoder: inout RedisScriptEncoder) {
            encoder.key("incidents", key)
            encoder.argument("ids", ids.joined(separator: ","))
            encoder.argument("now", now)
        }
    }

    func update(_ alerts: [AdminOverview.Alert], now: Int64 = Date.nowMilliseconds) async throws(RedisError) -> Change {
        let reply = try await redis.run(Update(key: keys.alertIncidents, ids: alerts.map(\.id), now: now))
        let parts = try [RedisValue](reply: reply)
        guard parts.count == 3 else { throw .unexpectedReply("alert incidents: \(parts.count) parts") }
        return Change(since: Self.pairs(try [String](reply: parts[0]), now: now), opened: try [String](reply: parts[1]), resolved: Self.pairs(try [String](reply: parts[2]), now: now))
    }

    /// When each alert now raised was first seen, for the banners (only ``AlertWatch`` records).
    func since() async throws(RedisError) -> [String: Int64] {
        var since: [String: Int64] = [:]
        for pair in try await redis.execute(HGETALL(keys.alertIncidents)).pairs { since[pair.field] = pair.value.int.map(Int64.init) }
        return since
    }

    /// `[id, ms, id, ms, …]` → id → ms.
    private static func pairs(_ flat: [String], now: Int64) -> [String: Int64] {
        var result: [String: Int64] = [:]
        for index in stride(from: 0, to: flat.count - 1, by: 2) { result[flat[index]] = Int64(flat[index + 1]) ?? now }
        return result
    }
}
