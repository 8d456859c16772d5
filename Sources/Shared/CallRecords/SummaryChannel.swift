import Foundation
import Redis

/// Where a conversation happened, as the summaries tell them apart: phone calls (from their
/// records), the web page and API, and text messages (counted turn by turn).
public enum SummaryChannel: String, Sendable, CaseIterable, Codable {
    case calls
    case web
    case sms
}

extension CallRecordStore {
    /// What one answered web or text turn adds to its day in `channel`: a conversation when it
    /// starts one, the turn, its outcome and intent, the places it named and the names it did not
    /// find. Counted once, after the turn's commit.
    public func channelTally(
        _ channel: SummaryChannel, event: CallEvent, startsConversation: Bool, now: Int64 = Date.nowMilliseconds
    ) -> [any RedisCommandType] {
        let keys = self.keys.summaryKeys(channel, day: days.name(now))
        var counters = [CallTally.Counter.turns]
        if startsConversation { counters.append(CallTally.Counter.calls) }
        if let outcome = event.outcome { counters.append(CallTally.Counter.outcomePrefix + outcome) }
        if let intent = event.intent { counters.append(CallTally.Counter.intent(intent)) }
        var commands: [any RedisCommandType] = counters.map { HINCRBY(keys.counters, field: $0, by: 1) }
        commands += (event.places ?? []).map { ZINCRBY(keys.places, by: 1, member: $0) }
        commands += (event.notFound ?? []).map { ZINCRBY(keys.notFound, by: 1, member: $0) }
        let ttl = (retentionDays + 1) * 86_400
        commands += [EXPIRE(keys.counters, seconds: ttl), EXPIRE(keys.places, seconds: ttl), EXPIRE(keys.notFound, seconds: ttl)]
        return commands
    }
}
