import Foundation
import Redis
import Shared

extension RedisKeys {
    /// ZSET call → when (ms): filed calls that need a callback.
    var callbackIndex: RedisKey { RedisKey(prefix + "callbacks") }
    /// HASH call → ``CallbackItem`` JSON (its work is kept per call, as a voicemail's).
    var callbackItems: RedisKey { RedisKey(prefix + "callbacks:items") }
    /// STRING: the newest call-records stream id the queue has looked at.
    var callbackCursor: RedisKey { RedisKey(prefix + "callbacks:cursor") }
    /// Never written: `EXISTS` on it answers 0, keeping a pipeline's replies in step with its calls.
    var callbackNone: RedisKey { RedisKey(prefix + "callbacks:none") }
}

/// The console's callback queue: voicemails at once (their stream), and filed calls with a hand-off
/// nobody took, a text that failed or an emergency, found by looking at calls as they are filed
/// (``index()``, every few seconds on every gateway; doing it twice changes nothing).
struct CallbackQueue: Sendable {
    let redis: RedisClient
    let records: CallRecordStore
    let keys: RedisKeys
    let hours: WorkingHours

    /// The most items the queue shows, newest first.
    static let shown = 500
    /// The most filed calls one look reads.
    static let scanned = 2000

    /// Looks at the calls filed since the last look and keeps those that need a callback; returns
    /// how many it found.
    @discardableResult
    func index(now: Int64 = Date.nowMilliseconds) async throws(RedisError) -> Int {
        let stored = try await redis.execute(GET(keys.callbackCursor))?.string
        let cursor = stored.flatMap { CallRecordStore.isStreamID($0) ? $0 : nil }
        var end = "+"
        var newest: String?
        var found: [CallbackItem] = []
        var read = 0
        while read < Self.scanned {
            let batch = try await redis.execute(XREVRANGE(keys.callRecords, end: end, start: cursor.map { "(" + $0 } ?? "-", count: 200))
            guard let last = batch.last else { break }
            newest = newest ?? batch.first?.id
            read += batch.count
            end = "(" + last.id
            for entry in batch {
                guard let record = CallRecordStore.record(entry) else { continue }
                let reasons = CallbackItem.reasons(record)
                if !reasons.isEmpty { found.append(CallbackItem.from(record, reasons: reasons, hours: hours)) }
            }
        }
        guard let newest else { return 0 }
        var commands: [any RedisCommandType] = []
        for item in found {
            guard let json = try? Array(JSONEncoder().encode(item)) else { continue }
            commands.append(HSET(keys.callbackItems, field: item.call, value: json))
            commands.append(ZADD(keys.callbackIndex, score: item.at, member: item.call))
        }
        // Past retention an item goes, as its call's record does.
        let old = try await redis.execute(ZRANGEBYSCORE(keys.callbackIndex, min: "-inf", max: String(now - Int64(records.retentionDays) * 86_400_000), limit: 500))
        for call in old { commands += [ZREM(keys.callbackIndex, call), HDEL(keys.callbackItems, call)] }
        commands.append(SET(keys.callbackCursor, newest))
        for reply in try await redis.pipeline(commands) { try reply.orThrow() }
        return found.count
    }

    /// Every item, voicemails and filed calls merged by call, with its work; ordered by target.
    func items(now: Int64 = Date.nowMilliseconds) async throws(RedisError) -> [CallbackItem] {
        let calls = try await redis.execute(ZRANGE(keys.callbackIndex, start: -Self.shown, stop: -1))
        var byCall: [String: CallbackItem] = [:]
        if !calls.isEmpty {
            for (call, json) in zip(calls, try await redis.execute(HMGET(keys.callbackItems, calls))) {
                guard let json, let item = try? JSONDecoder().decode(CallbackItem.self, from: Data(json.bytes)) else { continue }
                byCall[call] = item
            }
        }
        for voicemail in try await records.voicemails(limit: Self.shown, redis: redis) {
            let item = CallbackItem.from(voicemail, hours: hours)
            byCall[voicemail.call] = byCall[voicemail.call].map(item.merged(with:)) ?? item
        }
        return try await withWork(Array(byCall.values), now: now).sorted { ($0.due, $0.call) < ($1.due, $1.call) }
    }

    /// One call's item, if it needs a callback.
    func item(call: CallSid, now: Int64 = Date.nowMilliseconds) async throws(RedisError) -> CallbackItem? {
        var item: CallbackItem?
        if let json = try await redis.execute(HGET(keys.callbackItems, call.value)) {
            item = try? JSONDecoder().decode(CallbackItem.self, from: Data(json.bytes))
        }
        if let voicemail = try await records.voicemails(limit: Self.shown, redis: redis).first(where: { $0.call == call.value }) {
            let fromVoicemail = CallbackItem.from(voicemail, hours: hours)
            item = item.map(fromVoicemail.merged(with:)) ?? fromVoicemail
        }
        guard let item else { return nil }
        return try await withWork([item], now: now).first
    }

    /// The items with their work, whether a callback number is kept, and whether they are overdue.
    private func withWork(_ items: [CallbackItem], now: Int64) async throws(RedisError) -> [CallbackItem] {
        guard !items.isEmpty else { return [] }
        let work = try await records.work(calls: items.map(\.call), redis: redis)
        let sids = items.map { CallSid($0.call) }
        let numbers = try await redis.pipeline(sids.map { sid in EXISTS(sid.map(keys.voicemailNumber(call:)) ?? keys.callbackNone) })
        return zip(items, numbers).map { item, exists in
            var item = item
            item.work = work[item.call] ?? VoicemailWork()
            item.hasCallbackNumber = item.hasCallbackNumber || ((try? Bool(reply: exists)) ?? false)
            item.overdue = item.work.state != .closed && now > item.due
            return item
        }
    }
}
