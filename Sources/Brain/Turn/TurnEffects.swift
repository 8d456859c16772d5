import Shared

/// Everything a turn's handler decided should happen, as values: what ``TurnExecutor`` commits
/// in one script, and what ``TurnProcessor`` logs and counts. Handlers read nothing and write
/// nothing; this is their whole answer.
struct TurnEffects: Sendable {
    /// The reply delivered to the gateway, and kept for a held caller or a retried webhook.
    var reply: TurnReply.Body
    /// The session's new state; nil when the turn keeps no session (a search, a text left
    /// unanswered). Only a turn with a session is counted in the minute's statistics.
    var session: DialogState?
    /// A phone call's turn's event in its record, and an event that followed from it.
    var event: CallEvent?
    var laterEvent: CallEvent?
    /// The REST job the decision asks for (an SMS, a recording stopped through REST).
    var job: OutboundJob?
    /// What a web or text turn adds to its day's summary.
    var tally: Tally?
    /// A voicemail to list for the agents.
    var voicemail: VoicemailListing?
    /// A STOP or START texted: the number's opt-out to write.
    var optOut: OptOut?
    /// A text the turn sends (its reply, or "text me that"), to count against the SMS caps; a cap
    /// reached ends the commit and the turn is handled again knowing it.
    var textClaim: TextClaim?
    /// A fact the grounding stage held back: counted for the console's alerts.
    var ungrounded = false
    /// What the turn came to, for logs and metrics.
    var report: Report

    struct Tally: Sendable {
        var channel: SummaryChannel
        var event: CallEvent
        var startsConversation: Bool
    }

    struct VoicemailListing: Sendable {
        var voicemail: Voicemail
        /// The number to call back, kept apart for the reveal alone.
        var callbackNumber: String?
    }

    struct OptOut: Sendable {
        var keyword: SMSKeyword
        var number: String
        var channel: MessageChannel = .sms
    }

    struct TextClaim: Sendable {
        var number: String
        /// SMS segments; a WhatsApp message counts as one.
        var segments: Int
        var channel: MessageChannel = .sms
    }

    enum Report: Sendable {
        /// The dialog answered: what the turn came to and how the call goes on.
        case answered(DialogOutcome, CallAction)
        /// A search of the list, answered from the directory.
        case searched
        /// A text Loop AI does not answer, and why (logged).
        case leftUnanswered(String)
    }

    /// A text that gets no reply: an empty answer, delivered and kept like any reply, and the
    /// session left as it was.
    static func leftUnanswered(_ why: String) -> TurnEffects {
        TurnEffects(reply: .twiml(emptyTwiML), report: .leftUnanswered(why))
    }

    /// An answer that sends nothing: a text Loop AI does not answer.
    static let emptyTwiML = #"<?xml version="1.0" encoding="UTF-8"?><Response></Response>"#
}
