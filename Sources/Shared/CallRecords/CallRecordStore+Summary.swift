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
        /// How many shards' reads follow one another (web and text tallies in a cluster), each
        /// `days` + 8 commands; 1 otherwise.
        let shards: Int
        let from: Int64
        let to: Int64
        /// The commands each of the two top lists takes, and where its `ZRANGE` is among them.
        static let commandsPerList = 4
        static let rangeOffset = 2

        /// The summary, from the replies to ``commands``, in order.
        public func summary(_ replies: some Collection<RedisValue>) throws(RedisError) -> CallSummary {
            let replies = Array(replies)
            guard replies.count == commands.count else { throw .unexpectedReply("\(replies.count) replies to \(commands.count) summary reads") }
            var counters: [String: Int] = [:], places: [String: Int] = [:], notFound: [String: Int] = [:]
            let size = commands.count / max(shards, 1)
            // Each shard's top lists are its own top: added up they are the top of all, nearly.
            for start in stride(from: 0, to: replies.count, by: max(size, 1)) {
                for reply in replies[start..<(start + days)] {
                    for pair in try RedisFieldValues(reply: reply).pairs {
                        if let amount = pair.value.int { counters[pair.field, default: 0] += amount }
                    }
                }
                places.merge(try Self.counts(RedisScoredMembers(reply: replies[start + days + Self.rangeOffset])), uniquingKeysWith: +)
                notFound.merge(
                    try Self.counts(RedisScoredMembers(reply: replies[start + days + Self.commandsPerList + Self.rangeOffset])), uniquingKeysWith: +)
            }
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
    ///
    /// Calls' summaries are global keys (filed as each call closes); in a cluster the web's and
    /// texts' are counted per turn in the conversation's shard, and read in every shard.
    public func summaryRead(from: Int64, to: Int64, channel: SummaryChannel = .calls) -> SummaryRead {
        let shards = channel == .calls ? [keys.global] : keys.shards
        let days = self.days.days(from: from, to: to, limit: retentionDays + 1)
        let commands = shards.flatMap { summaryCommands(days: days, channel: channel, keys: $0) }
        let first = days.first.flatMap { self.days.start(of: $0) } ?? self.days.start(containing: from)
        return SummaryRead(commands: commands, days: days.count, shards: shards.count, from: first, to: to)
    }

    /// One shard's reads of a summary: the days' counters, and the days' sets added up in a
    /// scratch key (in the shard's slot, as `ZUNIONSTORE` needs) and read.
    private func summaryCommands(days: [String], channel: SummaryChannel, keys: RedisKeys) -> [any RedisCommandType] {
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
        return commands
    }

    /// The summary of the calls that ended on the operators' days from the one holding `from` to the one
    /// holding `to` (see ``summaryRead(from:to:)``).
    public func summary(from: Int64, to: Int64, channel: SummaryChannel = .calls, redis: RedisClient) async throws(RedisError) -> CallSummary {
        let read = summaryRead(from: from, to: to, channel: channel)
        return try read.summary(try await redis.pipeline(read.commands))
    }
}
