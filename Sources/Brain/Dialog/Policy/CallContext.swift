/// What this call can do beyond the network list, as the brain knows it before deciding: whether
/// Loop AI may text the caller, whether calls are recorded, and news of an earlier SMS.
///
/// The policy promises only what the context allows: it never says "I've sent you a text" on a
/// line that cannot send one.
struct CallContext: Sendable, Equatable {
    enum Texting: Sendable, Equatable {
        case available
        /// SMS is not set up, or the caller's number is unknown.
        case unavailable
        /// The caller's number had `SMS_DAILY_LIMIT` texts today.
        case limitReached
        /// The conversation itself is by SMS.
        case alreadyByText
        /// The caller's number texted STOP: it is never texted again until START.
        case optedOut
    }

    var texting: Texting = .unavailable
    /// The same for WhatsApp (`WHATSAPP_FROM` and the call's language's template set).
    var whatsApp: Texting = .unavailable
    /// What became of a WhatsApp message promised earlier (failed, or sent by SMS instead): said now.
    var whatsAppNotice: WhatsAppAct?
    /// `RECORD_CALLS`: the greeting says so and recording starts.
    var recording = false
    /// The SMS promised on an earlier turn could not be sent: say so now.
    var textFailed = false
    /// The recording stop promised on an earlier turn failed: say so now.
    var recordingNotStopped = false
}
