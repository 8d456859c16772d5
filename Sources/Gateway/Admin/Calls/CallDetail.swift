import Foundation
import Redis
import Shared

/// One call as its page shows it: the record, and where the call stands — so a call Twilio has
/// reported ended never reads "in progress" while its record waits out the grace for late
/// callbacks, and a call Twilio never reported ended says when it will be filed anyway.
struct CallDetail: Encodable, Sendable {
    enum Phase: String, Encodable, Sendable {
        /// Open, and Twilio has not said it ended: filed at ``CallDetail/closesAt`` unless the
        /// caller speaks again or Twilio reports the end (the session's lifetime after the last turn).
        case inProgress = "in-progress"
        /// Twilio reported the end; the record is kept open until ``CallDetail/closesAt`` for late
        /// callbacks (the recording's), then filed.
        case ended
        /// Filed after Twilio reported the end.
        case filed
        /// Filed without Twilio ever reporting the end: closed after the session's lifetime of silence.
        case filedWithoutEnd = "filed-without-end"
    }

    let record: CallRecord
    let phase: Phase
    /// Milliseconds since the epoch when an open call's record is due to be filed.
    let closesAt: Int64?

    init(record: CallRecord, closesAt: Int64?) {
        self.record = Self.tidied(record)
        let reportedEnd = record.status.map { CallbacksController.finalStatuses.contains(EventStatus(rawValue: $0)) } ?? false
        if record.inProgress == true {
            phase = reportedEnd ? .ended : .inProgress
            self.closesAt = closesAt
        } else {
            phase = reportedEnd ? .filed : .filedWithoutEnd
            self.closesAt = nil
        }
    }

    /// Reads the call and, while it is open, when it is due to be filed.
    static func read(call: CallSid, records: CallRecordStore, redis: RedisClient) async throws(RedisError) -> CallDetail? {
        guard let record = try await records.record(call: call, redis: redis) else { return nil }
        guard record.inProgress == true else { return CallDetail(record: record, closesAt: nil) }
        let score = try await redis.execute(ZSCORE(records.of(record: call).keys.closingCalls, member: call.value))
        return CallDetail(record: record, closesAt: (score?.string).flatMap { Double($0) }.map { Int64($0) })
    }

    /// Records filed before Twilio's success code was told apart from an error say "Twilio error 0":
    /// that is no error, and not shown.
    private static func tidied(_ record: CallRecord) -> CallRecord {
        var record = record
        if record.recording?.note == "Twilio error 0" { record.recording?.note = nil }
        for index in record.texts.indices where record.texts[index].note == "Twilio error 0" { record.texts[index].note = nil }
        return record
    }

    private enum Extra: String, CodingKey { case phase, closesAt }

    /// The record's own fields, with the phase and the filing time beside them (one object, as before).
    func encode(to encoder: any Encoder) throws {
        try record.encode(to: encoder)
        var extra = encoder.container(keyedBy: Extra.self)
        try extra.encode(phase, forKey: .phase)
        try extra.encodeIfPresent(closesAt, forKey: .closesAt)
    }
}
