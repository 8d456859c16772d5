import Foundation
import Redis

extension Outbox {
    /// Parks the SMS to send if a WhatsApp message fails, under the message's SID, for as long as
    /// Twilio may still report on it: for the sender's round trip that records the message sent.
    /// It waits in the call's shard, beside the outbox it is released into.
    public func parkFallback(_ job: OutboundJob, message: String) -> SET {
        SET(keys.of(record: job.call).whatsAppFallback(message: message), Self.encode(job), expiry: .seconds(Self.fallbackTTL))
    }

    /// How long a parked fallback waits for Twilio's report on the message: WhatsApp retries
    /// delivery for up to a day or so; past two the member is better left alone.
    public static let fallbackTTL = 2 * 86_400

    /// Moves a parked fallback into the outbox, due now, and forgets it, in one step: a failure
    /// reported twice (Twilio retries callbacks) queues one SMS. Answers 1 when it queued one.
    public struct ReleaseFallback: RedisScriptCall {
        public typealias Response = Int
        public static let script = RedisScript(
            keys: ["parked", "jobs", "due"], arguments: ["now"],
            body: """
                local job = redis.call('GET', key.parked)
                if not job then return 0 end
                redis.call('DEL', key.parked)
                local id = cjson.decode(job)['id']
                if redis.call('HSETNX', key.jobs, id, job) == 1 then redis.call('ZADD', key.due, 'NX', arg.now, id) end
                return 1
                """)

        let keys: RedisKeys
        let message: String
        let now: Int64

        public func encode(into encoder: inout RedisScriptEncoder) {
            encoder.key("parked", keys.whatsAppFallback(message: message))
            encoder.key("jobs", keys.outboxJobs)
            encoder.key("due", keys.outboxDue)
            encoder.argument("now", now)
        }
    }

    /// The release of the fallback parked for `message` (a validated message SID) of `call`'s
    /// job, in that call's shard.
    public func releaseFallback(message: String, call: CallSid, now: Int64 = Date.nowMilliseconds) -> ReleaseFallback {
        ReleaseFallback(keys: keys.of(record: call), message: message, now: now)
    }
}
