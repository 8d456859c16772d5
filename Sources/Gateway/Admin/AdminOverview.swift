import Foundation
import Redis
import Shared

/// What the dashboard shows, in one JSON read every few seconds: the system now (calls in
/// progress, turns per minute, latency, brains, queue) and the calls of today and of the last 7 days,
/// days as the operators count them (`DASHBOARD_TIME_ZONE`).
struct AdminOverview: Codable, Sendable {
    var generatedAt: Int64
    var callsInProgress: Int
    /// Turns answered in each of the last 30 minutes, oldest first (the current minute last).
    var turnsPerMinute: [Int]
    /// Over the last 5 minutes, in ms (upper bounds of latency buckets); nil without turns.
    var latencyP50: Int64?
    var latencyP99: Int64?
    var queueDepth: Int
    var outboxDepth: Int
    /// Facts the list does not support that brains held back from answers in the last 15 minutes.
    var factsHeldBack: Int
    var brains: [BrainSummary]
    var today: CallSummary
    var week: CallSummary
    /// Calls on each of the last 7 days, oldest first.
    var days: [DayCount]
    /// The operators' time zone the days are in (`DASHBOARD_TIME_ZONE`).
    var timeZone: String
    /// What needs someone now, worst first (docs/operations.md's alerts, on the dashboard).
    var alerts: [Alert]
    /// The week's questions from the web page and texts, by channel (`web`, `sms`).
    var channels: [String: CallSummary]
    /// Names not in the list and places asked for on calls still in progress (not yet in `today`).
    var inProgress: InProgress
    /// The last daily report (``DailyReport``), once one has been made.
    var report: DailyReport?
    /// The week's names not in the list, with their cities, from calls (filed and in progress),
    /// the web page and texts, spelling variants together (``NotInList``).
    var notInList: [NotInList]
    /// Today's and the week's hand-offs, by the one definition every tile, chart and report uses.
    var handoffsToday: Handoffs
    var handoffsWeek: Handoffs

    struct InProgress: Codable, Sendable {
        var notFound: [CallSummary.Count]
        var places: [CallSummary.Count]
    }

    struct Alert: Codable, Sendable, Equatable {
        /// What it is about (`no-brain`, `apologised`, …): one banner, one incident, whatever its count says.
        var id: String
        /// `critical` or `warning`.
        var level: String
        var text: String
        /// When it was first raised (ms), as every gateway saw it; nil before it was recorded.
        var since: Int64?

        init(id: String, level: String, text: String, since: Int64? = nil) {
            self.id = id
            self.level = level
            self.text = text
            self.since = since
        }
    }

    struct DayCount: Codable, Sendable {
        var day: String
        var calls: Int
    }

