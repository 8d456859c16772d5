import Foundation
import Redis

extension CallRecordStore {
    /// The start of the summaries' default window: the operators' last 7 days, today included.
    public func weekStart(now: Int64) -> Int64 { days.weekStart(now: now) }

    /// The reads behind one summary, so that several summaries (or a summary and other reads)
    /// can share one round trip: send ``commands``, give their replies to ``summary(_:)``.
    public struct SummaryRead: Sendable {
        /// `HGETALL` of each day's counters, then, for the places and for the names not found,
        /// `ZUNIONSTORE` of the days' sets into a scratch key, `EXPIRE`, `ZRANGE` of the top, `DEL`.
        public let commands: [any RedisCommandType]
        let days: Int
        let from: Int64
        let to: Int64
        /// The commands each of the two top lists takes, and where its `ZRANGE` is among them.
        static let commandsPerList = 4
        static let rangeOffset = 2

        /// The summary, from the replies to ``commands``, in order.
        public func summary(_ replies: some Collection<RedisValue>) throws(RedisError) -> CallSummary {
            let replies = Array(replies)
            guard replies.count == commands.count else { throw .unexpectedReply("\(replies.count) replies to \(commands.count) summary reads") }
            var counters: [String: Int] = [:]
            for reply in replies.prefix(days) {
                for pair in try RedisFieldValues(reply: reply).pairs {
                    if let amount = pair.value.int { counters[pair.field, default: 0] += amount }
                }
            }
            let places = try Self.counts(RedisScoredMembers(reply: replies[days + Self.rangeOffset]))
            let notFound = try Self.counts(RedisScoredMembers(reply: replies[days + Self.commandsPerList + Self.rangeOffset]))
            return CallSummary(counters: counters, places: places, notFound: notFound, from: from, to: max(to, from))
        }

        /// Members with negated counts → member → count.
        private static func counts(_ scored: RedisScoredMembers) -> [String: Int] {
            var result: [String: Int] = [:]
            for entry in scored.members { result[entry.member] = -Int(entry.score) }
            return result
        }
    }

    /// The reads of the summary of the calls that ended on the operators' days from the one
    /// holding `from` to the one holding `to` (summaries are kept per day), at most the days
    /// records are kept.
    public func summaryRead(from: Int64, to: Int64, channel: SummaryChannel = .calls) -> SummaryRead {
        let days = self.days.days(from: from, to: to, limit: retentionDays + 1)
        var commands: [any RedisCommandType] = days.map { HGETALL(keys.summaryKeys(channel, day: $0).counters) }
        let scratch = String(UInt64.random(in: 0...UInt64.max), radix: 36)
        let placeSets: (String) -> RedisKey = { keys.summaryKeys(channel, day: $0).places }
        let notFoundSets: (String) -> RedisKey = { keys.summaryKeys(channel, day: $0).notFound }
        for (index, setKey) in [placeSets, notFoundSets].enumerated() {
            let target = keys.summaryScratch(scratch + ":" + String(index))
            // Negated counts: ascending order is then most asked first and, among equals, names in
            // alphabetical order, the order ``CallSummary`` keeps; ZREVRANGE would break ties backwards.
            commands += [
                ZUNIONSTORE(target, keys: days.map(setKey), weights: days.map { _ in -1 }),
                EXPIRE(target, seconds: 10), ZRANGEWithScores(target, start: 0, stop: CallSummary.topCount - 1), DEL(target),
            ]
        }
        let first = days.first.flatMap { self.days.start(of: $0) } ?? self.days.start(containing: from)
        return SummaryRead(commands: commands, days: days.count, from: first, to: to)
    }

    /// The summary of the calls that ended on the operators' days from the one holding `from` to the one
    /// holding `to` (see ``summaryRead(from:to:)``).
    public func summary(from: Int64, to: Int64, channel: SummaryChannel = .calls, redis: RedisClient) async throws(RedisError) -> CallSummary {
        let read = summaryRead(from: from, to: to, channel: channel)
        return try read.summary(try await redis.pipeline(read.commands))
    }
}
