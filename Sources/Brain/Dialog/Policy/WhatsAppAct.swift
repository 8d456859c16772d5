/// What Loop AI tells the caller about WhatsApp, before it is put into words.
enum WhatsAppAct: Codable, Sendable, Equatable {
    /// Where the texting offer stands: "I can also send them on WhatsApp."
    case offer
    /// "May I message this number on WhatsApp?": asked once per call.
    case askConsent
    /// The hospitals go to the caller's number on WhatsApp.
    case sending(count: Int)
    /// The caller said no: nothing is sent.
    case declined
    /// WhatsApp is not set up for this line or language, or the number cannot be messaged.
    case unavailable
    /// The number had its WhatsApp messages for today.
    case limitReached
    /// The number sent STOP on WhatsApp.
    case optedOut
    /// The message promised earlier could not be delivered.
    case failed
    /// It could not be delivered on WhatsApp, so it went by SMS.
    case sentBySMSInstead
    /// A WhatsApp chat's STOP and START, confirmed in the member's language.
    case stopped
    case started
}