    static func read(redis: RedisClient, configuration: GatewayConfiguration, incidents: AlertIncidents) async throws(RedisError) -> AdminOverview {
        let keys = configuration.keys
        let now = Date.nowMilliseconds
        let minutes = RecentTurns.commands(keys: keys, now: now, minutes: 30)
        var commands: [any RedisCommandType] = minutes
        // A call still open past its grace period is in progress (a completed call waits at most the grace).
        commands.append(GET(keys.dailyReport))
        // Calls in progress, the queue and the outbox, in each shard (one outside a cluster).
        for shard in keys.shards {
            commands += [
                ZCOUNT(shard.closingCalls, min: String(now + configuration.records.grace.milliseconds + 1), max: "+inf"), LLEN(shard.turns),
                ZCARD(shard.outboxDue),
            ] as [any RedisCommandType]
        }
        // Today's and the week's summaries ride in the same round trip.
        let today = configuration.records.summaryRead(from: configuration.records.days.start(containing: now), to: now)
        let week = configuration.records.summaryRead(from: configuration.records.weekStart(now: now), to: now)
        let dayNames = configuration.records.days.days(from: configuration.records.weekStart(now: now), to: now, limit: 7)
        commands += dayNames.map { HGET(keys.callDay($0), CallTally.Counter.calls) }
        let summariesStart = commands.count
        let channels = [SummaryChannel.web, .sms, .whatsapp].map { configuration.records.summaryRead(from: configuration.records.weekStart(now: now), to: now, channel: $0) }
        commands += today.commands + week.commands + channels.flatMap(\.commands)
        let replies = try await redis.pipeline(commands)
        let recent = try RecentTurns(replies: replies.prefix(minutes.count), keys: keys)
        let rest = Array(replies[minutes.count..<(summariesStart - dayNames.count)])
        var dayCounts: [DayCount] = []
        for (name, reply) in zip(dayNames, replies[(summariesStart - dayNames.count)..<summariesStart]) {
            dayCounts.append(DayCount(day: name, calls: try RedisBytes?(reply: reply)?.int ?? 0))
        }
        let weekStart = summariesStart + today.commands.count
        let channelsStart = weekStart + week.commands.count
        var channelSummaries: [String: CallSummary] = [:]
        var next = channelsStart
        for (channel, read) in zip([SummaryChannel.web, .sms, .whatsapp], channels) {
            channelSummaries[channel.rawValue] = try read.summary(replies[next..<(next + read.commands.count)])
            next += read.commands.count
        }
        let open = (try? await configuration.records.openCalls(limit: 1000, redis: redis)) ?? []
        let live = (try? await BrainRegistry(redis: redis, keys: keys).liveWorkers()) ?? []
        var depths = [0, 0, 0]
        for (index, reply) in rest.dropFirst().enumerated() { depths[index % 3] += try Int(reply: reply) }
        let queueDepth = depths[1]
        var alerts = Self.banners(brains: live.count, queueDepth: queueDepth, p99: recent.p99, problems: recent.problems)
        // Recorded by the gateways' ``AlertWatch``: reading here keeps one writer, which sends each change.
        let since = try await incidents.since()
        for index in alerts.indices { alerts[index].since = since[alerts[index].id] }
        let report = try RedisBytes?(reply: rest[0]).flatMap { try? JSONDecoder().decode(DailyReport.self, from: Data($0.bytes)) }
        let todaySummary = try today.summary(replies[summariesStart..<weekStart])
        let weekSummary = try week.summary(replies[weekStart..<channelsStart])
        let inProgress = InProgress(notFound: Self.top(open.flatMap(\.notFound)), places: Self.top(open.flatMap(\.places)))
        let notInList = NotInList.merged([
            ("calls", weekSummary.topNotFound), ("in progress", inProgress.notFound),
            ("web", channelSummaries["web"]?.topNotFound ?? []), ("SMS", channelSummaries["sms"]?.topNotFound ?? []),
        ])
        return AdminOverview(
            generatedAt: now, callsInProgress: depths[0], turnsPerMinute: recent.turnsPerMinute,
            latencyP50: recent.p50, latencyP99: recent.p99,
            queueDepth: queueDepth, outboxDepth: depths[2], factsHeldBack: recent.problems[.ungrounded]?.quarter ?? 0,
            brains: live.map(BrainSummary.init),
            today: todaySummary, week: weekSummary, days: dayCounts,
            timeZone: configuration.records.days.timeZone.identifier,
            alerts: alerts,
            channels: channelSummaries,
            inProgress: inProgress,
            report: report, notInList: notInList, handoffsToday: Handoffs(todaySummary), handoffsWeek: Handoffs(weekSummary))
    }

    /// The most named first, then alphabetically, ten at most.
    static func top(_ names: [String]) -> [CallSummary.Count] {
        var counts: [String: Int] = [:]
        for name in names { counts[name, default: 0] += 1 }
        return CallSummary.top(counts)
    }

    /// The thresholds of docs/operations.md's alerts, as banners.
    static func banners(brains: Int, queueDepth: Int, p99: Int64?, problems: [TurnStats.Problem: (recent: Int, quarter: Int)]) -> [Alert] {
        var alerts: [Alert] = []
        if brains == 0 {
            alerts.append(Alert(id: "no-brain", level: "critical", text: "No brain is alive: every caller is held, then asked to repeat. Start brains (docs/operations.md)."))
        }
        if let apologised = problems[.apologised]?.recent, apologised > 0 {
            alerts.append(Alert(id: "apologised", level: "critical", text: "\(CountText.of(apologised, "caller")) heard an apology in the last 5 minutes: Redis or the brains were out of reach."))
        }
        if queueDepth > 10 { alerts.append(Alert(id: "queue", level: "warning", text: "\(queueDepth) turns are waiting in the queue: add brains.")) }
        if let held = problems[.held]?.recent, held > 0 {
            alerts.append(Alert(id: "held", level: "warning", text: "\(CountText.of(held, "caller")) \(held == 1 ? "was" : "were") put on hold in the last 5 minutes: brains are too slow or too few."))
        }
        if let p99, p99 > 1000 { alerts.append(Alert(id: "slow-turns", level: "warning", text: "Slow turns: 99% took up to \(p99) ms in the last 5 minutes (over a second).")) }
        if let texts = problems[.textFailed]?.quarter, texts > 0 {
            alerts.append(Alert(id: "texts-failed", level: "warning", text: "\(CountText.of(texts, "text")) failed in the last 15 minutes: check Twilio's messaging logs."))
        }
        if let heldBack = problems[.ungrounded]?.quarter, heldBack > 0 {
            alerts.append(
                Alert(
                    id: "facts-held-back", level: "warning",
                    text: "\(CountText.of(heldBack, "fact")) the network list does not support \(heldBack == 1 ? "was" : "were") held back from answers in the last 15 minutes: see the brains' log (loopai.grounding)."))
        }
        if let recordings = problems[.recordingFailed]?.quarter, recordings > 0 {
            alerts.append(Alert(id: "recordings-failed", level: "warning", text: "\(CountText.of(recordings, "recording")) failed in the last 15 minutes: see the calls marked 'not recorded'."))
        }
        return alerts
    }
}
