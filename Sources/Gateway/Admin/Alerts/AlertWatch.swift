import Foundation
import Logging
import Redis
import Shared

/// The console's alerts without anyone looking: every few seconds on every gateway, the alerts
/// raised now are computed as the dashboard's banners are, recorded as incidents (whichever
/// gateway sees one open or resolve sends it, once), and the daily report made when it is due.
///
/// Redis out of reach is an incident of its own (``staleID``): the dashboard's figures are then
/// stale. It cannot be recorded in Redis, so each gateway that sees it sends it.
struct AlertWatch: Sendable {
    let redis: RedisClient
    let configuration: GatewayConfiguration
    let notifier: AlertNotifier
    let report: DailyReportMaker
    let logger: Logger

    static let staleID = "console-stale"
    /// How long Redis must stay out of reach before it is an incident (two refreshes of the page
    /// missed make the page's own banner; a restart of Redis takes a few seconds).
    static let staleAfter: Int64 = 30_000

    var incidents: AlertIncidents { AlertIncidents(redis: redis, keys: configuration.keys) }

    /// This gateway's view of Redis, kept between rounds.
    struct Reach: Sendable {
        var failingSince: Int64?
        var staleSent = false
    }

    /// The alerts raised now, as the dashboard's banners (``AdminOverview/banners(brains:queueDepth:p99:problems:)``).
    static func current(redis: RedisClient, keys: RedisKeys, now: Int64) async throws(RedisError) -> [AdminOverview.Alert] {
        let minutes = RecentTurns.commands(keys: keys, now: now, minutes: 15)
        let commands: [any RedisCommandType] = minutes + keys.shards.map { LLEN($0.turns) }
        let replies = try await redis.pipeline(commands)
        let recent = try RecentTurns(replies: replies.prefix(minutes.count), keys: keys)
        var queueDepth = 0
        for reply in replies.dropFirst(minutes.count) { queueDepth += try Int(reply: reply) }
        let brains: Int
        do {
            brains = try await BrainRegistry(redis: redis, keys: keys).liveWorkers().count
        } catch let error as RedisError {
            throw error
        } catch {
            throw .unexpectedReply("live workers: \(error)")
        }
        return AdminOverview.banners(brains: brains, queueDepth: queueDepth, p99: recent.p99, problems: recent.problems)
    }

    /// One round: the incidents, then the report if due.
    func round(_ reach: inout Reach, now: Int64 = Date.nowMilliseconds) async {
        do {
            let alerts = try await Self.current(redis: redis, keys: configuration.keys, now: now)
            let change = try await incidents.update(alerts, now: now)
            if reach.staleSent { await notifier.resolved(id: Self.staleID, since: reach.failingSince, now: now) }
            reach = Reach()
            for id in change.opened where AlertNotifier.notified.contains(id) {
                guard let alert = alerts.first(where: { $0.id == id }) else { continue }
                await notifier.opened(alert, since: change.since[id] ?? now)
            }
            for (id, since) in change.resolved where AlertNotifier.notified.contains(id) { await notifier.resolved(id: id, since: since, now: now) }
            try await report.makeIfDue(now: now)
        } catch {
            let since = reach.failingSince ?? now
            reach.failingSince = since
            logger.debug("Could not check the console's alerts", metadata: ["error": "\(error)"])
            if !reach.staleSent, now - since >= Self.staleAfter {
                reach.staleSent = true
                let text = "This gateway has not reached Redis for \(AlertNotifier.span(now - since)): the console's figures are stale and calls are apologised to. Check Redis (docs/operations.md)."
                await notifier.opened(AdminOverview.Alert(id: Self.staleID, level: "critical", text: text), since: since)
            }
        }
    }
}
