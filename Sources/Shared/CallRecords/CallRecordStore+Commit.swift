import Foundation
import Redis

extension CallRecordStore {
    /// The call-record part of a turn's commit: the turn's events appended to the call's events
    /// (its own, and one that followed from it: a recording its answer stops), and the call kept
    /// open at least until `keepOpenUntil`.
    public struct EventPart: RedisMemoryPart {
        public static let part = RedisScriptPart(
            keys: ["events", "closing"], arguments: ["event", "laterEvent", "keepOpenUntil", "call", "eventsTTL"],
            apply: """
                redis.call('RPUSH', key.events, arg.event)
                if arg.laterEvent ~= '' then redis.call('RPUSH', key.events, arg.laterEvent) end
                redis.call('EXPIRE', key.events, arg.eventsTTL)
                redis.call('ZADD', key.closing, 'GT', arg.keepOpenUntil, arg.call)
                """)

        let keys: RedisKeys
        let call: CallSid
        let event: CallEvent
        let laterEvent: CallEvent?
        let keepOpenUntil: Int64

        public func encode(into encoder: inout RedisScriptEncoder) {
            encoder.key("events", keys.callEvents(call: call))
            encoder.key("closing", keys.closingCalls)
            encoder.argument("event", CallRecordStore.encode(event))
            encoder.argument("laterEvent", laterEvent.map(CallRecordStore.encode) ?? [])
            encoder.argument("keepOpenUntil", keepOpenUntil)
            encoder.argument("call", call.value)
            encoder.argument("eventsTTL", CallRecordStore.eventsTTL)
        }

        public func apply(_ redis: inout MemoryRedis.Store) {
            let events = keys.callEvents(call: call)
            redis.call("RPUSH", events, CallRecordStore.encode(event))
            if let laterEvent { redis.call("RPUSH", events, CallRecordStore.encode(laterEvent)) }
            redis.call("EXPIRE", events, CallRecordStore.eventsTTL)
            redis.call("ZADD", keys.closingCalls, "GT", keepOpenUntil, call.value)
        }
    }

    /// This store's part of a turn's commit.
    public func eventPart(_ event: CallEvent, then laterEvent: CallEvent? = nil, call: CallSid, keepOpenUntil: Int64) -> EventPart {
        EventPart(keys: keys, call: call, event: event, laterEvent: laterEvent, keepOpenUntil: keepOpenUntil)
    }

    /// A voicemail listed for the agents as it is left, not only when the call's record closes,
    /// with the callback number kept apart from it for the reveal alone.
    public struct VoicemailPart: RedisMemoryPart {
        public static let part = RedisScriptPart(
            keys: ["voicemails", "voicemailNumber"], arguments: ["voicemail", "maximumVoicemails", "callbackNumber", "numberTTL"],
            apply: """
                redis.call('XADD', key.voicemails, 'MAXLEN', '~', arg.maximumVoicemails, '*', 'voicemail', arg.voicemail)
                if arg.callbackNumber ~= '' then redis.call('SET', key.voicemailNumber, arg.callbackNumber, 'EX', arg.numberTTL) end
                """)

        let keys: RedisKeys
        let call: CallSid
        let voicemail: [UInt8]
        let callbackNumber: String?
        let numberTTL: Int

        public func encode(into encoder: inout RedisScriptEncoder) {
            encodeKeys(into: &encoder)
            encodeArguments(into: &encoder)
        }

        func encodeKeys(into encoder: inout RedisScriptEncoder) {
            encoder.key("voicemails", keys.voicemails)
            encoder.key("voicemailNumber", keys.voicemailNumber(call: call))
        }

        func encodeArguments(into encoder: inout RedisScriptEncoder) {
            encoder.argument("voicemail", voicemail)
            encoder.argument("maximumVoicemails", CallRecordStore.maximumVoicemails)
            encoder.argument("callbackNumber", callbackNumber ?? "")
            encoder.argument("numberTTL", numberTTL)
        }

        public func apply(_ redis: inout MemoryRedis.Store) {
            redis.call("XADD", keys.voicemails, "MAXLEN", "~", CallRecordStore.maximumVoicemails, "*", "voicemail", voicemail)
            if let callbackNumber { redis.call("SET", keys.voicemailNumber(call: call), callbackNumber, "EX", numberTTL) }
        }
    }

    /// This store's part of the commit of a turn that left `voicemail`.
    public func voicemailPart(_ voicemail: Voicemail, call: CallSid, callbackNumber: String?) -> VoicemailPart {
        let json = (try? Array(JSONEncoder().encode(voicemail))) ?? Array("{}".utf8)
        return VoicemailPart(keys: keys, call: call, voicemail: json, callbackNumber: callbackNumber, numberTTL: retentionSeconds)
    }

    /// ``VoicemailPart`` run at most once per turn: in a cluster the listing is a script of its own
    /// before the turn's commit, and a commit that conflicts redoes the turn, which must not list
    /// the message twice. A marker for the turn, set with the listing, says it was listed.
    public struct VoicemailOncePart: RedisMemoryPart {
        public static let part = RedisScriptPart(
            keys: ["listed"] + VoicemailPart.part.keys, arguments: ["listedTTL"] + VoicemailPart.part.arguments,
            apply: """
                if redis.call('SET', key.listed, '1', 'NX', 'EX', arg.listedTTL) then
                \(VoicemailPart.part.apply)
                end
                """)

        let listed: RedisKey
        let listing: VoicemailPart

        public func encode(into encoder: inout RedisScriptEncoder) {
            encoder.key("listed", listed)
            listing.encodeKeys(into: &encoder)
            encoder.argument("listedTTL", TurnReplyMarkers.ttl)
            listing.encodeArguments(into: &encoder)
        }

        public func apply(_ redis: inout MemoryRedis.Store) {
            guard redis.call("SET", listed, "1", "NX", "EX", TurnReplyMarkers.ttl) != .null else { return }
            listing.apply(&redis)
        }
    }

    /// ``voicemailPart(_:call:callbackNumber:)`` once for `turn`.
    public func voicemailOncePart(_ voicemail: Voicemail, call: CallSid, callbackNumber: String?, turn: TurnID) -> VoicemailOncePart {
        VoicemailOncePart(listed: keys.voicemailListed(turn: turn), listing: voicemailPart(voicemail, call: call, callbackNumber: callbackNumber))
    }
}

/// How long a turn's once-only markers are kept: longer than any turn is retried.
enum TurnReplyMarkers {
    static let ttl = 86_400
}
