import Redis
import Shared

/// One turn's writes, atomically, as one script assembled from parts that each own their keys:
/// the reply (``TurnReplies``), the session (``SessionStore``), the call record's event
/// (``CallRecordStore``), the REST job (``Outbox``) and the minute's statistics (``TurnStats``).
///
/// Every part's check runs first: a turn answered already (a recovered turn) answers
/// ``Outcome/alreadyAnswered``; a session changed by another turn of the call since the read,
/// ``Outcome/conflict`` (read again and redo the turn). Then every part writes.
struct TurnCommit: RedisScriptCall {
    typealias Response = Outcome

    enum Outcome: Int, RedisReplyDecodable, Equatable {
        case conflict = 0
        case committed = 1
        /// This turn was answered already: nothing was written again.
        case alreadyAnswered = 2

        init(reply: RedisValue) throws(RedisError) {
            guard let outcome = Outcome(rawValue: try Int(reply: reply)) else { throw .unexpectedReply("a commit answered \(reply.shape)") }
            self = outcome
        }
    }

    static let script = RedisScript(
        parts: [
            TurnReplies.Part.part, SessionStore.Part.part, CallRecordStore.EventPart.part, Outbox.JobPart.part, TurnStats.Part.part,
        ],
        finally: "return 1")

    let reply: TurnReplies.Part
    let session: SessionStore.Part
    let event: CallRecordStore.EventPart
    let job: Outbox.JobPart
    let stats: TurnStats.Part

    func encode(into encoder: inout RedisScriptEncoder) {
        reply.encode(into: &encoder)
        session.encode(into: &encoder)
        event.encode(into: &encoder)
        job.encode(into: &encoder)
        stats.encode(into: &encoder)
    }
}
