import Foundation
import Shared

/// One call someone must call back, as the console's queue shows it: why (a voicemail, a hand-off
/// nobody took, a text that failed, an emergency), what the caller asked, by when, and the work
/// on it (who has it, every move and reveal: ``VoicemailWork``, kept per call).
struct CallbackItem: Codable, Sendable, Equatable {
    enum Reason: String, Codable, Sendable, CaseIterable {
        case voicemail
        case unansweredHandoff = "unanswered-handoff"
        case failedText = "failed-text"
        case emergency
    }

    var call: String
    /// The caller's number, masked.
    var caller: String?
    /// When the call needing a callback happened (ms).
    var at: Int64
    var reasons: [Reason]
    /// What the caller had been asking about, in Loop AI's words.
    var context: String?
    var language: String?
    var recordingSid: String?
    var transcription: String?
    var untranscribed: String?
    var hasCallbackNumber: Bool
    /// The target: called back by then (ms), in working hours (``WorkingHours``).
    var due: Int64
    var work: VoicemailWork
    /// Not closed and past its target.
    var overdue: Bool

    /// The queue's tabs: new ones nobody took, the operator's own, the overdue, and the closed
    /// (which leave the working tabs).
    enum Tab: String, CaseIterable, Sendable {
        case new, mine, overdue, closed, all

        func holds(_ item: CallbackItem, operator name: String) -> Bool {
            switch self {
            case .new: return item.work.state == .new
            case .mine: return item.work.state != .closed && item.work.assignee == name
            case .overdue: return item.overdue
            case .closed: return item.work.state == .closed
            case .all: return item.work.state != .closed
            }
        }
    }

    /// How a callback ended, asked for when it is closed.
    enum Outcome: String, CaseIterable, Sendable {
        case reached = "reached-member"
        case noAnswer = "no-answer"
        case wrongNumber = "wrong-number"
        case resolvedOtherwise = "resolved-otherwise"
        case notNeeded = "not-needed"
    }
}

extension CallbackItem {
    /// The reasons a filed call needs a callback, if any (voicemails come from their own stream,
    /// at once, and are merged with these by call).
    static func reasons(_ record: CallRecord) -> [Reason] {
        var reasons: [Reason] = []
        if record.voicemail != nil { reasons.append(.voicemail) }
        if let handoff = record.handoff, handoff != "completed", record.voicemail == nil { reasons.append(.unansweredHandoff) }
        if record.texts.contains(where: { ["failed", "undelivered"].contains($0.status) }) { reasons.append(.failedText) }
        if record.intents.contains("emergency") { reasons.append(.emergency) }
        return reasons
    }

    /// What the queue keeps of a filed call that needs a callback (the work is read apart).
    static func from(_ record: CallRecord, reasons: [Reason], hours: WorkingHours) -> CallbackItem {
        let at = record.voicemail?.at ?? record.ended
        return CallbackItem(
            call: record.call, caller: record.caller, at: at, reasons: reasons, context: record.voicemail?.context ?? record.turns.last?.said,
            language: record.language, recordingSid: record.voicemail?.sid, transcription: nil, untranscribed: nil, hasCallbackNumber: false,
            due: hours.due(from: at), work: VoicemailWork(), overdue: false)
    }

    static func from(_ voicemail: Voicemail, hours: WorkingHours) -> CallbackItem {
        CallbackItem(
            call: voicemail.call, caller: voicemail.caller, at: voicemail.at, reasons: [.voicemail], context: voicemail.context, language: voicemail.language,
            recordingSid: voicemail.recordingSid, transcription: voicemail.transcription, untranscribed: voicemail.untranscribed,
            hasCallbackNumber: voicemail.hasCallbackNumber ?? false, due: hours.due(from: voicemail.at), work: voicemail.work ?? VoicemailWork(),
            overdue: false)
    }

    /// Two views of one call (its voicemail, its filed record) as one item: every reason, the
    /// earliest time and target, what either knows.
    func merged(with other: CallbackItem) -> CallbackItem {
        var item = self
        for reason in other.reasons where !item.reasons.contains(reason) { item.reasons.append(reason) }
        item.at = min(at, other.at)
        item.due = min(due, other.due)
        item.recordingSid = recordingSid ?? other.recordingSid
        item.transcription = transcription ?? other.transcription
        item.untranscribed = untranscribed ?? other.untranscribed
        item.context = context ?? other.context
        item.hasCallbackNumber = hasCallbackNumber || other.hasCallbackNumber
        return item
    }
}
