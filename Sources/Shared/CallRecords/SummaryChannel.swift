import Foundation
import Redis

/// Where a conversation happened, as the summaries tell them apart: phone calls (from their
/// records), the web page and API, and text messages (counted turn by turn).
public enum SummaryChannel: String, Sendable, CaseIterable, Codable {
    case calls
    case web
    case sms
    case whatsapp
}

extension CallRecordStore {
    /// What one answered web or text turn adds to its day in its channel, as a part of the turn's
    /// commit: a conversation when it starts one, the turn, its outcome and intent, the places it
    /// named and the names it did not find.
    public struct TallyPart: RedisMemoryPart {
        public static let part = RedisScriptPart(
            keys: ["counters", "places", "notFound"], arguments: ["counterNames", "placeNames", "notFoundNames", "tallyTTL"],
            apply: """
                for _, field in ipairs(cjson.decode(arg.counterNames)) do redis.call('HINCRBY', key.counters, field, 1) end
                for _, place in ipairs(cjson.decode(arg.placeNames)) do redis.call('ZINCRBY', key.places, 1, place) end
                for _, name in ipairs(cjson.decode(arg.notFoundNames)) do redis.call('ZINCRBY', key.notFound, 1, name) end
                redis.call('EXPIRE', key.counters, arg.tallyTTL)
                redis.call('EXPIRE', key.places, arg.tallyTTL)
                redis.call('EXPIRE', key.notFound, arg.tallyTTL)
                """)

        let keys: (counters: RedisKey, places: RedisKey, notFound: RedisKey)
        let counters: [String]
        let places: [String]
        let notFound: [String]
        let ttl: Int

        public func encode(into encoder: inout RedisScriptEncoder) {
            encoder.key("counters", keys.counters)
            encoder.key("places", keys.places)
            encoder.key("notFound", keys.notFound)
            encoder.argument("counterNames", Self.json(counters))
            encoder.argument("placeNames", Self.json(places))
            encoder.argument("notFoundNames", Self.json(notFound))
            encoder.argument("tallyTTL", ttl)
        }

        public func apply(_ redis: inout MemoryRedis.Store) {
            for field in counters { redis.call("HINCRBY", keys.counters, field, 1) }
            for place in places { redis.call("ZINCRBY", keys.places, 1, place) }
            for name in notFound { redis.call("ZINCRBY", keys.notFound, 1, name) }
            for key in [keys.counters, keys.places, keys.notFound] { redis.call("EXPIRE", key, ttl) }
        }

        static func json(_ names: [String]) -> [UInt8] {
            (try? Array(JSONEncoder().encode(names))) ?? Array("[]".utf8)
        }
    }

    /// The tally part of an answered web or text turn in `channel`.
    public func tallyPart(_ channel: SummaryChannel, event: CallEvent, startsConversation: Bool, now: Int64) -> TallyPart {
        var counters = [CallTally.Counter.turns]
        if startsConversation { counters.append(CallTally.Counter.calls) }
        if let outcome = event.outcome { counters.append(CallTally.Counter.outcome(outcome)) }
        if let intent = event.intent { counters.append(CallTally.Counter.intent(intent.rawValue)) }
        return TallyPart(
            keys: keys.summaryKeys(channel, day: days.name(now)), counters: counters, places: event.places ?? [], notFound: event.notFound ?? [],
            ttl: (retentionDays + 1) * 86_400)
    }
}
